import type { CollectionConfig } from 'payload'

import { serverKeyField, serverOwned, staffOnlyField } from '@/access'
import { assignEstate, estateAccess, estateCreateAccess, estateField } from '@/access/estate'
import { PAYMENT_METHOD_LABELS, PAYMENT_METHODS } from '@/domain/payments/rules'
import { PAYMENT_TAKERS } from '@/domain/payments/recordPayment'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { inEstateTimeZone, stampEstateTimeZone } from '../../hooks/stampEstateTimeZone'
import { HOUSEHOLDS_GROUP } from '../Households'
import {
  PAYMENT_READERS,
  paymentReportEndpoint,
  recordPaymentEndpoint,
  voidPaymentEndpoint,
} from './endpoints'
import { checkPaymentInput } from './hooks/checkPaymentInput'
import { decidePayment } from './hooks/decidePayment'
import { explainPaymentConflict } from './hooks/explainPaymentConflict'
import { settlePayment } from './hooks/settlePayment'

/**
 * A payment of pass fees (PAS-3): which owed passes of a household it pays for, how much (the
 * server's sum of their fees), how, the receipt number, who took it and when. Recorded by
 * customer service or finance, through any door; never changed or deleted once recorded — a
 * mistake is voided by a supervisor with a reason (POST /api/payments/:id/void).
 */
export const Payments: CollectionConfig = {
  slug: 'payments',
  labels: {
    singular: { en: 'Payment', 'zh-TW': '繳費紀錄' },
    plural: { en: 'Payments', 'zh-TW': '繳費紀錄' },
  },
  admin: {
    useAsTitle: 'receiptNumber',
    defaultColumns: ['receiptNumber', 'household', 'amount', 'method', 'paidAt', 'recordedByName'],
    group: HOUSEHOLDS_GROUP,
    components: {
      beforeListTable: ['/src/components/admin/PaymentLinks#PaymentReportLink'],
    },
  },
  defaultSort: '-paidAt',
  access: {
    // The estate's office and finance; a resident their own household's payments (a query).
    read: estateAccess({ staff: PAYMENT_READERS, resident: { household: 'household' } }),
    create: estateCreateAccess({ staff: PAYMENT_TAKERS }),
    // A recorded payment is kept as it was: a mistake is corrected by a new record, not an edit.
    update: () => false,
    delete: () => false,
  },
  indexes: [{ fields: ['estate', 'paidAt'] }, { fields: ['estate', 'year', 'sequence'] }],
  endpoints: [recordPaymentEndpoint, paymentReportEndpoint, voidPaymentEndpoint],
  hooks: {
    beforeChange: [
      checkPaymentInput,
      assignEstate({ field: 'household', collection: 'households' }),
      decidePayment,
      stampEstateTimeZone('paidAt', 'voidedAt'),
      stampActor,
    ],
    afterChange: [settlePayment],
    afterError: [explainPaymentConflict],
  },
  fields: [
    {
      name: 'receiptLink',
      type: 'ui',
      admin: { components: { Field: '/src/components/admin/PaymentLinks#PaymentReceiptLink' } },
    },
    {
      name: 'receiptNumber',
      type: 'text',
      label: { en: 'Receipt no.', 'zh-TW': '收據編號' },
      access: serverOwned,
      admin: { readOnly: true },
    },
    {
      name: 'household',
      type: 'relationship',
      relationTo: 'households',
      required: true,
      index: true,
      label: { en: 'Household', 'zh-TW': '住戶' },
      access: { update: () => false },
    },
    {
      name: 'passes',
      type: 'relationship',
      relationTo: 'passes',
      hasMany: true,
      required: true,
      label: { en: 'Passes paid for', 'zh-TW': '繳費的出入證' },
      access: { update: () => false },
    },
    {
      type: 'row',
      fields: [
        {
          // A client may send what it expects to take; the server decides and refuses a difference.
          name: 'amount',
          type: 'number',
          min: 0,
          label: { en: 'Amount', 'zh-TW': '金額' },
          access: { update: () => false },
          admin: { width: '33%' },
        },
        {
          name: 'currency',
          type: 'text',
          label: { en: 'Currency', 'zh-TW': '貨幣' },
          access: serverOwned,
          admin: { readOnly: true, width: '33%' },
        },
        {
          name: 'method',
          type: 'select',
          required: true,
          options: PAYMENT_METHODS.map((value) => ({ value, label: PAYMENT_METHOD_LABELS[value] })),
          label: { en: 'Payment method', 'zh-TW': '付款方式' },
          access: { update: () => false },
          admin: { width: '33%' },
        },
      ],
    },
    {
      name: 'reference',
      type: 'text',
      maxLength: 100,
      label: { en: 'Reference (transfer or card slip no.)', 'zh-TW': '參考編號（轉賬或刷卡單號）' },
      access: { update: () => false },
    },
    {
      name: 'paidAt',
      type: 'date',
      timezone: inEstateTimeZone,
      index: true,
      label: { en: 'Paid at', 'zh-TW': '收款時間' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'recordedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { en: 'Received by', 'zh-TW': '經手人' },
      access: { ...serverOwned, read: staffOnlyField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // The name as printed on the receipt, kept with it: staff who may not open other staff
      // accounts still see who took the money, and a later change of name leaves receipts as issued.
      name: 'recordedByName',
      type: 'text',
      label: { en: 'Received by (name)', 'zh-TW': '經手人姓名' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'voidedAt',
      type: 'date',
      timezone: inEstateTimeZone,
      label: { en: 'Voided at', 'zh-TW': '作廢時間' },
      access: serverOwned,
      admin: {
        readOnly: true,
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        condition: (data) => Boolean(data?.voidedAt),
      },
    },
    {
      name: 'voidedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { en: 'Voided by', 'zh-TW': '作廢人' },
      access: { ...serverOwned, read: staffOnlyField },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.voidedBy) },
    },
    {
      name: 'voidReason',
      type: 'text',
      label: { en: 'Reason for voiding', 'zh-TW': '作廢原因' },
      access: serverOwned,
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => Boolean(data?.voidReason),
      },
    },
    {
      name: 'year',
      type: 'number',
      access: { ...serverOwned, read: staffOnlyField },
      admin: { hidden: true },
    },
    {
      name: 'sequence',
      type: 'number',
      access: { ...serverOwned, read: staffOnlyField },
      admin: { hidden: true },
    },
    // estate#receiptNumber, unique: no two payments of an estate share a receipt number.
    serverKeyField('receiptKey'),
    estateField(),
    ...actorFields,
  ],
}
