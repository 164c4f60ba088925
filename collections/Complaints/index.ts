import type { CollectionConfig, FieldAccess } from 'payload'

import { nobody, serverOwned, staffOnlyField } from '@/access'
import { actorOf } from '@/access/actor'
import {
  assignEstate,
  estateAccess,
  estateCreateAccess,
  estateField,
  estateRolesField,
  estateVersionsAccess,
} from '@/access/estate'
import { OFFICE_ROLES } from '@/access/residents'
import {
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_CHANNELS,
  COMPLAINT_DEPARTMENT_LABELS,
  COMPLAINT_DEPARTMENTS,
  COMPLAINT_STATUS_LABELS,
  COMPLAINT_STATUSES,
  COMPLAINT_WORKFLOW,
  MAX_COMPLAINT_PHOTOS,
  MAX_PROBLEM_LENGTH,
} from '@/domain/complaints/transitions'
import { workflowOf } from '../../hooks/guardWorkflow'
import { actorColumnFields, stampActorColumns } from '../../hooks/stampActor'
import { inEstateTimeZone, stampEstateTimeZone } from '../../hooks/stampEstateTimeZone'
import { COMPLAINT_STAFF, COMPLAINTS_GROUP } from '../ComplaintPhotos'
import { assignComplaintNumber } from './hooks/assignComplaintNumber'
import { checkComplaint, keepComplaintInput, tellComplaintParties } from './hooks/checkComplaint'

/**
 * GEN-2: who created and last changed a complaint, staff or a resident (kiosks cannot), as plain
 * columns: a complaint and each of its versions carried the polymorphic createdBy/updatedBy, and
 * every save paid for them twice (see actorColumnFields).
 */
const COMPLAINT_ACTORS = ['users', 'residents'] as const
const stampComplaintActors = stampActorColumns(COMPLAINT_ACTORS)
const complaintWorkflow = workflowOf(COMPLAINT_WORKFLOW, {
  field: 'status',
  household: 'household',
})
const office: FieldAccess = estateRolesField(...OFFICE_ROLES)
/** CMP-3: the plan and the committed time are the supervisor's (or manager's) decision. */
const supervisor: FieldAccess = estateRolesField('supervisor', 'manager')
const onCreateOnly = { update: () => false }
const readOnly = { readOnly: true }
const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/**
 * CMP-1 … CMP-8: a resident's complaint, recorded by the office (phone, written, walk-in) or by
 * the resident in the portal, routed to a department, planned and timed by the supervisor, done,
 * and accepted by the resident (or reopened, with a reason). The office and the working
 * departments read the estate's complaints; a household reads its own; kiosks and anonymous
 * callers none. Never deleted (GEN-2).
 */
