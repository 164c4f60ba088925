import type { CollectionConfig } from 'payload'

import { adminOnly, nobody, serverKeyField, serverOwned } from '@/access'
import { assignEstate, estateAccess, estateField } from '@/access/estate'
import { estateAdmins } from '@/access/residents'
import { staffActorField, stampStaffActor } from '../../hooks/stampActor'
import { NOTIFICATION_STATUSES } from '@/domain/notifications/status'
import { previewNotificationEndpoint } from './previewEndpoint'
import { queueDelivery } from './hooks/queueDelivery'
import { inEstateTimeZone, stampEstateTimeZone } from '../../hooks/stampEstateTimeZone'

/**
 * GEN-4: the outbox. Domain code stores a message here; the `sendNotification` job delivers it
 * through nodemailer, retrying with back-off, and records the outcome for staff to see.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: {
    singular: { en: 'Email', 'zh-TW': '電郵' },
    plural: { en: 'Outbox', 'zh-TW': '寄件匣' },
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'status', 'attempts', 'updatedAt'],
    group: { en: 'Office', 'zh-TW': '管理處' },
  },
  defaultSort: '-createdAt',
  access: {
    read: estateAccess({ staff: ['admin', 'manager', 'cs'] }),
    // An admin may write a message by hand (e.g. to test mail); everything else is domain code.
    create: adminOnly,
    update: nobody,
    delete: estateAdmins,
  },
  endpoints: [previewNotificationEndpoint],
  hooks: {
    // A message sent for an estate's work is that estate's; Payload's own sign-in e-mails have none.
    beforeChange: [
      assignEstate(undefined, { optional: true }),
      stampEstateTimeZone('sentAt'),
      // The staff member whose work queued the message (or who wrote it by hand). A message a
      // resident's or a kiosk's request queues names none: the record it is about (dedupeKey)
      // keeps who did that. No polymorphic createdBy/updatedBy (see staffActorField): most
      // requests that change anything queue a message, and the delivery job updates each one.
      stampStaffActor('queuedBy'),
    ],
    afterChange: [queueDelivery],
  },
  fields: [
    {
      name: 'to',
      type: 'email',
      required: true,
      label: { en: 'Recipient', 'zh-TW': '收件人' },
    },
    {
      name: 'subject',
      type: 'text',
      required: true,
      maxLength: 300,
      label: { en: 'Subject', 'zh-TW': '主旨' },
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: 50_000,
      label: { en: 'Message', 'zh-TW': '內容' },
    },
    {
      name: 'qrCode',
      type: 'text',
      maxLength: 200,
      label: { en: 'QR code in the message', 'zh-TW': '電郵內的二維碼' },
      admin: {
        description: {
          en: 'Sent as a QR code image under the message (e.g. a mail pickup code).',
          'zh-TW': '以二維碼圖片附於電郵內容之下（例如郵件領取碼）。',
        },
      },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'queued',
      options: NOTIFICATION_STATUSES.map((value) => ({
        value,
        label: {
          queued: { en: 'Queued', 'zh-TW': '待發送' },
          sent: { en: 'Sent', 'zh-TW': '已發送' },
          failed: { en: 'Failed (retrying)', 'zh-TW': '發送失敗（重試中）' },
        }[value],
      })),
      label: { en: 'Status', 'zh-TW': '狀態' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar' },
      index: true,
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: { en: 'Attempts', 'zh-TW': '嘗試次數' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'lastError',
      type: 'text',
      label: { en: 'Last error', 'zh-TW': '最後錯誤' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'sentAt',
      type: 'date',
      timezone: inEstateTimeZone,
      label: { en: 'Sent at', 'zh-TW': '發送時間' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    // What the message is about (e.g. pass-receipt:12:a@b.example): a resumed operation that
    // queues it again finds it instead of sending twice.
    serverKeyField('dedupeKey', { unique: false }),
    estateField(),
    staffActorField('queuedBy', { en: 'Queued by', 'zh-TW': '發出職員' }),
  ],
}
