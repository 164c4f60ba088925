/**
 * The words of the subscription pages (procedure 五, SUB-1 … SUB-7), in Traditional Chinese and
 * English (GEN-3). The portal's are part of `portalText` (src/i18n/portal.ts spreads them in); the
 * office's come from `subscriptionOfficeText`.
 */
import type { OfficeLang } from './office'

const zhPortal = {
  subscriptionsTitle: '報刊訂閱',
  subscriptionsLinkHint: '訂閱報紙及雜誌、簽署訂閱確認書、查看每月費用。',
  subscriptionsLead:
    '管理處客服部會先向供應商確認刊物及每月價格；您簽署確認書、主管批核後，管理處即向供應商訂購。',
  backToHome: '返回住戶網上服務',
  yourSubscriptions: '我的訂閱',
  noSubscriptions: '您尚未訂閱任何報刊。',
  subPeriod: '訂閱期',
  subMonthlyFee: '每月費用',
  subSupplier: '供應商',
  subPeriodText: (from: string, to: string, months: number) => `${from}至${to}（${months} 個月）`,
  subAwaitingOffice: '管理處正向供應商確認此刊物及價格，確認後會請您簽署確認書。',
  subSignPrompt: '供應商已確認。請細閱以下確認書，然後簽署，以授權管理處按月收費。',
  subAwaitingApproval: '您已簽署確認書，請購單正等待主管批核。',
  subApprovedNote: '請購單已獲批准，管理處即將向供應商訂購。',
  subRefusedNote: '此訂閱未獲接納。如有疑問，請聯絡管理處客服部。',
  subOrderedNote: '已向供應商訂購。',
  subCancelledNote: (last: string) => `已退訂；最後派送月份：${last}。`,
  subEndedNote: '訂閱期已滿。',
  subPrepaidNote: '此訂閱已向供應商預付，不可退訂。',
  signerName: '簽署人姓名',
  signHere: '請在框內簽名（可用手指）',
  signatureBox: '簽名框',
  clearSignature: '清除簽名',
  signLetter: '簽署確認書',
  submitting: '正在提交…',
  signatureMissing: '請先在框內簽名。',
  signerNameMissing: '請填寫簽署人姓名。',
  letterSigned: '已簽署確認書，謝謝。請購單已交主管批核。',
  declineOrder: '不訂閱',
  declineConfirm: '確定不訂閱此刊物？',
  confirmDecline: '確認不訂閱',
  declined: '已取消此訂閱申請。',
  cancelOpen: '退訂此刊物',
  cancelHeading: '退訂通知',
  cancelIntro:
    '郵局訂閱可以退訂。請選擇最後派送的月份並確認日期，然後簽署退訂通知；管理處會即時以書面通知郵局。',
  lastMonthLabel: '最後派送月份',
  confirmDates: (start: string, last: string) =>
    `本人確認此訂閱由 ${start} 開始，派送至 ${last} 為止。`,
  datesNotConfirmed: '請先確認開始及結束日期。',
  cancelSubmit: '簽署並退訂',
  cancelDone: (last: string) => `已退訂，派送至 ${last} 為止。管理處會以書面通知供應商。`,
  chargesHeading: '每月報刊費用',
  chargesOf: (month: string) => `${month}`,
  chargesNone: '此月沒有報刊費用。',
  chargesTotal: '合共',
  orderHeading: '訂閱報刊',
  orderIntro: '選擇刊物、開始月份及訂閱月數（最少 1 個月）。每月費用以供應商確認的價格為準。',
  titleLabel: '刊物',
  chooseTitle: '請選擇刊物。',
  titleOption: (title: string, price: string) => `${title}（每月 ${price}）`,
  monthsLabel: '訂閱月數',
  monthsHint: '最少 1 個月，最多 60 個月。',
  monthsInvalid: '請填寫 1 至 60 的整數月數。',
  startLabel: '開始月份',
  orderSubmit: '提交訂閱',
  orderDone: (title: string) =>
    `已提交「${title}」的訂閱。管理處向供應商確認後，會請您簽署確認書。`,
  noTitles: '管理處暫未提供可訂閱的刊物。',
  onOffer: '可訂閱的刊物',
  perMonth: (price: string) => `每月 ${price}`,
}

export type SubscriptionPortalText = typeof zhPortal

