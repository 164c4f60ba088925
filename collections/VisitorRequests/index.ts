import type { CollectionConfig } from 'payload'

import { nobody, serverOwned, staffOnlyField } from '@/access'
import {
  assignEstate,
  estateAccess,
  estateCreateAccess,
  estateField,
  estateRolesField,
  estateVersionsAccess,
  type Reach,
} from '@/access/estate'
import { VISITOR_DESK } from '@/access/roles'
import {
  CONFIRMED_HOW,
  CONFIRMED_HOW_LABELS,
  HOST_DEPARTMENT_LABELS,
  HOST_DEPARTMENTS,
  VISITOR_STATUS_LABELS,
  VISITOR_STATUSES,
  VISITOR_WORKFLOW,
} from '@/domain/visitors/transitions'
import { announceLiveChange } from '../../hooks/announceLiveChange'
import { workflowOf } from '../../hooks/guardWorkflow'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { visitorBoardEndpoint } from './endpoints/board'
import { visitorDutyEndpoint } from './endpoints/duty'
import { visitorsInsideEndpoint } from './endpoints/inside'
import { flagDoNotAdmit } from '../DoNotAdmit/hooks/flagDoNotAdmit'
import { checkVisitorRequest } from './hooks/checkVisitorRequest'

export const VISITORS_GROUP = { en: 'Visitors', 'zh-TW': '訪客' }

// Who sees the gate's requests (the boards' readers): defined with the roles, for the domain too.
export { VISITOR_DESK }
/** Who reads the requests: the desk's roles, and a resident those for their own unit. */
export const VISITOR_REQUEST_READERS: Reach = {
  staff: VISITOR_DESK,
  resident: { household: 'hostHousehold' },
}
const visitorWorkflow = workflowOf(VISITOR_WORKFLOW, {
  field: 'status',
  household: 'hostHousehold',
})
const writtenAtTheGate = { update: () => false }
// The gate and CS boards, and the host resident's gate list, read again when one changes.
const liveBoards = announceLiveChange('visitors', { household: 'hostHousehold' })
const staffStamp = { ...serverOwned, read: staffOnlyField }

/**
 * VIS-1, VIS-2, VIS-3, VIS-5: a visitor asking at the gate. The guard records it; customer service
 * (or the host resident, in the portal, for their own unit) answers it with who confirmed and
 * how; the guard checks an admitted visitor in and out. Requests are never deleted (GEN-2).
 * The gate board (/office/gate) and the CS board (/office/visitors) read them live.
 */
