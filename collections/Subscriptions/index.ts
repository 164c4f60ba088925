import type { CollectionConfig, Field } from 'payload'

import { serverOwned, staffOnlyField } from '@/access'
import { assignEstate, estateField, estateRolesField } from '@/access/estate'
import {
  canChangeSubscriptions,
  canOrderSubscriptions,
  canReadSubscriptions,
  canReadSubscriptionVersions,
} from '@/access/subscriptions'
import { isValidPeriod } from '@/domain/subscriptions/months'
import {
  CHANNEL_LABELS,
  CHANNELS,
  MAX_MONTHS,
  SUBSCRIPTION_STATUS_LABELS,
  SUBSCRIPTION_STATUSES,
  SUBSCRIPTION_WORKFLOW,
  SUPPLIER_LABELS,
  SUPPLIERS,
} from '@/domain/subscriptions/workflow'
import { fieldError, type FieldErrorReq } from '@/errors/refuse'
import { workflowOf } from '../../hooks/guardWorkflow'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { inEstateTimeZone, stampEstateTimeZone } from '../../hooks/stampEstateTimeZone'
import { SUBSCRIPTIONS_GROUP } from '../Publications'
import {
  cancelSubscriptionEndpoint,
  chargesEndpoint,
  registerEndpoint,
  signLetterEndpoint,
} from './endpoints'
import { askResidentsToSign } from './hooks/askResidentsToSign'
import { refuseOutOfOrderMoves } from './hooks/refuseOutOfOrderMoves'
import { settleOrderTerms } from './hooks/settleOrderTerms'
import { stampSteps } from './hooks/stampSteps'
import { takeOrder } from './hooks/takeOrder'

const subscriptionWorkflow = workflowOf(SUBSCRIPTION_WORKFLOW, {
  field: 'status',
  household: 'household',
})

/** Written by customer service only, after the order is taken (never by the resident). */
const csWrites = { create: () => false, update: estateRolesField('cs') }
/** Who took a step: the estate's staff read it; residents never learn which staff member. */
const stampedBy = (name: string, label: { en: string; 'zh-TW': string }): Field => ({
  name,
  type: 'relationship',
  relationTo: 'users',
  label,
  access: { ...serverOwned, read: staffOnlyField },
  admin: { readOnly: true },
})
const stampedAt = (name: string, label: { en: string; 'zh-TW': string }): Field => ({
  name,
  type: 'date',
  timezone: inEstateTimeZone,
  label,
  access: serverOwned,
  admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
})
/** Steps reached, for showing each section of the form once it applies (display only). */
const AFTER: Record<string, string[]> = {
  signed: ['signed', 'approved', 'ordered', 'active', 'cancelled', 'ended'],
  approved: ['approved', 'ordered', 'active', 'cancelled', 'ended'],
}
const reached = (data: Record<string, unknown> | undefined, step: 'signed' | 'approved') =>
  AFTER[step]!.includes(String(data?.status)) ||
  (step === 'signed' && data?.status === 'refused' && Boolean(data?.decidedAt))

const DATED = [
  'supplierConfirmedAt',
  'letterSignedAt',
  'decidedAt',
  'orderedAt',
  'quantityConfirmationSentAt',
  'cancelledAt',
  'supplierNotifiedAt',
  'cancellationLetterSentAt',
]

/**
 * A household's newspaper or magazine subscription (procedure 五, SUB-1 … SUB-7), from the order to
 * its end or cancellation. Status moves only along src/domain/subscriptions/workflow.ts: a PATCH of
 * `status` makes the moves of customer service and the supervisor or manager; the signed papers
 * (the confirmation letter, the cancellation notice) have their own operations.
 */