const enPortal: SubscriptionPortalText = {
  subscriptionsTitle: 'Newspapers and magazines',
  subscriptionsLinkHint:
    'Order newspapers and magazines, sign subscription letters, see monthly charges.',
  subscriptionsLead:
    'Customer service first confirms the title and its monthly price with the supplier; once you have signed the confirmation letter and a supervisor has approved it, the office places the order.',
  backToHome: 'Back to the resident portal',
  yourSubscriptions: 'Your subscriptions',
  noSubscriptions: 'You have no newspaper or magazine subscriptions.',
  subPeriod: 'Period',
  subMonthlyFee: 'Monthly fee',
  subSupplier: 'Supplier',
  subPeriodText: (from: string, to: string, months: number) =>
    `${from} to ${to} (${months} ${months === 1 ? 'month' : 'months'})`,
  subAwaitingOffice:
    'The office is confirming this title and its price with the supplier; you will then be asked to sign the confirmation letter.',
  subSignPrompt:
    'The supplier has confirmed. Read the confirmation letter below, then sign it to authorise monthly billing.',
  subAwaitingApproval:
    'You have signed the letter; the purchase requisition is waiting for a supervisor’s approval.',
  subApprovedNote: 'The requisition is approved; the office will order from the supplier.',
  subRefusedNote: 'This subscription was not taken up. Questions? Please contact customer service.',
  subOrderedNote: 'Ordered from the supplier.',
  subCancelledNote: (last: string) => `Cancelled; last month delivered: ${last}.`,
  subEndedNote: 'The period has ended.',
  subPrepaidNote: 'This subscription is paid in advance to the supplier and cannot be cancelled.',
  signerName: 'Name of the person signing',
  signHere: 'Sign in the box (a finger works)',
  signatureBox: 'Signature box',
  clearSignature: 'Clear signature',
  signLetter: 'Sign the letter',
  submitting: 'Sending…',
  signatureMissing: 'Please sign in the box first.',
  signerNameMissing: 'Enter the name of the person signing.',
  letterSigned: 'Letter signed, thank you. The requisition has gone to a supervisor for approval.',
  declineOrder: 'Do not subscribe',
  declineConfirm: 'Withdraw this order?',
  confirmDecline: 'Confirm: do not subscribe',
  declined: 'The order has been withdrawn.',
  cancelOpen: 'Cancel this subscription',
  cancelHeading: 'Cancellation notice',
  cancelIntro:
    'A post-office subscription can be cancelled. Choose the last month to be delivered, confirm the dates and sign the notice; the office tells the post office in writing at once.',
  lastMonthLabel: 'Last month delivered',
  confirmDates: (start: string, last: string) =>
    `I confirm this subscription started in ${start} and is delivered until ${last}.`,
  datesNotConfirmed: 'Confirm the start and end dates first.',
  cancelSubmit: 'Sign and cancel',
  cancelDone: (last: string) =>
    `Cancelled: delivered until ${last}. The office will tell the supplier in writing.`,
  chargesHeading: 'Monthly subscription charges',
  chargesOf: (month: string) => `${month}`,
  chargesNone: 'No subscription charges this month.',
  chargesTotal: 'Total',
  orderHeading: 'Order a newspaper or magazine',
  orderIntro:
    'Choose a title, the first month and the number of months (at least 1). The monthly fee is the price the supplier confirms.',
  titleLabel: 'Title',
  chooseTitle: 'Choose a title.',
  titleOption: (title: string, price: string) => `${title} (${price} a month)`,
  monthsLabel: 'Number of months',
  monthsHint: 'At least 1 month, at most 60.',
  monthsInvalid: 'Enter a whole number of months from 1 to 60.',
  startLabel: 'First month',
  orderSubmit: 'Send the order',
  orderDone: (title: string) =>
    `Your order for “${title}” has been sent. Once the office has confirmed it with the supplier, you will be asked to sign the confirmation letter.`,
  noTitles: 'The office offers no titles for subscription at the moment.',
  onOffer: 'Titles on offer',
  perMonth: (price: string) => `${price} a month`,
}

export const SUBSCRIPTION_PORTAL_TEXT = { 'zh-TW': zhPortal, en: enPortal }

