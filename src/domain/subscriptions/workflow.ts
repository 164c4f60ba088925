import { defineWorkflow } from '@/domain/workflow/defineWorkflow'

export const SUBSCRIPTION_STATUSES = [
  'requested',
  'confirmed-by-supplier',
  'signed',
  'approved',
  'refused',
  'ordered',
  'active',
  'cancelled',
  'ended',
] as const
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number]

export const SUBSCRIPTION_STATUS_LABELS: Record<
  SubscriptionStatus,
  { en: string; 'zh-TW': string }
> = {
  requested: { en: 'Requested', 'zh-TW': '已申請' },
  'confirmed-by-supplier': { en: 'Confirmed by the supplier', 'zh-TW': '供應商已確認' },
  signed: { en: 'Letter signed', 'zh-TW': '已簽確認書' },
  approved: { en: 'Requisition approved', 'zh-TW': '請購已批准' },
  refused: { en: 'Refused', 'zh-TW': '不獲接納' },
  ordered: { en: 'Ordered', 'zh-TW': '已訂購' },
  active: { en: 'Being delivered', 'zh-TW': '派送中' },
  cancelled: { en: 'Cancelled', 'zh-TW': '已退訂' },
  ended: { en: 'Ended', 'zh-TW': '已期滿' },
}

/** Statuses whose months are charged and delivered: the order was placed with the supplier. */
export const ORDERED_STATUSES: readonly SubscriptionStatus[] = [
  'ordered',
  'active',
  'cancelled',
  'ended',
]

/**
 * SUB-1 … SUB-7 as a table. `sign` and `cancel` are the operations that carry a signed paper (the
 * confirmation letter, the cancellation notice): only they make those moves, for the resident of
 * the household or customer service at the desk. Customer service confirms with the supplier and
 * places the order; only a supervisor or the property manager decides a purchase requisition.
 * `calendar` is the daily job that starts deliveries in the first month and ends the subscription
 * after its last (customer service may record either earlier).
 */
export const SUBSCRIPTION_WORKFLOW = defineWorkflow({
  name: 'subscription',
  states: SUBSCRIPTION_STATUSES,
  labels: SUBSCRIPTION_STATUS_LABELS,
  operations: ['sign', 'cancel', 'calendar'],
  moves: [
    {
      from: 'requested',
      to: 'confirmed-by-supplier',
      by: ['cs'],
      action: { en: 'Confirmed with the supplier', 'zh-TW': '已向供應商確認' },
    },
    {
      from: 'requested',
      to: 'refused',
      by: ['cs'],
      action: { en: 'Not available from the supplier', 'zh-TW': '供應商無法供應' },
    },
    {
      from: 'confirmed-by-supplier',
      to: 'signed',
      by: ['sign'],
      refusal: 'subscription.sign-with-letter',
    },
    {
      from: 'confirmed-by-supplier',
      to: 'refused',
      by: ['cs', 'resident'],
      action: { en: 'Not taken up', 'zh-TW': '不訂閱' },
    },
    {
      from: 'signed',
      to: 'approved',
      by: ['supervisor', 'manager'],
      action: { en: 'Approve the requisition', 'zh-TW': '批准請購' },
      refusal: 'subscription.approval-role',
    },
    {
      from: 'signed',
      to: 'refused',
      by: ['supervisor', 'manager'],
      action: { en: 'Refuse the requisition', 'zh-TW': '不批准請購' },
      refusal: 'subscription.approval-role',
    },
    {
      from: 'approved',
      to: 'ordered',
      by: ['cs'],
      action: { en: 'Order placed', 'zh-TW': '已下單訂購' },
    },
    {
      from: 'ordered',
      to: 'active',
      by: ['cs', 'calendar'],
      action: { en: 'Deliveries started', 'zh-TW': '開始派送' },
    },
    {
      from: 'ordered',
      to: 'cancelled',
      by: ['cancel'],
      refusal: 'subscription.cancel-with-notice',
    },
    { from: 'active', to: 'cancelled', by: ['cancel'], refusal: 'subscription.cancel-with-notice' },
    {
      from: 'active',
      to: 'ended',
      by: ['cs', 'calendar'],
      action: { en: 'Period ended', 'zh-TW': '訂閱期滿' },
    },
  ],
})

export const SUPPLIERS = ['post-office', 'cnpiec', 'other'] as const
export type Supplier = (typeof SUPPLIERS)[number]

export const SUPPLIER_LABELS: Record<Supplier, { en: string; 'zh-TW': string }> = {
  'post-office': { en: 'Post office', 'zh-TW': '郵局' },
  cnpiec: { en: 'CNPIEC (China National Publications Import & Export)', 'zh-TW': '中國圖書進出口' },
  other: { en: 'Other supplier', 'zh-TW': '其他供應商' },
}

export const CATEGORIES = ['newspaper', 'magazine', 'other'] as const
export type Category = (typeof CATEGORIES)[number]

export const CATEGORY_LABELS: Record<Category, { en: string; 'zh-TW': string }> = {
  newspaper: { en: 'Newspapers', 'zh-TW': '報紙' },
  magazine: { en: 'Magazines', 'zh-TW': '雜誌' },
  other: { en: 'Other periodicals', 'zh-TW': '其他刊物' },
}

export const CHANNELS = ['phone', 'in-person', 'portal'] as const
export type Channel = (typeof CHANNELS)[number]

export const CHANNEL_LABELS: Record<Channel, { en: string; 'zh-TW': string }> = {
  phone: { en: 'By phone', 'zh-TW': '電話' },
  'in-person': { en: 'In person', 'zh-TW': '親臨' },
  portal: { en: 'Resident portal', 'zh-TW': '住戶網上服務' },
}

/** SUB-7: only post-office subscriptions can be cancelled; every other supplier is prepaid. */
export const isCancellable = (supplier: unknown) => supplier === 'post-office'

/** The longest period one order may cover. */
export const MAX_MONTHS = 60