export const VisitorRequests: CollectionConfig = {
  slug: 'visitor-requests',
  labels: {
    singular: { en: 'Visitor request', 'zh-TW': '訪客申請' },
    plural: { en: 'Visitor requests', 'zh-TW': '訪客申請' },
  },
  admin: {
    useAsTitle: 'surname',
    defaultColumns: [
      'surname',
      'organisation',
      'hostHousehold',
      'hostDepartment',
      'status',
      'createdAt',
    ],
    group: VISITORS_GROUP,
    description: {
      en: 'Guards record requests on the gate board (/office/gate); CS answers on the CS board (/office/visitors).',
      'zh-TW': '保安於大門登記板（/office/gate）登記；客服於客服訪客板（/office/visitors）回覆。',
    },
  },
  defaultSort: '-createdAt',
  access: {
    read: estateAccess(VISITOR_REQUEST_READERS),
    create: estateCreateAccess({ staff: ['guard'] }),
    update: estateAccess({ staff: ['guard', 'cs'], resident: { household: 'hostHousehold' } }),
    delete: nobody,
    readVersions: estateVersionsAccess({ staff: VISITOR_DESK }),
  },
  indexes: [{ fields: ['estate', 'status', 'createdAt'] }],
  endpoints: [visitorBoardEndpoint, visitorsInsideEndpoint, visitorDutyEndpoint],
  versions: { maxPerDoc: 10 },
  hooks: {
    beforeChange: [
      assignEstate(),
      visitorWorkflow.beforeChange,
      flagDoNotAdmit((request) => ({
        name: request.surname as string,
        organisation: request.organisation as string,
        plate: request.plate as string,
      })),
      checkVisitorRequest,
      stampActor,
    ],
    afterChange: [visitorWorkflow.afterChange, liveBoards.afterChange],
    afterDelete: [liveBoards.afterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'surname',
          type: 'text',
          required: true,
          maxLength: 50,
          label: { en: 'Visitor’s surname', 'zh-TW': '訪客姓氏' },
          access: writtenAtTheGate,
          admin: { width: '34%' },
        },
        {
          name: 'organisation',
          type: 'text',
          maxLength: 100,
          label: { en: 'Organisation', 'zh-TW': '機構' },
          access: writtenAtTheGate,
          admin: { width: '33%' },
        },
        {
          name: 'plate',
          type: 'text',
          maxLength: 20,
          label: { en: 'Vehicle plate', 'zh-TW': '車牌' },
          access: writtenAtTheGate,
          admin: { width: '33%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'hostHousehold',
          type: 'relationship',
          relationTo: 'households',
          index: true,
          label: { en: 'Host unit', 'zh-TW': '受訪單元' },
          access: writtenAtTheGate,
          admin: { width: '50%' },
        },
        {
          name: 'hostDepartment',
          type: 'select',
          options: HOST_DEPARTMENTS.map((value) => ({
            value,
            label: HOST_DEPARTMENT_LABELS[value],
          })),
          label: { en: 'Host department', 'zh-TW': '受訪部門' },
          access: writtenAtTheGate,
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'waiting',
      index: true,
      options: VISITOR_STATUSES.map((value) => ({ value, label: VISITOR_STATUS_LABELS[value] })),
      label: { en: 'Status', 'zh-TW': '狀態' },
      access: { create: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    visitorWorkflow.movesField,
    {
      // Server: the do-not-admit entries the visitor matches (set when recorded, checked again
      // when answered). The boards show it before anyone admits; residents never see it.
      name: 'doNotAdmit',
      type: 'json',
      label: { en: 'Do-not-admit warning', 'zh-TW': '禁止進入警示' },
      access: { ...serverOwned, read: staffOnlyField },
      admin: { readOnly: true, condition: (data) => Boolean(data?.doNotAdmit?.length) },
    },
    {
      type: 'collapsible',
      label: { en: 'Answer (VIS-2)', 'zh-TW': '回覆（VIS-2）' },
      fields: [
        {
          // Admitting a visitor who matches the do-not-admit list needs this and a note (cs).
          name: 'overrideWarning',
          type: 'checkbox',
          label: {
            en: 'Admit despite the do-not-admit warning',
            'zh-TW': '雖有禁止進入警示，仍准許進入',
          },
          access: { create: () => false, update: estateRolesField('cs'), read: staffOnlyField },
          admin: { condition: (data) => Boolean(data?.doNotAdmit?.length) },
        },
        {
          name: 'overrideNote',
          type: 'text',
          maxLength: 300,
          label: { en: 'Why (override note)', 'zh-TW': '覆核備註（原因）' },
          access: { create: () => false, update: estateRolesField('cs'), read: staffOnlyField },
          admin: { condition: (data) => Boolean(data?.doNotAdmit?.length) },
        },
        {
          name: 'overriddenBy',
          type: 'relationship',
          relationTo: 'users',
          label: { en: 'Override by', 'zh-TW': '覆核人' },
          access: staffStamp,
          admin: { readOnly: true, condition: (data) => Boolean(data?.overriddenBy) },
        },
        {
          name: 'overriddenAt',
          type: 'date',
          label: { en: 'Override at', 'zh-TW': '覆核時間' },
          access: staffStamp,
          admin: {
            readOnly: true,
            condition: (data) => Boolean(data?.overriddenAt),
            date: { pickerAppearance: 'dayAndTime' },
          },
        },
        {
          name: 'confirmedBy',
          type: 'text',
          maxLength: 100,
          label: { en: 'Confirmed by', 'zh-TW': '確認人' },
          // CS writes it with the answer; for a resident's answer the server writes their name.
          access: { create: () => false, update: estateRolesField('cs') },
        },
        {
          name: 'confirmedHow',
          type: 'select',
          options: CONFIRMED_HOW.map((value) => ({ value, label: CONFIRMED_HOW_LABELS[value] })),
          label: { en: 'Confirmed how', 'zh-TW': '確認方式' },
          access: { create: () => false, update: estateRolesField('cs') },
        },
        {
          name: 'answeredBy',
          type: 'relationship',
          relationTo: ['users', 'residents'],
          label: { en: 'Answered by', 'zh-TW': '回覆人' },
          access: staffStamp,
          admin: { readOnly: true },
        },
        {
          name: 'answeredAt',
          type: 'date',
          label: { en: 'Answered at', 'zh-TW': '回覆時間' },
          access: serverOwned,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'escalatedAt',
          type: 'date',
          index: true,
          label: { en: 'Escalated to CS on duty at', 'zh-TW': '通知當值客服時間' },
          access: serverOwned,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'escalatedTo',
          type: 'number',
          label: { en: 'CS staff alerted', 'zh-TW': '已通知客服人數' },
          access: staffStamp,
          admin: { readOnly: true },
        },
      ],
    },
    {
      type: 'collapsible',
      label: { en: 'At the gate (VIS-5)', 'zh-TW': '出入記錄（VIS-5）' },
      fields: [
        {
          name: 'checkedInAt',
          type: 'date',
          index: true,
          label: { en: 'Checked in at', 'zh-TW': '進入時間' },
          access: serverOwned,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'checkedOutAt',
          type: 'date',
          label: { en: 'Checked out at', 'zh-TW': '離開時間' },
          access: serverOwned,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    estateField(),
    ...actorFields,
  ],
}
