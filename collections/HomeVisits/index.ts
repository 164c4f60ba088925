import type { CollectionConfig } from 'payload'

import { nobody, serverOwned } from '@/access'
import {
  assignEstate,
  estateAccess,
  estateCreateAccess,
  estateField,
  estateVersionsAccess,
} from '@/access/estate'
import { OFFICE_ROLES } from '@/access/residents'
import { VISIT_PARTIES, VISIT_PARTY_LABELS } from '@/domain/visits/visits'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { inEstateTimeZone, stampEstateTimeZone } from '../../hooks/stampEstateTimeZone'
import { COMPLAINT_STAFF, COMPLAINTS_GROUP } from '../ComplaintPhotos'
import { checkVisit, followVisit, keepVisitInput } from './checkVisit'

const readOnly = { readOnly: true }

/**
 * HV-1 … HV-4: a follow-up visit inside a resident's home, booked by CS at a time agreed with
 * the resident, with everyone who must attend together; a later time is a rebooking (kept, and
 * the resident told); the outcome is the resident's acceptance or not. The office and the
 * attending departments read the estate's visits; a household its own.
 */
export const HomeVisits: CollectionConfig = {
  slug: 'home-visits',
  labels: {
    singular: { en: 'Home visit', 'zh-TW': '上門跟進' },
    plural: { en: 'Home visits', 'zh-TW': '上門跟進' },
  },
  admin: {
    useAsTitle: 'residentName',
    defaultColumns: ['scheduledAt', 'household', 'residentName', 'work', 'outcome'],
    group: COMPLAINTS_GROUP,
  },
  defaultSort: 'scheduledAt',
  access: {
    read: estateAccess({ staff: COMPLAINT_STAFF, resident: { household: 'household' } }),
    create: estateCreateAccess({ staff: OFFICE_ROLES }),
    update: estateAccess({ staff: OFFICE_ROLES }),
    delete: nobody,
    readVersions: estateVersionsAccess({ staff: OFFICE_ROLES }),
  },
  indexes: [{ fields: ['estate', 'scheduledAt'] }, { fields: ['household', 'scheduledAt'] }],
  versions: { maxPerDoc: 20 },
  hooks: {
    beforeOperation: [keepVisitInput],
    beforeChange: [
      checkVisit,
      assignEstate({ field: 'household', collection: 'households' }),
      stampEstateTimeZone('scheduledAt'),
      stampActor,
    ],
    afterChange: [followVisit],
  },
  fields: [
    {
      name: 'printSheet',
      type: 'ui',
      admin: { components: { Field: '/src/components/admin/VisitSheetLink#VisitSheetLink' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'household',
          type: 'relationship',
          relationTo: 'households',
          required: true,
          label: { en: 'Unit', 'zh-TW': '單元' },
          access: { update: () => false },
          admin: { width: '50%' },
        },
        {
          name: 'complaint',
          type: 'relationship',
          relationTo: 'complaints',
          label: { en: 'Complaint (optional)', 'zh-TW': '相關投訴（選填）' },
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'scheduledAt',
      type: 'date',
      required: true,
      timezone: inEstateTimeZone,
      label: { en: 'Time agreed with the resident', 'zh-TW': '與住戶約定的時間' },
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          en: 'Changing it later is a rebooking: give the reason below; the resident is told.',
          'zh-TW': '其後更改即重新預約：須於下方填寫原因，系統會通知住戶。',
        },
      },
    },
    {
      name: 'rebookReason',
      type: 'text',
      virtual: true,
      maxLength: 500,
      label: {
        en: 'Reason for the new time (when rebooking)',
        'zh-TW': '更改時間原因（重新預約時填寫）',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'residentName',
          type: 'text',
          required: true,
          maxLength: 100,
          label: { en: 'Resident’s name', 'zh-TW': '住戶姓名' },
          admin: { width: '50%' },
        },
        {
          name: 'pronunciation',
          type: 'text',
          maxLength: 200,
          label: { en: 'How the name is said', 'zh-TW': '姓名讀音' },
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'work',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      label: { en: 'Work to do', 'zh-TW': '工作內容' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'expectedMinutes',
          type: 'number',
          required: true,
          min: 5,
          max: 1440,
          label: { en: 'Expected duration (minutes)', 'zh-TW': '預計所需時間（分鐘）' },
          admin: { width: '50%' },
        },
        {
          name: 'parties',
          type: 'select',
          hasMany: true,
          required: true,
          options: VISIT_PARTIES.map((value) => ({ value, label: VISIT_PARTY_LABELS[value] })),
          label: { en: 'Who attends together', 'zh-TW': '一同到場的各方' },
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'notes',
      type: 'textarea',
      maxLength: 2000,
      label: { en: 'What to watch for', 'zh-TW': '注意事項' },
    },
    {
      name: 'rebookings',
      type: 'array',
      label: { en: 'Rebookings', 'zh-TW': '重新預約記錄' },
      access: serverOwned,
      admin: readOnly,
      fields: [
        { name: 'reason', type: 'text', label: { en: 'Reason', 'zh-TW': '原因' } },
        {
          name: 'from',
          type: 'date',
          label: { en: 'From', 'zh-TW': '原定時間' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'to',
          type: 'date',
          label: { en: 'To', 'zh-TW': '新時間' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'residentToldAt',
          type: 'date',
          label: { en: 'Resident told', 'zh-TW': '通知住戶時間' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'outcome',
          type: 'select',
          options: [
            {
              value: 'accepted',
              label: { en: 'Accepted by the resident', 'zh-TW': '住戶驗收接受' },
            },
            { value: 'not-satisfied', label: { en: 'Not satisfied', 'zh-TW': '住戶不滿意' } },
          ],
          label: { en: 'Outcome (HV-4)', 'zh-TW': '結果（HV-4）' },
          admin: { width: '50%' },
        },
        {
          name: 'outcomeRemark',
          type: 'text',
          maxLength: 2000,
          label: { en: 'Remark', 'zh-TW': '備註' },
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'outcomeAt',
      type: 'date',
      label: { en: 'Outcome recorded', 'zh-TW': '結果記錄時間' },
      access: serverOwned,
      admin: { ...readOnly, position: 'sidebar' },
    },
    estateField(),
    ...actorFields,
  ],
}
