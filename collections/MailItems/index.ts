import type { CollectionConfig } from 'payload'

import { nobody, serverKeyField, serverOwned, staffOnlyField } from '@/access'
import { assignEstate, estateAccess, estateCreateAccess, estateField } from '@/access/estate'
import { OFFICE_ROLES } from '@/access/residents'
import {
  MAIL_ITEM_STATUS_LABELS,
  MAIL_ITEM_STATUSES,
  MAIL_ITEM_WORKFLOW,
  MAIL_KIND_LABELS,
  MAIL_KINDS,
} from '@/domain/mail/transitions'
import { workflowOf } from '../../hooks/guardWorkflow'
import { staffActorField, stampStaffActor } from '../../hooks/stampActor'
import { inEstateTimeZone, stampEstateTimeZone } from '../../hooks/stampEstateTimeZone'
import { MAIL_GROUP } from '../MailBatches'
import { lookupMailEndpoint } from './endpoints/lookup'
import { pickupMailEndpoint } from './endpoints/pickup'
import { checkMailItem } from './hooks/checkMailItem'
import { queueMailNotice } from './hooks/queueMailNotice'
import { recordItemEdits } from './hooks/recordItemEdits'

const itemWorkflow = workflowOf(MAIL_ITEM_WORKFLOW, { field: 'status', household: 'household' })
const serverOnly = { create: () => false, update: () => false }
const readOnly = { readOnly: true }
const locked = { update: () => false }

/**
 * MAIL-3 … MAIL-6: each item of a batch, against its addressee (a unit, then a member or a name).
 * CS records items; the addressee is told by e-mail with a pickup QR code and short code; the
 * item is picked up once (the pickup operation, with the addressee's or a delegate's signature)
 * or returned to sender with a reason. A household reads its own items; kiosks read none
 * (they see only what a pickup code shows them).
 */
