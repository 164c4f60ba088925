import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'

import { nobody, serverOwned, staffOnlyField } from '@/access'
import { actorHasRole, actorOf } from '@/access/actor'
import {
  assignEstate,
  estateCreateAccess,
  estateField,
  estateRolesField,
  estateVersionsAccess,
  reachQuery,
} from '@/access/estate'
import { OFFICE_ROLES } from '@/access/residents'
import {
  NOTICE_STATUS_LABELS,
  NOTICE_STATUSES,
  NOTICE_WORKFLOW,
} from '@/domain/maintenance/transitions'
import { workflowOf } from '../../hooks/guardWorkflow'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { inEstateTimeZone, stampEstateTimeZone } from '../../hooks/stampEstateTimeZone'
import { COMPLAINTS_GROUP } from '../ComplaintPhotos'
import { checkNotice, keepNoticeInput, tellNoticeParties } from './hooks/checkNotice'
import { signNoticeEndpoint } from './signEndpoint'

const noticeWorkflow = workflowOf(NOTICE_WORKFLOW, { field: 'status' })

/**
 * CMP-4: the office reads every notice of its estate; Engineering only those the supervisor has
 * signed (a query, so lists, counts and searches are filtered too); nobody else any.
 */
export const canReadNotices: Access = ({ req }) => {
  const actor = actorOf(req)
  if (actorHasRole(actor, ...OFFICE_ROLES)) return reachQuery(actor, { staff: OFFICE_ROLES })
  const estate = reachQuery(actor, { staff: ['engineering'] })
  if (!estate) return false
  return { and: [estate, { status: { in: ['signed', 'done'] } }] } as Where
}

const office: FieldAccess = estateRolesField(...OFFICE_ROLES)
const supervisor: FieldAccess = estateRolesField('supervisor', 'manager')
const readOnly = { readOnly: true }

/**
 * CMP-4: the Maintenance Notice (維修通知單) for work Engineering must do on a complaint. CS fills
 * it in; the supervisor assigns a CS follow-up, sets the time and signs it, and only then is
 * Engineering notified and able to see it; it is done when the CS follow-up and the maintenance
 * worker have both signed on screen (`POST /api/maintenance-notices/:id/sign`). Never deleted.
 */
