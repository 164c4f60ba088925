/**
 * The household register's fixed vocabulary (PAS-1): the stored values and their labels in both
 * languages. The register import and the collections both use these lists.
 */

export type LocalizedText = { en: string; 'zh-TW': string }

export const RELATIONSHIPS = [
  'owner',
  'spouse',
  'child',
  'parent',
  'relative',
  'tenant',
  'helper',
  'other',
] as const
export type Relationship = (typeof RELATIONSHIPS)[number]

export const GENDERS = ['female', 'male', 'other'] as const
export type Gender = (typeof GENDERS)[number]

export const RELATIONSHIP_LABELS: Record<Relationship, LocalizedText> = {
  owner: { en: 'Owner', 'zh-TW': '業主' },
  spouse: { en: 'Spouse', 'zh-TW': '配偶' },
  child: { en: 'Child', 'zh-TW': '子女' },
  parent: { en: 'Parent', 'zh-TW': '父母' },
  relative: { en: 'Relative', 'zh-TW': '親屬' },
  tenant: { en: 'Tenant', 'zh-TW': '租客' },
  helper: { en: 'Domestic helper', 'zh-TW': '家傭' },
  other: { en: 'Other', 'zh-TW': '其他' },
}

export const GENDER_LABELS: Record<Gender, LocalizedText> = {
  female: { en: 'Female', 'zh-TW': '女' },
  male: { en: 'Male', 'zh-TW': '男' },
  other: { en: 'Other', 'zh-TW': '其他' },
}