export const MailItems: CollectionConfig = {
  slug: 'mail-items',
  labels: {
    singular: { en: 'Mail item', 'zh-TW': '郵件' },
    plural: { en: 'Mail items', 'zh-TW': '郵件' },
  },
  admin: {
    useAsTitle: 'addressee',
    defaultColumns: ['addressee', 'household', 'kind', 'location', 'status', 'createdAt'],
    group: MAIL_GROUP,
    listSearchableFields: ['addressee', 'trackingNumber'],
  },
  defaultSort: '-createdAt',
  // Items are recorded and moved by operations, rarely edited by hand: no admin edit locks, which
  // every update (each pickup) would otherwise look up and clear.
  lockDocuments: false,
  access: {
    // Addressees' names are personal: the office and the household itself, not every staff role.
    read: estateAccess({ staff: OFFICE_ROLES, resident: { household: 'household' } }),
    create: estateCreateAccess({ staff: OFFICE_ROLES }),
    update: estateAccess({ staff: OFFICE_ROLES }),
    delete: nobody,
  },
  indexes: [
    { fields: ['estate', 'pickupCode'] },
    { fields: ['household', 'status'] },
    { fields: ['estate', 'status', 'createdAt'] },
    { fields: ['batch', 'status'] },
  ],
  endpoints: [lookupMailEndpoint, pickupMailEndpoint],
  // No versions: every pickup and every new item would also write a version row (and prune old
  // ones). Who did what and when is kept without them (GEN-2): recordedBy/createdAt, the record
  // of moves, the pickup's own fields, and recordItemEdits for later corrections.
  // Nor the polymorphic createdBy/updatedBy of other collections (see staffActorField): who
  // recorded an item is always staff, and every later change names its author in the record of
  // changes. The kiosk's pickup and the desk's recording are the estate's busiest writes.
  hooks: {
    beforeChange: [
      // The unit is kept for the addressee's e-mail (queueMailNotice): one read of the household.
      assignEstate({ field: 'household', collection: 'households', keep: ['unit'] }),
      checkMailItem,
      itemWorkflow.beforeChange,
      stampEstateTimeZone('pickedUpAt', 'returnedAt'),
      stampStaffActor('recordedBy'),
    ],
    afterChange: [itemWorkflow.afterChange, recordItemEdits, queueMailNotice],
  },
  fields: [
    {
      name: 'statusActions',
      type: 'ui',
      admin: { components: { Field: '/src/components/admin/WorkflowMoves#MailItemWorkflowMoves' } },
    },
    {
      name: 'batch',
      type: 'relationship',
      relationTo: 'mail-batches',
      required: true,
      label: { en: 'Batch', 'zh-TW': '批次' },
      access: { ...locked, read: staffOnlyField },
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
          access: locked,
          admin: { width: '50%' },
        },
        {
          name: 'member',
          type: 'relationship',
          relationTo: 'members',
          label: { en: 'Addressee (member)', 'zh-TW': '收件人（住戶成員）' },
          admin: { width: '50%' },
          // The rule (a member of the unit) is checkMailItem's, with a coded refusal, checked when
          // the member changes; Payload's own filterOptions check would read the member again on
          // every write. filterOptions stays for the admin's choices.
          validate: () => true as const,
          filterOptions: ({ siblingData }) => {
            const household = (siblingData as { household?: unknown })?.household
            return household ? { household: { equals: household } } : false
          },
        },
      ],
    },
    {
      name: 'addressee',
      type: 'text',
      maxLength: 100,
      label: { en: 'Addressee (name on the item)', 'zh-TW': '收件人姓名' },
      admin: {
        description: {
          en: 'Taken from the member when left empty.',
          'zh-TW': '如留空，按所選成員填寫。',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'letter',
          options: MAIL_KINDS.map((value) => ({ value, label: MAIL_KIND_LABELS[value] })),
          label: { en: 'Kind', 'zh-TW': '類別' },
          admin: { width: '33%' },
        },
        {
          name: 'trackingNumber',
          type: 'text',
          maxLength: 60,
          label: { en: 'Tracking number', 'zh-TW': '追蹤編號' },
          admin: { width: '33%' },
        },
        {
          name: 'location',
          type: 'text',
          maxLength: 40,
          label: { en: 'Shelf or locker', 'zh-TW': '存放位置（架／櫃）' },
          admin: { width: '33%' },
        },
      ],
    },
    {
      name: 'photo',
      type: 'upload',
      relationTo: 'mail-photos',
      label: { en: 'Photo', 'zh-TW': '相片' },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'waiting',
      options: MAIL_ITEM_STATUSES.map((value) => ({
        value,
        label: MAIL_ITEM_STATUS_LABELS[value],
      })),
      label: { en: 'Status', 'zh-TW': '狀態' },
      access: { create: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    itemWorkflow.movesField,
    {
      name: 'pickupCode',
      type: 'text',
      label: { en: 'Pickup code', 'zh-TW': '領取碼' },
      access: serverOnly,
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      type: 'collapsible',
      label: { en: 'Pickup', 'zh-TW': '領取' },
      admin: { condition: (data) => data?.status === 'picked-up' },
      fields: [
        {
          name: 'pickedUpAt',
          type: 'date',
          timezone: inEstateTimeZone,
          label: { en: 'Picked up at', 'zh-TW': '領取時間' },
          access: serverOnly,
          admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'pickedUpBy',
          type: 'text',
          label: { en: 'Signed by', 'zh-TW': '簽收人' },
          access: serverOnly,
          admin: readOnly,
        },
        {
          name: 'delegate',
          type: 'relationship',
          relationTo: 'mail-authorisations',
          label: { en: 'Collected with authorisation', 'zh-TW': '代領授權' },
          access: serverOnly,
          admin: readOnly,
        },
        {
          name: 'pickupSignature',
          type: 'upload',
          relationTo: 'signatures',
          label: { en: 'Signature', 'zh-TW': '簽名' },
          access: serverOnly,
          admin: readOnly,
        },
        {
          name: 'pickupPlace',
          type: 'select',
          options: [
            { value: 'kiosk', label: { en: 'Lobby kiosk', 'zh-TW': '大堂自助機' } },
            { value: 'desk', label: { en: 'Office desk', 'zh-TW': '管理處櫃枱' } },
          ],
          label: { en: 'Where', 'zh-TW': '領取地點' },
          access: serverOnly,
          admin: readOnly,
        },
        {
          name: 'pickupKiosk',
          type: 'relationship',
          relationTo: 'kiosks',
          label: { en: 'Kiosk', 'zh-TW': '自助機' },
          access: { ...serverOnly, read: staffOnlyField },
          admin: readOnly,
        },
        {
          name: 'pickupWitness',
          type: 'relationship',
          relationTo: 'users',
          label: { en: 'Handed over by (desk)', 'zh-TW': '櫃枱經手人' },
          access: { ...serverOnly, read: staffOnlyField },
          admin: readOnly,
        },
      ],
    },
    {
      type: 'collapsible',
      label: { en: 'Returned to sender', 'zh-TW': '退回寄件人' },
      fields: [
        {
          name: 'returnReason',
          type: 'textarea',
          maxLength: 500,
          label: { en: 'Reason for returning', 'zh-TW': '退回原因' },
          admin: {
            description: {
              en: 'Needed to return an item to its sender.',
              'zh-TW': '退回郵件時必須填寫。',
            },
          },
        },
        {
          name: 'returnedAt',
          type: 'date',
          timezone: inEstateTimeZone,
          label: { en: 'Returned at', 'zh-TW': '退回日期' },
          access: serverOnly,
          admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'remindedAt',
      type: 'date',
      label: { en: 'Last reminded', 'zh-TW': '最後提醒' },
      access: serverOwned,
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'reminders',
      type: 'number',
      defaultValue: 0,
      label: { en: 'Reminders sent', 'zh-TW': '已提醒次數' },
      access: serverOwned,
      admin: { ...readOnly, position: 'sidebar' },
    },
    // The Idempotency-Key of the pickup that took the item: a retry gets the same answer.
    serverKeyField('pickupKey', { unique: false }),
    estateField(),
    staffActorField('recordedBy', { en: 'Recorded by', 'zh-TW': '登記者' }),
  ],
}
