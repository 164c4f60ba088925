import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'
import {
  assignEstate,
  estateAccess,
  estateCreateAccess,
  estateField,
  estateVersionsAccess,
} from '@/access/estate'
import { OFFICE_ROLES } from '@/access/residents'
import {
  MAIL_BATCH_STATUS_LABELS,
  MAIL_BATCH_STATUSES,
  MAIL_BATCH_WORKFLOW,
  MAIL_SOURCE_LABELS,
  MAIL_SOURCES,
} from '@/domain/mail/transitions'
import { isPositiveCount } from '@/domain/mail/rules'
import { fieldError, type FieldErrorReq } from '@/errors/refuse'
import { workflowOf } from '../../hooks/guardWorkflow'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { inEstateTimeZone, stampEstateTimeZone } from '../../hooks/stampEstateTimeZone'
import { acceptMailBatchEndpoint } from './endpoints/accept'
import { nameBatch } from './nameBatch'

export const MAIL_GROUP = { en: 'Mail', 'zh-TW': '郵件' }

/** Guards hand batches over; the office counts, signs and records their items. */
const MAIL_DESK = ['guard', ...OFFICE_ROLES] as const
const batchWorkflow = workflowOf(MAIL_BATCH_WORKFLOW, { field: 'status' })
const serverOnly = { create: () => false, update: () => false }

/**
 * MAIL-1, MAIL-2: a batch of mail handed by a guard to customer service. The guard declares how
 * many items it holds; CS counts them with the guard and signs (the accept operation,
 * `POST /api/mail-batches/:id/accept`), which keeps both numbers and refuses a mismatch
 * without a note. Batches are never deleted (GEN-2).
 */
export const MailBatches: CollectionConfig = {
  slug: 'mail-batches',
  labels: {
    singular: { en: 'Mail batch', 'zh-TW': '郵件批次' },
    plural: { en: 'Mail batches', 'zh-TW': '郵件批次' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'source', 'declaredCount', 'countedCount', 'status', 'createdAt'],
    group: MAIL_GROUP,
    description: {
      en: 'Count and sign a batch, then record its items, on the office’s mail desk (/office/mail).',
      'zh-TW': '請於管理處郵件櫃枱（/office/mail）點數簽收，並逐件登記。',
    },
  },
  defaultSort: '-createdAt',
  access: {
    read: estateAccess({ staff: MAIL_DESK }),
    create: estateCreateAccess({ staff: MAIL_DESK }),
    update: estateAccess({ staff: OFFICE_ROLES }),
    delete: nobody,
    readVersions: estateVersionsAccess({ staff: OFFICE_ROLES }),
  },
  indexes: [{ fields: ['estate', 'createdAt'] }],
  endpoints: [acceptMailBatchEndpoint],
  versions: { maxPerDoc: 20 },
  hooks: {
    beforeChange: [
      assignEstate(),
      nameBatch,
      batchWorkflow.beforeChange,
      stampEstateTimeZone('acceptedAt'),
      stampActor,
    ],
    afterChange: [batchWorkflow.afterChange],
  },
  fields: [
    {
      name: 'label',
      type: 'text',
      label: { en: 'Batch', 'zh-TW': '批次' },
      access: serverOnly,
      admin: { hidden: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'source',
          type: 'select',
          required: true,
          defaultValue: 'post-office',
          options: MAIL_SOURCES.map((value) => ({ value, label: MAIL_SOURCE_LABELS[value] })),
          label: { en: 'From', 'zh-TW': '來源' },
          access: { update: () => false },
          admin: { width: '50%' },
        },
        {
          name: 'courierName',
          type: 'text',
          maxLength: 100,
          label: { en: 'Courier', 'zh-TW': '速遞公司名稱' },
          access: { update: () => false },
          admin: { width: '50%', condition: (data) => data?.source === 'courier' },
          validate: (
            value: unknown,
            { siblingData, req }: { siblingData: Record<string, unknown>; req: FieldErrorReq },
          ) =>
            siblingData?.source === 'courier' && !(typeof value === 'string' && value.trim())
              ? fieldError(req, 'mail.courier-name-required')
              : true,
        },
      ],
    },
    {
      name: 'declaredCount',
      type: 'number',
      required: true,
      label: { en: 'Items declared by the guard', 'zh-TW': '保安申報件數' },
      access: { update: () => false },
      validate: (value: unknown, { req }: { req: FieldErrorReq }) =>
        isPositiveCount(value) ? true : fieldError(req, 'mail.count-invalid'),
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'handed-over',
      index: true,
      options: MAIL_BATCH_STATUSES.map((value) => ({
        value,
        label: MAIL_BATCH_STATUS_LABELS[value],
      })),
      label: { en: 'Status', 'zh-TW': '狀態' },
      // Written only by moves, which the workflow guard refuses with a reason through any door.
      access: { create: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    batchWorkflow.movesField,
    {
      type: 'collapsible',
      label: { en: 'Count and signature (CS)', 'zh-TW': '客服點數及簽收' },
      fields: [
        {
          name: 'countedCount',
          type: 'number',
          label: { en: 'Items counted by CS', 'zh-TW': '客服點算件數' },
          access: serverOnly,
          admin: { readOnly: true },
        },
        {
          name: 'countMismatch',
          type: 'checkbox',
          label: { en: 'Counts differ', 'zh-TW': '件數不符' },
          access: serverOnly,
          admin: { readOnly: true },
        },
        {
          name: 'discrepancyNote',
          type: 'textarea',
          label: { en: 'Note on the difference', 'zh-TW': '件數不符說明' },
          access: serverOnly,
          admin: { readOnly: true },
        },
        {
          name: 'csSignature',
          type: 'upload',
          relationTo: 'signatures',
          label: { en: 'CS signature', 'zh-TW': '客服簽名' },
          access: serverOnly,
          admin: { readOnly: true },
        },
        {
          name: 'acceptedBy',
          type: 'relationship',
          relationTo: 'users',
          label: { en: 'Counted and signed by', 'zh-TW': '點數簽收人' },
          access: serverOnly,
          admin: { readOnly: true },
        },
        {
          name: 'acceptedAt',
          type: 'date',
          timezone: inEstateTimeZone,
          label: { en: 'Signed at', 'zh-TW': '簽收時間' },
          access: serverOnly,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    estateField(),
    ...actorFields,
  ],
}
