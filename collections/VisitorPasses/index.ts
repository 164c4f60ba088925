import type { CollectionConfig } from 'payload'

import { nobody, serverKeyField, serverOwned, staffOnlyField } from '@/access'
import {
  assignEstate,
  estateAccess,
  estateCreateAccess,
  estateField,
  estateVersionsAccess,
} from '@/access/estate'
import { OFFICE_ROLES } from '@/access/residents'
import { WEEKDAY_LABELS, WEEKDAYS } from '@/domain/visitors/schedule'
import {
  VISITOR_PASS_STATUS_LABELS,
  VISITOR_PASS_STATUSES,
  VISITOR_PASS_WORKFLOW,
} from '@/domain/visitors/transitions'
import { workflowOf } from '../../hooks/guardWorkflow'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { VISITOR_DESK, VISITORS_GROUP } from '../VisitorRequests'
import { flagDoNotAdmit } from '../DoNotAdmit/hooks/flagDoNotAdmit'
import { checkInWithPassEndpoint, checkOutPassVisitorEndpoint } from './endpoints/checkIn'
import { offlineBundleEndpoint } from './endpoints/offlineBundle'
import { sharePassEndpoint } from './endpoints/share'
import { prepareVisitorPass } from './hooks/prepareVisitorPass'
import { signVisitorPass } from './hooks/signVisitorPass'
import { passStateField, passUsesField } from './passFields'

const passWorkflow = workflowOf(VISITOR_PASS_WORKFLOW, { field: 'status', household: 'household' })

/**
 * VIS-4: a visitor pass a resident gives an expected visitor: a QR code holding only an
 * unguessable token, valid for a window and a number of uses, shared by link and revocable.
 * Scanned at the gate board or a lobby kiosk (`POST /api/visitor-passes/check-in`) it checks the
 * visitor in with no call to the office. The token never leaves the server through reads; its
 * owner gets it from `GET /api/visitor-passes/:id/share`.
 */
export const VisitorPasses: CollectionConfig = {
  slug: 'visitor-passes',
  labels: {
    singular: { en: 'Visitor pass', 'zh-TW': '訪客通行證' },
    plural: { en: 'Visitor passes', 'zh-TW': '訪客通行證' },
  },
  admin: {
    useAsTitle: 'visitorName',
    defaultColumns: ['visitorName', 'household', 'validFrom', 'validUntil', 'state', 'createdAt'],
    group: VISITORS_GROUP,
  },
  defaultSort: '-createdAt',
  access: {
    read: estateAccess({ staff: VISITOR_DESK, resident: { household: 'household' } }),
    create: estateCreateAccess({ resident: { household: 'household' } }),
    update: estateAccess({ staff: OFFICE_ROLES, resident: { household: 'household' } }),
    delete: nobody,
    readVersions: estateVersionsAccess({ staff: VISITOR_DESK }),
  },
  indexes: [{ fields: ['household', 'createdAt'] }],
  endpoints: [
    checkInWithPassEndpoint,
    checkOutPassVisitorEndpoint,
    offlineBundleEndpoint,
    sharePassEndpoint,
  ],
  versions: { maxPerDoc: 10 },
  hooks: {
    beforeChange: [
      prepareVisitorPass,
      assignEstate({ field: 'household', collection: 'households' }),
      flagDoNotAdmit((pass) => ({ name: pass.visitorName as string })),
      passWorkflow.beforeChange,
      stampActor,
    ],
    afterChange: [signVisitorPass, passWorkflow.afterChange],
  },
  fields: [
    {
      name: 'household',
      type: 'relationship',
      relationTo: 'households',
      required: true,
      index: true,
      label: { en: 'Unit', 'zh-TW': '單元' },
      access: serverOwned,
      admin: { readOnly: true },
    },
    {
      name: 'visitorName',
      type: 'text',
      required: true,
      maxLength: 100,
      label: { en: 'Visitor’s name', 'zh-TW': '訪客姓名' },
      access: { update: () => false },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'validFrom',
          type: 'date',
          required: true,
          label: { en: 'From', 'zh-TW': '由' },
          access: { update: () => false },
          admin: { width: '50%', date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'validUntil',
          type: 'date',
          required: true,
          label: { en: 'Until', 'zh-TW': '至' },
          access: { update: () => false },
          admin: { width: '50%', date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'maxUses',
      type: 'number',
      defaultValue: 1,
      label: {
        en: 'Uses (a day, for a recurring pass)',
        'zh-TW': '可使用次數（定期通行證為每日）',
      },
      access: { update: () => false },
    },
    {
      type: 'collapsible',
      label: { en: 'Recurring: days and hours', 'zh-TW': '定期：星期及時段' },
      admin: {
        description: {
          en: 'Leave the days empty for a one-off pass. Hours are in the estate’s time zone; a recurring pass lasts at most 3 months.',
          'zh-TW': '單次通行證不用選擇星期。時段以屋苑時區計算；定期通行證最長 3 個月。',
        },
      },
      fields: [
        {
          name: 'days',
          type: 'select',
          hasMany: true,
          options: WEEKDAYS.map((value) => ({
            value,
            label: { en: WEEKDAY_LABELS[value].en, 'zh-TW': WEEKDAY_LABELS[value]['zh-TW'] },
          })),
          label: { en: 'Days of the week', 'zh-TW': '星期' },
          access: { update: () => false },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'dailyFrom',
              type: 'text',
              maxLength: 5,
              label: { en: 'Each day from (HH:MM)', 'zh-TW': '每日由（時:分）' },
              access: { update: () => false },
              admin: { width: '50%' },
            },
            {
              name: 'dailyUntil',
              type: 'text',
              maxLength: 5,
              label: { en: 'Each day until (HH:MM)', 'zh-TW': '每日至（時:分）' },
              access: { update: () => false },
              admin: { width: '50%' },
            },
          ],
        },
      ],
    },
    {
      // Server: the do-not-admit entries the visitor's name matched when the pass was given.
      // The scan checks the list again; residents never see it.
      name: 'doNotAdmit',
      type: 'json',
      label: { en: 'Do-not-admit warning', 'zh-TW': '禁止進入警示' },
      access: { ...serverOwned, read: staffOnlyField },
      admin: { readOnly: true, condition: (data) => Boolean(data?.doNotAdmit?.length) },
    },
    passUsesField,
    {
      name: 'status',
      type: 'select',
      defaultValue: 'active',
      index: true,
      options: VISITOR_PASS_STATUSES.map((value) => ({
        value,
        label: VISITOR_PASS_STATUS_LABELS[value],
      })),
      label: { en: 'Status', 'zh-TW': '狀態' },
      access: { create: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    passStateField,
    passWorkflow.movesField,
    { ...serverKeyField('tokenHash'), label: { en: 'Token hash', 'zh-TW': '權杖雜湊' } },
    {
      name: 'token',
      type: 'text',
      access: { ...serverOwned, read: () => false },
      admin: { hidden: true },
    },
    estateField(),
    ...actorFields,
  ],
}
