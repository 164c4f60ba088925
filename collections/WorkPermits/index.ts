import type { CollectionConfig, FieldAccess } from 'payload'

import { nobody, serverOwned } from '@/access'
import { actorHasRole, actorOf, sameRecord } from '@/access/actor'
import {
  assignEstate,
  estateAccess,
  estateCreateAccess,
  estateField,
  estateVersionsAccess,
  type Reach,
} from '@/access/estate'
import { STAFF_ROLES } from '@/access/roles'
import { idOf } from '@/domain/relations'
import {
  PERMIT_DEPARTMENTS,
  PERMIT_HANDLERS,
  PERMIT_STEP_LABELS,
  PERMIT_STEPS,
  PERMIT_WORKFLOW,
  STEP_OWNER,
} from '@/domain/permits/transitions'
import { HOST_DEPARTMENT_LABELS } from '@/domain/visitors/transitions'
import { announceLiveChange } from '../../hooks/announceLiveChange'
import { workflowOf } from '../../hooks/guardWorkflow'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { preparePermit, stepKey } from './hooks/preparePermit'

const permitWorkflow = workflowOf(PERMIT_WORKFLOW, { field: 'step' })
const PERMIT_STAFF = STAFF_ROLES.filter((role) => role !== 'guard')
/** Who reads permits: every staff role but the gate's; residents and kiosks never. */
export const PERMIT_READERS: Reach = { staff: PERMIT_STAFF }
// The permits board reads again when a permit changes.
const liveBoard = announceLiveChange('permits')
const DEPARTMENT_LABELS = {
  ...HOST_DEPARTMENT_LABELS,
  cs: { en: 'Customer service', 'zh-TW': '客服部' },
} as const

/**
 * PMT-4: the full ID number and the photo reach the roles that handle permits and the staff
 * member who submitted it; everyone else (other staff) gets only the masked number. Residents
 * and kiosks never read permits at all.
 */
const seesPersonalData: FieldAccess = ({ req, doc }) => {
  const actor = actorOf(req)
  if (actorHasRole(actor, ...PERMIT_HANDLERS)) return true
  if (actor.kind !== 'staff') return false
  // Without a document (a `where` over the field) only the handling roles may ask: anyone else
  // could otherwise test whether an ID number is on some permit.
  if (!doc) return false
  return sameRecord(idOf(doc.submittedBy as number | { id: number } | null), actor.id)
}

/**
 * PMT-1 … PMT-4 (procedure 六): a contractor's work permit, submitted by a department with its
 * workers, then moved through its chain — cs receives, finance records payment and receipt
 * number, cs returns the receipt, security verifies, cs stamps, administration laminates, cs
 * issues — each step only by its role, in order (`PATCH` of `step` to the next one), with who and
 * when kept. The chain must finish within 30 minutes of submission (`deadline`, `late`: server).
 */