export const Subscriptions: CollectionConfig = {
  slug: 'subscriptions',
  labels: {
    singular: { en: 'Subscription', 'zh-TW': '報刊訂閱' },
    plural: { en: 'Subscriptions', 'zh-TW': '報刊訂閱' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'status', 'channel', 'months', 'startDate', 'monthlyFee'],
    group: SUBSCRIPTIONS_GROUP,
    components: {
      beforeList: ['/src/components/admin/SubscriptionTools#SubscriptionListLinks'],
    },
  },
  // GraphQL's own root type for live updates is called Subscription: keep clear of the name.
  graphQL: { singularName: 'NewspaperSubscription', pluralName: 'NewspaperSubscriptions' },
  defaultSort: '-createdAt',
  access: {
    read: canReadSubscriptions,
    create: canOrderSubscriptions,
    update: canChangeSubscriptions,
    // A subscription's record is kept, refused, ended or cancelled alike.
    delete: () => false,
    readVersions: canReadSubscriptionVersions,
  },
  indexes: [
    { fields: ['estate', 'household'] },
    { fields: ['estate', 'status'] },
    { fields: ['estate', 'startDate'] },
  ],
  endpoints: [signLetterEndpoint, cancelSubscriptionEndpoint, registerEndpoint, chargesEndpoint],
  versions: { maxPerDoc: 50 },
  hooks: {
    beforeChange: [
      takeOrder,
      assignEstate({ field: 'household', collection: 'households' }),
      settleOrderTerms,
      refuseOutOfOrderMoves,
      subscriptionWorkflow.beforeChange,
      stampSteps,
      stampEstateTimeZone(...DATED),
      stampActor,
    ],
    afterChange: [subscriptionWorkflow.afterChange, askResidentsToSign],
  },
  fields: [
    {
      // What the admin calls the subscription: unit and title, written by the server.
      name: 'summary',
      type: 'text',
      label: { en: 'Subscription', 'zh-TW': '訂閱' },
      access: serverOwned,
      admin: { hidden: true },
    },
    {
      name: 'statusActions',
      type: 'ui',
      admin: {
        components: { Field: '/src/components/admin/SubscriptionTools#SubscriptionActions' },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'household',
          type: 'relationship',
          relationTo: 'households',
          required: true,
          index: true,
          label: { en: 'Household (unit)', 'zh-TW': '住戶（單元）' },
          access: { update: () => false },
          admin: { width: '50%' },
        },
        {
          name: 'publication',
          type: 'relationship',
          relationTo: 'publications',
          required: true,
          index: true,
          label: { en: 'Title', 'zh-TW': '刊物' },
          filterOptions: { available: { equals: true } },
          admin: { width: '50%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'channel',
          type: 'select',
          options: CHANNELS.map((value) => ({ value, label: CHANNEL_LABELS[value] })),
          label: { en: 'Ordered', 'zh-TW': '訂閱方式' },
          access: { update: () => false },
          admin: { width: '33%' },
        },
        {
          name: 'months',
          type: 'number',
          required: true,
          label: { en: 'Months', 'zh-TW': '訂閱月數' },
          admin: { width: '33%', step: 1 },
          validate: (value: unknown, { req }: { req: FieldErrorReq }) =>
            isValidPeriod(value, MAX_MONTHS)
              ? true
              : fieldError(req, 'subscription.months-minimum', { max: MAX_MONTHS }),
        },
        {
          name: 'startDate',
          type: 'date',
          label: { en: 'From (month)', 'zh-TW': '開始月份' },
          admin: {
            width: '33%',
            date: { pickerAppearance: 'monthOnly', displayFormat: 'yyyy-MM' },
            description: {
              en: 'Subscriptions run by calendar month; next month if left empty.',
              'zh-TW': '以曆月計算；留空即由下月開始。',
            },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'monthlyFee',
          type: 'number',
          label: { en: 'Monthly fee', 'zh-TW': '每月費用' },
          access: serverOwned,
          admin: {
            readOnly: true,
            width: '25%',
            description: {
              en: 'The title’s price, or the one the supplier confirmed.',
              'zh-TW': '刊物價格，或供應商確認的價格。',
            },
          },
        },
        {
          name: 'currency',
          type: 'text',
          label: { en: 'Currency', 'zh-TW': '貨幣' },
          access: serverOwned,
          admin: { readOnly: true, width: '25%' },
        },
        {
          name: 'endDate',
          type: 'date',
          label: { en: 'To (month)', 'zh-TW': '結束月份' },
          access: serverOwned,
          admin: {
            readOnly: true,
            width: '25%',
            date: { pickerAppearance: 'monthOnly', displayFormat: 'yyyy-MM' },
          },
        },
        {
          name: 'supplier',
          type: 'select',
          options: SUPPLIERS.map((value) => ({ value, label: SUPPLIER_LABELS[value] })),
          label: { en: 'Supplier', 'zh-TW': '供應商' },
          access: serverOwned,
          admin: { readOnly: true, width: '25%' },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'requested',
      index: true,
      options: SUBSCRIPTION_STATUSES.map((value) => ({
        value,
        label: SUBSCRIPTION_STATUS_LABELS[value],
      })),
      label: { en: 'Status', 'zh-TW': '狀態' },
      admin: {
        position: 'sidebar',
        // Changed only through the moves the server offers (the buttons above).
        readOnly: true,
      },
    },
    subscriptionWorkflow.movesField,
    {
      type: 'collapsible',
      label: { en: 'Confirmation with the supplier (SUB-2)', 'zh-TW': '向供應商確認（SUB-2）' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'confirmedMonthlyPrice',
              type: 'number',
              min: 0,
              label: {
                en: 'Monthly price confirmed by the supplier',
                'zh-TW': '供應商確認的每月價格',
              },
              access: csWrites,
              admin: { width: '50%' },
            },
            {
              name: 'supplierContact',
              type: 'text',
              maxLength: 200,
              label: { en: 'Confirmed with (person, phone)', 'zh-TW': '確認人（姓名、電話）' },
              access: { ...csWrites, read: staffOnlyField },
              admin: { width: '50%' },
            },
          ],
        },
        stampedBy('supplierConfirmedBy', { en: 'Confirmed by', 'zh-TW': '確認職員' }),
        stampedAt('supplierConfirmedAt', { en: 'Confirmed at', 'zh-TW': '確認時間' }),
      ],
    },
    {
      type: 'collapsible',
      label: { en: 'Confirmation letter (SUB-3)', 'zh-TW': '訂閱確認書（SUB-3）' },
      admin: { condition: (data) => Boolean(data?.letterSignedAt) },
      fields: [
        {
          name: 'letterSignature',
          type: 'upload',
          relationTo: 'signatures',
          label: { en: 'Signature', 'zh-TW': '簽名' },
          access: serverOwned,
          admin: { readOnly: true },
        },
        {
          name: 'letterSignedByName',
          type: 'text',
          label: { en: 'Signed by', 'zh-TW': '簽署人' },
          access: serverOwned,
          admin: { readOnly: true },
        },
        stampedAt('letterSignedAt', { en: 'Signed at', 'zh-TW': '簽署時間' }),
        {
          name: 'letterSignedVia',
          type: 'select',
          options: [
            { value: 'portal', label: { en: 'In the portal', 'zh-TW': '住戶網上服務' } },
            { value: 'desk', label: { en: 'At the desk', 'zh-TW': '管理處櫃檯' } },
          ],
          label: { en: 'Signed', 'zh-TW': '簽署方式' },
          access: serverOwned,
          admin: { readOnly: true },
        },
      ],
    },
    {
      type: 'collapsible',
      label: { en: 'Purchase requisition (SUB-4)', 'zh-TW': '請購單（SUB-4）' },
      admin: { condition: (data) => reached(data, 'signed') },
      fields: [
        {
          name: 'decisionNote',
          type: 'textarea',
          maxLength: 1000,
          label: { en: 'Supervisor’s or manager’s note', 'zh-TW': '主管／經理備註' },
          access: { create: () => false, update: estateRolesField('supervisor', 'manager') },
        },
        stampedBy('decidedBy', { en: 'Decided by', 'zh-TW': '批核人' }),
        stampedAt('decidedAt', { en: 'Decided at', 'zh-TW': '批核時間' }),
      ],
    },
    {
      type: 'collapsible',
      label: { en: 'Order with the supplier (SUB-5)', 'zh-TW': '向供應商訂購（SUB-5）' },
      admin: { condition: (data) => reached(data, 'approved') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'orderReference',
              type: 'text',
              maxLength: 200,
              label: { en: 'Order reference', 'zh-TW': '訂單編號' },
              access: { ...csWrites, read: staffOnlyField },
              admin: { width: '33%' },
            },
            {
              name: 'quantity',
              type: 'number',
              defaultValue: 1,
              min: 1,
              max: 100,
              label: { en: 'Copies', 'zh-TW': '份數' },
              access: { create: () => false, update: estateRolesField('cs') },
              admin: { width: '33%', step: 1 },
            },
            {
              name: 'quantityConfirmationSentAt',
              type: 'date',
              timezone: inEstateTimeZone,
              label: {
                en: 'Written confirmation of quantity sent (CNPIEC)',
                'zh-TW': '書面確認數量發出日期（中國圖書進出口）',
              },
              access: { ...csWrites, read: staffOnlyField },
              admin: { width: '33%', date: { pickerAppearance: 'dayAndTime' } },
            },
          ],
        },
        stampedBy('orderedBy', { en: 'Ordered by', 'zh-TW': '下單職員' }),
        stampedAt('orderedAt', { en: 'Ordered at', 'zh-TW': '下單時間' }),
      ],
    },
    {
      type: 'collapsible',
      label: { en: 'Cancellation (SUB-7)', 'zh-TW': '退訂（SUB-7）' },
      admin: { condition: (data) => data?.status === 'cancelled' },
      fields: [
        {
          name: 'cancellationEndDate',
          type: 'date',
          label: { en: 'Last month delivered', 'zh-TW': '最後派送月份' },
          access: serverOwned,
          admin: {
            readOnly: true,
            date: { pickerAppearance: 'monthOnly', displayFormat: 'yyyy-MM' },
          },
        },
        stampedAt('cancelledAt', { en: 'Notice signed at', 'zh-TW': '退訂通知簽署時間' }),
        {
          name: 'cancellationSignature',
          type: 'upload',
          relationTo: 'signatures',
          label: { en: 'Signature on the notice', 'zh-TW': '退訂通知簽名' },
          access: serverOwned,
          admin: { readOnly: true },
        },
        {
          name: 'cancellationSignedByName',
          type: 'text',
          label: { en: 'Notice signed by', 'zh-TW': '退訂通知簽署人' },
          access: serverOwned,
          admin: { readOnly: true },
        },
        {
          name: 'supplierNotifiedBy',
          type: 'select',
          options: [
            { value: 'email', label: { en: 'E-mail (outbox)', 'zh-TW': '電郵（寄件匣）' } },
            { value: 'letter', label: { en: 'Printed letter', 'zh-TW': '列印信函' } },
          ],
          label: { en: 'Supplier told by', 'zh-TW': '通知供應商方式' },
          access: serverOwned,
          admin: { readOnly: true },
        },
        {
          name: 'supplierNotice',
          type: 'relationship',
          relationTo: 'notifications',
          label: { en: 'E-mail to the supplier', 'zh-TW': '致供應商電郵' },
          access: { ...serverOwned, read: staffOnlyField },
          admin: { readOnly: true },
        },
        stampedAt('supplierNotifiedAt', { en: 'Supplier told at', 'zh-TW': '通知供應商時間' }),
        {
          name: 'cancellationLetterSentAt',
          type: 'date',
          timezone: inEstateTimeZone,
          label: { en: 'Letter to the supplier sent at', 'zh-TW': '致供應商信函寄出時間' },
          access: { ...csWrites, read: staffOnlyField },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    estateField(),
    ...actorFields,
  ],
}
