import { defineWorkflow } from '@/domain/workflow/defineWorkflow'

export const MAIL_SOURCES = ['post-office', 'courier'] as const
export const MAIL_SOURCE_LABELS = {
  'post-office': { en: 'Post office', 'zh-TW': '郵局' },
  courier: { en: 'Courier', 'zh-TW': '速遞公司' },
} as const

export const MAIL_KINDS = ['letter', 'registered', 'parcel'] as const
export const MAIL_KIND_LABELS = {
  letter: { en: 'Letter', 'zh-TW': '平信' },
  registered: { en: 'Registered mail', 'zh-TW': '掛號信' },
  parcel: { en: 'Parcel', 'zh-TW': '包裹' },
} as const

export const MAIL_BATCH_STATUSES = ['handed-over', 'accepted'] as const
export type MailBatchStatus = (typeof MAIL_BATCH_STATUSES)[number]
export const MAIL_BATCH_STATUS_LABELS = {
  'handed-over': { en: 'Handed over, not yet counted', 'zh-TW': '已交客服，待點數' },
  accepted: { en: 'Counted and signed', 'zh-TW': '已點數簽收' },
} as const

/**
 * MAIL-1, MAIL-2: a guard hands a batch to CS (`handed-over`); it is accepted only by the
 * count-and-sign operation, which keeps both numbers and CS's signature and refuses a mismatch
 * without a note. A plain status change cannot skip the count.
 */
export const MAIL_BATCH_WORKFLOW = defineWorkflow({
  name: 'mail-batch',
  states: MAIL_BATCH_STATUSES,
  labels: MAIL_BATCH_STATUS_LABELS,
  operations: ['accept-batch'],
  moves: [
    {
      from: 'handed-over',
      to: 'accepted',
      by: ['accept-batch'],
      refusal: 'mail.batch-accept-needs-count',
    },
  ],
})

export const MAIL_ITEM_STATUSES = ['waiting', 'picked-up', 'returned'] as const
export type MailItemStatus = (typeof MAIL_ITEM_STATUSES)[number]
export const MAIL_ITEM_STATUS_LABELS = {
  waiting: { en: 'Waiting for pickup', 'zh-TW': '待領取' },
  'picked-up': { en: 'Picked up', 'zh-TW': '已領取' },
  returned: { en: 'Returned to sender', 'zh-TW': '已退回寄件人' },
} as const

/**
 * MAIL-4, MAIL-5, MAIL-6: an item leaves `waiting` once, either picked up (only by the pickup
 * operation, which needs the addressee's signature) or returned to sender by the office, with a
 * reason. Both are final.
 */
export const MAIL_ITEM_WORKFLOW = defineWorkflow({
  name: 'mail-item',
  states: MAIL_ITEM_STATUSES,
  labels: MAIL_ITEM_STATUS_LABELS,
  operations: ['pickup'],
  moves: [
    { from: 'waiting', to: 'picked-up', by: ['pickup'], refusal: 'mail.pickup-needs-signature' },
    {
      from: 'waiting',
      to: 'returned',
      by: ['office'],
      action: { en: 'Return to sender', 'zh-TW': '退回寄件人' },
    },
  ],
})