export const WorkPermits: CollectionConfig = {
  slug: 'work-permits',
  labels: {
    singular: { en: 'Work permit', 'zh-TW': '施工許可證' },
    plural: { en: 'Work permits', 'zh-TW': '施工許可證' },
  },
  admin: {
    useAsTitle: 'company',
    defaultColumns: [
      'company',
      'department',
      'step',
      'validFrom',
      'validUntil',
      'deadline',
      'late',
    ],
    group: { en: 'Contractors', 'zh-TW': '承辦商' },
  },
  defaultSort: '-createdAt',
  access: {
    read: estateAccess(PERMIT_READERS),
    create: estateCreateAccess({
      staff: [...PERMIT_DEPARTMENTS, 'supervisor', 'manager', 'admin'],
    }),
    update: estateAccess({ staff: ['cs', 'finance', 'security', 'administration'] }),
    delete: nobody,
    readVersions: estateVersionsAccess({ staff: PERMIT_HANDLERS }),
  },
  indexes: [{ fields: ['estate', 'step', 'deadline'] }],
  versions: { maxPerDoc: 20 },
  hooks: {
    beforeChange: [assignEstate(), permitWorkflow.beforeChange, preparePermit, stampActor],
    afterChange: [permitWorkflow.afterChange, liveBoard.afterChange],
    afterDelete: [liveBoard.afterDelete],
  },
  fields: [
    {
      name: 'department',
      type: 'select',
      required: true,
      options: PERMIT_DEPARTMENTS.map((value) => ({ value, label: DEPARTMENT_LABELS[value] })),
      label: { en: 'Department', 'zh-TW': '申請部門' },
      access: { update: () => false },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'company',
          type: 'text',
          required: true,
          maxLength: 100,
          label: { en: 'Company', 'zh-TW': '承辦商公司' },
          access: { update: () => false },
          admin: { width: '50%' },
        },
        {
          name: 'personInCharge',
          type: 'text',
          required: true,
          maxLength: 100,
          label: { en: 'Person in charge', 'zh-TW': '負責人' },
          access: { update: () => false },
          admin: { width: '50%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'validFrom',
          type: 'date',
          required: true,
          label: { en: 'Valid from', 'zh-TW': '有效日期由' },
          access: { update: ({ req }) => actorHasRole(actorOf(req), 'cs') },
          admin: {
            width: '50%',
            date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
            description: {
              en: 'The first day of the work; CS may change the period until Security verifies.',
              'zh-TW': '施工首日；安全部核實前客服可更改施工期。',
            },
          },
        },
        {
          name: 'validUntil',
          type: 'date',
          required: true,
          label: { en: 'Valid until', 'zh-TW': '有效日期至' },
          access: { update: ({ req }) => actorHasRole(actorOf(req), 'cs') },
          admin: {
            width: '50%',
            date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
            description: {
              en: 'The last day of the work, at most 90 days counting both ends.',
              'zh-TW': '施工最後一日，連首尾最多 90 日。',
            },
          },
        },
      ],
    },
    {
      name: 'fee',
      type: 'number',
      required: true,
      min: 0,
      label: { en: 'Fee', 'zh-TW': '費用' },
      access: { update: () => false },
    },
    {
      name: 'workers',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 50,
      label: { en: 'Workers', 'zh-TW': '工人' },
      access: { update: () => false },
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          maxLength: 100,
          label: { en: 'Name', 'zh-TW': '姓名' },
        },
        {
          name: 'idNumber',
          type: 'text',
          required: true,
          label: { en: 'ID number', 'zh-TW': '身份證號碼' },
          access: { read: seesPersonalData },
        },
        {
          name: 'idNumberMasked',
          type: 'text',
          label: { en: 'ID number (masked)', 'zh-TW': '身份證號碼（遮蔽）' },
          access: serverOwned,
          admin: { readOnly: true },
        },
        {
          name: 'photo',
          type: 'upload',
          relationTo: 'permit-photos',
          required: true,
          label: { en: 'Photo', 'zh-TW': '相片' },
          access: { read: seesPersonalData },
        },
      ],
    },
    {
      name: 'step',
      type: 'select',
      defaultValue: 'submitted',
      index: true,
      options: PERMIT_STEPS.map((value) => ({ value, label: PERMIT_STEP_LABELS[value] })),
      label: { en: 'Step', 'zh-TW': '步驟' },
      access: { create: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    permitWorkflow.movesField,
    {
      name: 'printCards',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/src/components/admin/PermitCardsLink#PermitCardsLink' },
      },
    },
    {
      name: 'receiptNumber',
      type: 'text',
      maxLength: 50,
      label: { en: 'Receipt number', 'zh-TW': '收據號碼' },
      access: { create: () => false, update: ({ req }) => actorHasRole(actorOf(req), 'finance') },
    },
    {
      name: 'deadline',
      type: 'date',
      index: true,
      label: { en: 'Deadline', 'zh-TW': '完成時限' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'late',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { en: 'Late', 'zh-TW': '逾時' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'warnedAt',
      type: 'date',
      label: { en: 'Deadline warning sent', 'zh-TW': '已發出時限提醒' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      type: 'collapsible',
      label: { en: 'Chain: who and when (PMT-2)', 'zh-TW': '流程：經手人及時間（PMT-2）' },
      fields: [
        {
          name: 'submittedBy',
          type: 'relationship',
          relationTo: 'users',
          label: { en: 'Submitted by', 'zh-TW': '遞交人' },
          access: serverOwned,
          admin: { readOnly: true },
        },
        {
          name: 'submittedAt',
          type: 'date',
          label: { en: 'Submitted at', 'zh-TW': '遞交時間' },
          access: serverOwned,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        ...(Object.keys(STEP_OWNER) as (keyof typeof STEP_OWNER)[]).flatMap((step) => [
          {
            name: `${stepKey(step)}By`,
            type: 'relationship' as const,
            relationTo: 'users' as const,
            label: {
              en: `${PERMIT_STEP_LABELS[step].en}: by`,
              'zh-TW': `${PERMIT_STEP_LABELS[step]['zh-TW']}：經手人`,
            },
            access: serverOwned,
            admin: { readOnly: true },
          },
          {
            name: `${stepKey(step)}At`,
            type: 'date' as const,
            label: {
              en: `${PERMIT_STEP_LABELS[step].en}: at`,
              'zh-TW': `${PERMIT_STEP_LABELS[step]['zh-TW']}：時間`,
            },
            access: serverOwned,
            admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' as const } },
          },
        ]),
      ],
    },
    estateField(),
    ...actorFields,
  ],
}