export const Complaints: CollectionConfig = {
  slug: 'complaints',
  labels: {
    singular: { en: 'Complaint', 'zh-TW': '投訴' },
    plural: { en: 'Complaints', 'zh-TW': '投訴' },
  },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'unit', 'department', 'status', 'major', 'respondBy', 'createdAt'],
    group: COMPLAINTS_GROUP,
    listSearchableFields: ['number', 'unit', 'residentName', 'problem'],
  },
  defaultSort: '-createdAt',
  access: {
    read: estateAccess({ staff: COMPLAINT_STAFF, resident: { household: 'household' } }),
    create: estateCreateAccess({ staff: OFFICE_ROLES, resident: 'estate' }),
    update: estateAccess({ staff: COMPLAINT_STAFF, resident: { household: 'household' } }),
    delete: nobody,
    readVersions: estateVersionsAccess({ staff: OFFICE_ROLES }),
  },
  indexes: [
    { fields: ['estate', 'status', 'createdAt'] },
    { fields: ['household', 'createdAt'] },
    { fields: ['status', 'awaitingSince'] },
    { fields: ['status', 'warnAt'] },
  ],
  // Every version is kept (GEN-2: who did what and when): a complaint changes a few dozen times
  // at most, and with no cap Payload does not search the old versions after each save.
  versions: { maxPerDoc: 0 },
  hooks: {
    beforeOperation: [keepComplaintInput],
    beforeChange: [
      checkComplaint,
      assignEstate({ field: 'household', collection: 'households' }),
      complaintWorkflow.beforeChange,
      stampEstateTimeZone('requestedTime', 'committedTime', 'respondBy'),
      stampComplaintActors,
    ],
    afterChange: [assignComplaintNumber, complaintWorkflow.afterChange, tellComplaintParties],
  },
  fields: [
    {
      name: 'statusActions',
      type: 'ui',
      admin: {
        components: { Field: '/src/components/admin/WorkflowMoves#ComplaintWorkflowMoves' },
      },
    },
    {
      name: 'number',
      type: 'text',
      unique: true,
      label: { en: 'Complaint number', 'zh-TW': '投訴編號' },
      access: serverOwned,
      admin: { ...readOnly, position: 'sidebar' },
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
          // A resident's complaint is always their own household's (set by checkComplaint).
          access: { create: ({ req }) => actorOf(req).kind === 'staff', update: () => false },
          admin: { width: '50%' },
        },
        {
          name: 'residentName',
          type: 'text',
          maxLength: 100,
          label: { en: 'Resident’s name', 'zh-TW': '住戶姓名' },
          access: { update: office },
          admin: { width: '50%' },
        },
      ],
    },
    {
      // The household's unit number as the register has it (CMP-1), kept on the complaint so that
      // the desk's queue, the office's search and the e-mails read it without a join; set by the
      // server from the household and carried along when the register corrects a unit.
      name: 'unit',
      type: 'text',
      label: { en: 'Unit number', 'zh-TW': '單位編號' },
      access: serverOwned,
      // A column and a search term in the list; the form shows the household itself.
      admin: { ...readOnly, condition: () => false },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'channel',
          type: 'select',
          required: true,
          defaultValue: 'phone',
          options: COMPLAINT_CHANNELS.map((value) => ({
            value,
            label: COMPLAINT_CHANNEL_LABELS[value],
          })),
          label: { en: 'Received by', 'zh-TW': '投訴途徑' },
          access: onCreateOnly,
          admin: { width: '33%' },
        },
        {
          name: 'department',
          type: 'select',
          required: true,
          defaultValue: 'cs',
          index: true,
          options: COMPLAINT_DEPARTMENTS.map((value) => ({
            value,
            label: COMPLAINT_DEPARTMENT_LABELS[value],
          })),
          label: { en: 'Department', 'zh-TW': '負責部門' },
          access: { create: office, update: office },
          admin: { width: '33%' },
        },
        {
          name: 'major',
          type: 'checkbox',
          defaultValue: false,
          label: {
            en: 'Major: tell the property manager at once',
            'zh-TW': '重大問題：即時通知物業經理',
          },
          access: { create: office, update: office },
          admin: { width: '33%' },
        },
      ],
    },
    {
      name: 'problem',
      type: 'textarea',
      required: true,
      maxLength: MAX_PROBLEM_LENGTH,
      label: { en: 'Problem (as the resident stated it)', 'zh-TW': '問題（按住戶所述）' },
      access: onCreateOnly,
    },
    {
      name: 'readBack',
      type: 'checkbox',
      defaultValue: false,
      label: {
        en: 'I read the problem back to the resident and they agreed (CMP-2)',
        'zh-TW': '已向住戶覆述問題並獲確認（CMP-2）',
      },
      access: onCreateOnly,
    },
    {
      name: 'confirmed',
      type: 'checkbox',
      label: { en: 'Confirmed by the resident in the portal', 'zh-TW': '住戶已於網上確認' },
      access: { update: () => false, read: staffOnlyField },
      admin: { readOnly: true, condition: (data) => data?.channel === 'portal' },
    },
    {
      name: 'requestedTime',
      type: 'date',
      timezone: inEstateTimeZone,
      label: {
        en: 'Time the resident asked for (a request only)',
        'zh-TW': '住戶要求的時間（僅作參考）',
      },
      access: { update: office },
      admin: dayAndTime,
    },
    {
      name: 'photos',
      type: 'upload',
      relationTo: 'complaint-photos',
      hasMany: true,
      maxRows: MAX_COMPLAINT_PHOTOS,
      label: { en: 'Photos', 'zh-TW': '相片' },
      access: { update: office },
    },
    {
      type: 'collapsible',
      label: {
        en: 'Plan and committed time (supervisor, CMP-3)',
        'zh-TW': '處理方案及承諾時間（主管，CMP-3）',
      },
      fields: [
        {
          name: 'plan',
          type: 'textarea',
          maxLength: 2000,
          label: {
            en: 'Plan, or the solution agreed with the developer or outside party',
            'zh-TW': '處理方案（或與開發商／外間單位議定的解決辦法）',
          },
          access: { create: supervisor, update: supervisor },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'committedTime',
              type: 'date',
              timezone: inEstateTimeZone,
              label: { en: 'Committed time', 'zh-TW': '承諾處理時間' },
              access: { create: supervisor, update: supervisor },
              admin: { ...dayAndTime, width: '50%' },
            },
            {
              name: 'timeChangeReason',
              type: 'text',
              maxLength: 500,
              label: { en: 'Reason for a new time', 'zh-TW': '更改時間原因' },
              access: { create: supervisor, update: supervisor },
              admin: { width: '50%' },
            },
          ],
        },
        {
          name: 'plannedBy',
          type: 'relationship',
          relationTo: 'users',
          label: { en: 'Decided by', 'zh-TW': '決定人' },
          access: { ...serverOwned, read: staffOnlyField },
          admin: readOnly,
        },
        {
          name: 'plannedAt',
          type: 'date',
          label: { en: 'Decided at', 'zh-TW': '決定時間' },
          access: serverOwned,
          admin: readOnly,
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'received',
      options: COMPLAINT_STATUSES.map((value) => ({
        value,
        label: COMPLAINT_STATUS_LABELS[value],
      })),
      label: { en: 'Status', 'zh-TW': '狀態' },
      access: { create: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    complaintWorkflow.movesField,
    {
      name: 'reopenReason',
      type: 'textarea',
      maxLength: 2000,
      label: {
        en: 'Why the resident is not satisfied (latest)',
        'zh-TW': '住戶不滿意的原因（最近一次）',
      },
      access: { create: () => false },
    },
    {
      name: 'reopenCount',
      type: 'number',
      defaultValue: 0,
      label: { en: 'Times reopened', 'zh-TW': '重開次數' },
      access: serverOwned,
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'respondBy',
      type: 'date',
      timezone: inEstateTimeZone,
      label: { en: 'Respond by', 'zh-TW': '回應期限' },
      access: serverOwned,
      admin: {
        ...readOnly,
        position: 'sidebar',
        ...dayAndTime,
        description: {
          en: 'The department’s response time from when it was received (estate settings).',
          'zh-TW': '由收到投訴起計，按負責部門的回應時限（屋苑設定）。',
        },
        components: { Cell: '/src/components/admin/ComplaintDeadlineCell#ComplaintDeadlineCell' },
      },
    },
    {
      name: 'warnAt',
      type: 'date',
      label: { en: 'Due soon from', 'zh-TW': '即將逾期提示時間' },
      access: serverOwned,
      admin: { ...readOnly, position: 'sidebar', ...dayAndTime, hidden: true },
    },
    {
      name: 'warnedAt',
      type: 'date',
      label: { en: 'Due-soon warning sent', 'zh-TW': '已發即將逾期提示' },
      access: { ...serverOwned, read: staffOnlyField },
      admin: { hidden: true },
    },
    {
      name: 'overdueAlertedAt',
      type: 'date',
      label: { en: 'Overdue alert sent', 'zh-TW': '已發逾期通知' },
      access: { ...serverOwned, read: staffOnlyField },
      admin: { hidden: true },
    },
    {
      name: 'awaitingSince',
      type: 'date',
      label: { en: 'Awaiting acceptance since', 'zh-TW': '待驗收開始時間' },
      access: serverOwned,
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'closedAt',
      type: 'date',
      label: { en: 'Closed at', 'zh-TW': '完結時間' },
      access: serverOwned,
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'closedHow',
      type: 'select',
      options: [
        { value: 'accepted', label: { en: 'Accepted', 'zh-TW': '住戶接受' } },
        {
          value: 'no-answer',
          label: { en: 'No answer from the resident', 'zh-TW': '住戶未有回覆' },
        },
      ],
      label: { en: 'How it closed', 'zh-TW': '完結方式' },
      access: serverOwned,
      admin: { ...readOnly, position: 'sidebar' },
    },
    estateField(),
    ...actorColumnFields(COMPLAINT_ACTORS),
  ],
}
