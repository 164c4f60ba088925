import type { CollectionConfig } from 'payload'

import { serverKeyField, serverOwned } from '@/access'
import { assignEstate, estateField } from '@/access/estate'
import {
  estateOffice,
  estateStaffVersions,
  officeOnly,
  servingResidentsField,
  staffOrOwnHousehold,
} from '@/access/residents'
import { fieldError, type FieldErrorReq } from '@/errors/refuse'
import {
  GENDER_LABELS,
  GENDERS,
  RELATIONSHIP_LABELS,
  RELATIONSHIPS,
} from '@/domain/register/vocabulary'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { HOUSEHOLDS_GROUP } from '../Households'
import { assignMemberOrdinal } from './hooks/assignMemberOrdinal'
import { keepHouseholdMemberNames } from './hooks/keepHouseholdMemberNames'
import { checkMemberPhoto } from './hooks/checkMemberPhoto'
import { preparePasses } from './hooks/preparePasses'

/** A household member (PAS-1). Each one is entitled to free passes, prepared on creation (PAS-2, PAS-6). */
export const Members: CollectionConfig = {
  slug: 'members',
  labels: {
    singular: { en: 'Household member', 'zh-TW': '家庭成員' },
    plural: { en: 'Household members', 'zh-TW': '家庭成員' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'household', 'relationship', 'gender', 'age'],
    group: HOUSEHOLDS_GROUP,
  },
  defaultSort: 'ordinal',
  access: {
    read: staffOrOwnHousehold(),
    create: officeOnly,
    update: estateOffice,
    // Members are never deleted: their passes, fees and receipts refer to them.
    delete: () => false,
    readVersions: estateStaffVersions,
  },
  indexes: [{ fields: ['estate', 'household'] }],
  versions: { maxPerDoc: 50 },
  hooks: {
    beforeChange: [
      assignEstate({ field: 'household', collection: 'households' }),
      assignMemberOrdinal,
      checkMemberPhoto,
      stampActor,
    ],
    afterChange: [preparePasses, keepHouseholdMemberNames],
  },
  fields: [
    {
      name: 'household',
      type: 'relationship',
      relationTo: 'households',
      required: true,
      index: true,
      label: { en: 'Household', 'zh-TW': '住戶' },
      // A member's passes carry the unit: the household is fixed once the member exists.
      access: { update: () => false },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 100,
      label: { en: 'Name', 'zh-TW': '姓名' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'gender',
          type: 'select',
          required: true,
          options: GENDERS.map((value) => ({ value, label: GENDER_LABELS[value] })),
          label: { en: 'Gender', 'zh-TW': '性別' },
        },
        {
          name: 'relationship',
          type: 'select',
          required: true,
          options: RELATIONSHIPS.map((value) => ({ value, label: RELATIONSHIP_LABELS[value] })),
          label: { en: 'Relationship', 'zh-TW': '關係' },
        },
        {
          name: 'age',
          type: 'number',
          min: 0,
          max: 130,
          label: { en: 'Age', 'zh-TW': '年齡' },
          // Need to know: a child's age is for the roles that serve residents (and the family).
          access: { read: servingResidentsField() },
          validate: (
            value: unknown,
            { siblingData, req }: { siblingData: Record<string, unknown>; req: FieldErrorReq },
          ) => {
            if (
              siblingData?.relationship === 'child' &&
              (value === null || value === undefined || value === '')
            ) {
              return fieldError(req, 'member.child-age-required')
            }
            if (
              value !== null &&
              value !== undefined &&
              (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 130)
            ) {
              return fieldError(req, 'member.age-range')
            }
            return true
          },
        },
      ],
    },
    {
      // The face on the printed pass card: one of this member's photos (member-photos).
      name: 'photo',
      type: 'upload',
      relationTo: 'member-photos',
      label: { en: 'Photo', 'zh-TW': '相片' },
      access: { read: servingResidentsField() },
      filterOptions: ({ id }) => (id ? { member: { equals: id } } : false),
      admin: {
        description: { en: 'For the pass card.', 'zh-TW': '用於出入證卡。' },
      },
    },
    {
      name: 'photoCamera',
      type: 'ui',
      admin: { components: { Field: '/src/components/admin/MemberPhotoLink#MemberPhotoLink' } },
    },
    {
      name: 'ordinal',
      type: 'number',
      label: { en: 'No. in household', 'zh-TW': '戶內序號' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar' },
    },
    // household#ordinal, unique: two members can never share a place (and pass numbers).
    serverKeyField('householdSlot'),
    {
      name: 'passActions',
      type: 'ui',
      admin: { components: { Field: '/src/components/admin/PassActions#MemberPassActions' } },
    },
    {
      name: 'passes',
      type: 'join',
      collection: 'passes',
      on: 'member',
      label: { en: 'Passes', 'zh-TW': '出入證' },
      admin: { defaultColumns: ['number', 'status', 'fee'] },
    },
    estateField(),
    ...actorFields,
  ],
}