export const MaintenanceNotices: CollectionConfig = {
  slug: 'maintenance-notices',
  labels: {
    singular: { en: 'Maintenance Notice', 'zh-TW': '維修通知單' },
    plural: { en: 'Maintenance notices', 'zh-TW': '維修通知單' },
  },
  admin: {
    useAsTitle: 'work',
    defaultColumns: ['complaint', 'work', 'scheduledAt', 'status', 'createdAt'],
    group: COMPLAINTS_GROUP,
  },
  defaultSort: '-createdAt',
  access: {
    read: canReadNotices,
    create: estateCreateAccess({ staff: OFFICE_ROLES }),
    update: ({ req }) => reachQuery(actorOf(req), { staff: OFFICE_ROLES }),
    delete: nobody,
    readVersions: estateVersionsAccess({ staff: OFFICE_ROLES }),
  },
  endpoints: [signNoticeEndpoint],
  indexes: [{ fields: ['estate', 'status', 'createdAt'] }],
  versions: { maxPerDoc: 20 },
  hooks: {
    beforeOperation: [keepNoticeInput],
    beforeChange: [
      checkNotice,
      assignEstate({ field: 'complaint', collection: 'complaints' }),
      noticeWorkflow.beforeChange,
      stampEstateTimeZone('scheduledAt'),
      stampActor,
    ],
    afterChange: [noticeWorkflow.afterChange, tellNoticeParties],
  },
  fields: [
    {
      name: 'complaint',
      type: 'relationship',
      relationTo: 'complaints',
      required: true,
      label: { en: 'Complaint', 'zh-TW': '投訴' },
      access: { update: () => false },
    },
    {
      name: 'household',
      type: 'relationship',
      relationTo: 'households',
      label: { en: 'Unit', 'zh-TW': '單元' },
      access: serverOwned,
      admin: readOnly,
    },
    {
      name: 'work',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      label: { en: 'Work to do', 'zh-TW': '維修內容' },
      access: { update: office },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'followUpBy',
          type: 'relationship',
          relationTo: 'users',
          label: { en: 'CS follow-up on site', 'zh-TW': '現場跟進客服' },
          access: { create: supervisor, update: supervisor },
          admin: { width: '50%' },
        },
        {
          name: 'scheduledAt',
          type: 'date',
          timezone: inEstateTimeZone,
          label: { en: 'When Engineering comes', 'zh-TW': '機電部上門時間' },
          access: { create: supervisor, update: supervisor },
          admin: { width: '50%', date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'delayReason',
      type: 'text',
      maxLength: 500,
      label: { en: 'Why Engineering cannot come at once', 'zh-TW': '未能即時上門的原因' },
      access: { create: supervisor, update: supervisor },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'draft',
      options: NOTICE_STATUSES.map((value) => ({ value, label: NOTICE_STATUS_LABELS[value] })),
      label: { en: 'Status', 'zh-TW': '狀態' },
      access: { create: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    noticeWorkflow.movesField,
    {
      type: 'collapsible',
      label: { en: 'Signatures', 'zh-TW': '簽署' },
      fields: [
        {
          name: 'supervisorSignature',
          type: 'upload',
          relationTo: 'signatures',
          label: { en: 'Supervisor', 'zh-TW': '主管簽署' },
          access: serverOwned,
          admin: readOnly,
        },
        {
          name: 'supervisorSignedBy',
          type: 'relationship',
          relationTo: 'users',
          label: { en: 'Signed by', 'zh-TW': '簽署人' },
          access: { ...serverOwned, read: staffOnlyField },
          admin: readOnly,
        },
        {
          name: 'supervisorName',
          type: 'text',
          label: { en: 'Supervisor’s name', 'zh-TW': '主管姓名' },
          access: serverOwned,
          admin: readOnly,
        },
        {
          name: 'supervisorSignedAt',
          type: 'date',
          label: { en: 'Signed at', 'zh-TW': '簽署時間' },
          access: serverOwned,
          admin: readOnly,
        },
        {
          name: 'followUpName',
          type: 'text',
          label: { en: 'CS follow-up’s name', 'zh-TW': '跟進客服姓名' },
          access: serverOwned,
          admin: readOnly,
        },
        {
          name: 'followUpSignature',
          type: 'upload',
          relationTo: 'signatures',
          label: { en: 'CS follow-up', 'zh-TW': '跟進客服簽署' },
          access: serverOwned,
          admin: readOnly,
        },
        {
          name: 'followUpSignedAt',
          type: 'date',
          label: { en: 'Follow-up signed at', 'zh-TW': '跟進客服簽署時間' },
          access: serverOwned,
          admin: readOnly,
        },
        {
          name: 'workerSignature',
          type: 'upload',
          relationTo: 'signatures',
          label: { en: 'Maintenance worker', 'zh-TW': '維修人員簽署' },
          access: serverOwned,
          admin: readOnly,
        },
        {
          name: 'workerName',
          type: 'text',
          label: { en: 'Worker’s name', 'zh-TW': '維修人員姓名' },
          access: serverOwned,
          admin: readOnly,
        },
        {
          name: 'workerSignedBy',
          type: 'relationship',
          relationTo: 'users',
          label: { en: 'Worker’s account', 'zh-TW': '維修人員帳戶' },
          access: { ...serverOwned, read: staffOnlyField },
          admin: readOnly,
        },
        {
          name: 'workerSignedAt',
          type: 'date',
          label: { en: 'Worker signed at', 'zh-TW': '維修人員簽署時間' },
          access: serverOwned,
          admin: readOnly,
        },
      ],
    },
    estateField(),
    ...actorFields,
  ],
}