const office = {
  registerTitle: { 'zh-TW': '報刊登記冊', en: 'Publications register' },
  registerOf: { 'zh-TW': '{month}報刊登記冊', en: 'Publications register, {month}' },
  registerHelp: {
    'zh-TW': '按類別及刊物列出本月派送的訂閱；退訂以紅框標示。',
    en: 'The month’s subscriptions by category and title; cancellations are boxed in red.',
  },
  chargesTitle: { 'zh-TW': '各單元每月報刊費用', en: 'Monthly subscription charges by unit' },
  chargesOf: { 'zh-TW': '{month}各單元報刊費用', en: 'Subscription charges by unit, {month}' },
  month: { 'zh-TW': '月份', en: 'Month' },
  show: { 'zh-TW': '顯示', en: 'Show' },
  previousMonth: { 'zh-TW': '上一個月', en: 'Previous month' },
  nextMonth: { 'zh-TW': '下一個月', en: 'Next month' },
  exportCsv: { 'zh-TW': '匯出 CSV', en: 'Export CSV' },
  toCharges: { 'zh-TW': '各單元費用', en: 'Charges by unit' },
  toRegister: { 'zh-TW': '報刊登記冊', en: 'Publications register' },
  print: { 'zh-TW': '列印', en: 'Print' },
  backToAdmin: { 'zh-TW': '返回管理介面', en: 'Back to the admin panel' },
  backToSubscription: { 'zh-TW': '返回訂閱記錄', en: 'Back to the subscription' },
  unit: { 'zh-TW': '單元', en: 'Unit' },
  title: { 'zh-TW': '刊物', en: 'Title' },
  supplier: { 'zh-TW': '供應商', en: 'Supplier' },
  period: { 'zh-TW': '訂閱期', en: 'Period' },
  months: { 'zh-TW': '月數', en: 'Months' },
  monthlyFee: { 'zh-TW': '每月費用', en: 'Monthly fee' },
  status: { 'zh-TW': '狀態', en: 'Status' },
  note: { 'zh-TW': '備註', en: 'Note' },
  copies: { 'zh-TW': '份數', en: 'Copies' },
  total: { 'zh-TW': '合共', en: 'Total' },
  units: { 'zh-TW': '本月派送 {n} 個單元。', en: 'Delivered to {n} units this month.' },
  deliveredTo: { 'zh-TW': '派送 {n} 戶', en: 'to {n} units' },
  nothingThisMonth: { 'zh-TW': '此月沒有訂閱。', en: 'No subscriptions this month.' },
  markLastMonth: {
    'zh-TW': '已退訂：本月為最後派送月（{date} 收到退訂通知）',
    en: 'CANCELLED: last month delivered (notice of {date})',
  },
  markStopped: {
    'zh-TW': '已退訂：本月停止派送（最後派送 {last}）',
    en: 'CANCELLED: not delivered this month (last month {last})',
  },
  markTaken: {
    'zh-TW': '本月收到退訂通知（派送至 {last}）',
    en: 'CANCELLATION NOTICE this month (delivered until {last})',
  },
  papersTitle: { 'zh-TW': '報刊訂閱文件', en: 'Subscription papers' },
  requisition: { 'zh-TW': '請購單', en: 'Purchase requisition' },
  requestedVia: { 'zh-TW': '訂閱方式', en: 'Ordered' },
  requestedAt: { 'zh-TW': '申請時間', en: 'Requested at' },
  supplierConfirmed: { 'zh-TW': '向供應商確認', en: 'Confirmed with the supplier' },
  decision: { 'zh-TW': '主管／經理批核', en: 'Supervisor’s or manager’s decision' },
  order: { 'zh-TW': '向供應商訂購', en: 'Order with the supplier' },
  quantityConfirmation: {
    'zh-TW': '書面確認數量（中國圖書進出口）',
    en: 'Written confirmation of quantity (CNPIEC)',
  },
  by: { 'zh-TW': '經手人', en: 'By' },
  at: { 'zh-TW': '時間', en: 'At' },
  notYet: { 'zh-TW': '尚未', en: 'Not yet' },
  letter: { 'zh-TW': '訂閱確認書', en: 'Confirmation letter' },
  signedBy: { 'zh-TW': '簽署人', en: 'Signed by' },
  signedAt: { 'zh-TW': '簽署時間', en: 'Signed at' },
  signature: { 'zh-TW': '業戶簽名', en: 'Resident’s signature' },
  date: { 'zh-TW': '日期', en: 'Date' },
  cancellation: { 'zh-TW': '退訂通知', en: 'Cancellation notice' },
  lastMonth: { 'zh-TW': '最後派送月份', en: 'Last month delivered' },
  supplierLetter: { 'zh-TW': '致供應商退訂信函', en: 'Letter to the supplier' },
  notifiedByEmail: {
    'zh-TW': '已於 {at} 經寄件匣電郵通知供應商（{to}）。',
    en: 'The supplier was e-mailed through the outbox at {at} ({to}).',
  },
  letterSentAt: { 'zh-TW': '信函已於 {at} 寄出。', en: 'The letter was sent at {at}.' },
  letterNotSent: {
    'zh-TW': '供應商沒有電郵地址：請列印此信函寄出，然後登記寄出時間。',
    en: 'The supplier has no e-mail address: print this letter, send it, then record when it was sent.',
  },
  recordLetterSent: { 'zh-TW': '登記信函已寄出', en: 'Record the letter as sent' },
  deskSignTitle: {
    'zh-TW': '業戶簽署訂閱確認書',
    en: 'The resident signs the confirmation letter',
  },
  deskSignHelp: {
    'zh-TW': '請業戶細閱確認書（訂閱期、每月費用、最少 1 個月、退訂規則），然後在下方簽名。',
    en: 'Ask the resident to read the letter (period, monthly fee, one-month minimum, cancellation rules), then sign below.',
  },
  deskCancelTitle: {
    'zh-TW': '退訂：業戶簽署退訂通知',
    en: 'Cancel: the resident signs the notice',
  },
  notAwaitingSignature: {
    'zh-TW': '此訂閱並非等待簽署確認書。',
    en: 'This subscription is not waiting for its letter to be signed.',
  },
  viewPapers: { 'zh-TW': '查看及列印文件', en: 'View and print the papers' },
} as const

export type SubscriptionOfficeKey = keyof typeof office

export const subscriptionOfficeText =
  (lang: OfficeLang) =>
  (key: SubscriptionOfficeKey, params: Record<string, string | number> = {}) =>
    office[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
