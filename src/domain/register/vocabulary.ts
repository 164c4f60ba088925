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

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const CSV_MIMES = ['text/csv', 'application/csv'] as const
/** For an upload input's `accept` attribute (the import page's chooser). */
export const REGISTER_FILE_ACCEPT = ['.csv', '.xlsx', ...CSV_MIMES, XLSX_MIME].join(',')

/** The register's columns, in the order of the template file. */
export const REGISTER_FIELDS = ['unit', 'name', 'gender', 'relationship', 'age'] as const
export type RegisterField = (typeof REGISTER_FIELDS)[number]

/** Each column's heading in each language: the template's header row, and accepted on import. */
export const REGISTER_FIELD_LABELS: Record<RegisterField, LocalizedText> = {
  unit: { en: 'Unit', 'zh-TW': '單元' },
  name: { en: 'Name', 'zh-TW': '姓名' },
  gender: { en: 'Gender', 'zh-TW': '性別' },
  relationship: { en: 'Relationship', 'zh-TW': '關係' },
  age: { en: 'Age', 'zh-TW': '年齡' },
}

/**
 * Other headings the sales offices write, Traditional and Simplified (a mainland sales office's
 * Excel writes 单元, 性别, 关系, 年龄): accepted on import besides the labels above.
 */
export const REGISTER_HEADING_VARIANTS: Record<RegisterField, readonly string[]> = {
  unit: ['單元號', '房號', '单元', '单元号', '房号'],
  name: [],
  gender: ['性别'],
  relationship: ['與業主關係', '关系', '与业主关系'],
  age: ['年龄'],
}

/** Gender words of the register, Traditional and Simplified alike (男 and 女 are both). */
export const GENDER_WORDS: Record<string, Gender> = {
  女: 'female',
  女性: 'female',
  f: 'female',
  男: 'male',
  男性: 'male',
  m: 'male',
  其他: 'other',
}

/** Relationship words of the register: Traditional, then the Simplified spellings that differ. */
export const RELATIONSHIP_WORDS: Record<string, Relationship> = {
  業主: 'owner',
  戶主: 'owner',
  配偶: 'spouse',
  妻子: 'spouse',
  丈夫: 'spouse',
  太太: 'spouse',
  先生: 'spouse',
  子女: 'child',
  兒子: 'child',
  女兒: 'child',
  孩子: 'child',
  孩童: 'child',
  父母: 'parent',
  父親: 'parent',
  母親: 'parent',
  親屬: 'relative',
  親戚: 'relative',
  租客: 'tenant',
  租戶: 'tenant',
  保姆: 'helper',
  保母: 'helper',
  家傭: 'helper',
  傭人: 'helper',
  其他: 'other',
  // Simplified
  业主: 'owner',
  户主: 'owner',
  儿子: 'child',
  女儿: 'child',
  父亲: 'parent',
  母亲: 'parent',
  亲属: 'relative',
  亲戚: 'relative',
  租户: 'tenant',
  家佣: 'helper',
  佣人: 'helper',
}

/**
 * The register template a sales office fills in: a CSV with a BOM (so Excel opens it as UTF-8)
 * and the header row in one language, built from the labels above so it cannot drift from what
 * the import accepts.
 */
export function registerTemplateCsv(lang: keyof LocalizedText): string {
  return `\uFEFF${REGISTER_FIELDS.map((field) => REGISTER_FIELD_LABELS[field][lang]).join(',')}\r\n`
}
