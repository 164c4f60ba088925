/** Words of the payment pages, the payment receipt (paper and e-mail) and the report (GEN-3). */
export type PaymentsLang = 'zh-TW' | 'en'

const dict = {
  payTitle: { 'zh-TW': '收取出入證費用', en: 'Take payment for passes' },
  payHelp: {
    'zh-TW': '勾選業戶現在繳付的出入證，選擇付款方式，然後確認。金額由系統計算。',
    en: 'Tick the passes the resident is paying for now, choose how they pay, then confirm. The system works out the amount.',
  },
  household: { 'zh-TW': '住戶', en: 'Household' },
  unit: { 'zh-TW': '單元', en: 'Unit' },
  owed: { 'zh-TW': '尚欠費用', en: 'Fees owed' },
  nothingOwed: { 'zh-TW': '此住戶沒有尚欠的出入證費用。', en: 'This household owes no pass fees.' },
  pay: { 'zh-TW': '繳付', en: 'Pay' },
  payFor: { 'zh-TW': '繳付出入證 {number} 的費用', en: 'Pay the fee of pass {number}' },
  passNumber: { 'zh-TW': '證號', en: 'Pass no.' },
  member: { 'zh-TW': '成員', en: 'Member' },
  fee: { 'zh-TW': '費用', en: 'Fee' },
  method: { 'zh-TW': '付款方式', en: 'Payment method' },
  reference: {
    'zh-TW': '參考編號（選填，如轉賬或刷卡單號）',
    en: 'Reference (optional, e.g. transfer or card slip no.)',
  },
  referenceShort: { 'zh-TW': '參考編號', en: 'Reference' },
  total: { 'zh-TW': '合計', en: 'Total' },
  confirm: { 'zh-TW': '確認收款', en: 'Confirm payment' },
  working: { 'zh-TW': '處理中…', en: 'Working…' },
  chooseOne: { 'zh-TW': '請選擇最少一張出入證。', en: 'Choose at least one pass.' },
  recorded: { 'zh-TW': '已收款，收據編號 {number}。', en: 'Payment recorded: receipt {number}.' },
  printReceipt: { 'zh-TW': '列印收據', en: 'Print the receipt' },
  paidBefore: { 'zh-TW': '此住戶的付款紀錄', en: 'This household’s payments' },
  noPayments: { 'zh-TW': '尚未有付款紀錄。', en: 'No payments yet.' },
  backToHousehold: { 'zh-TW': '返回住戶', en: 'Back to the household' },
  backToAdmin: { 'zh-TW': '返回管理介面', en: 'Back to the admin panel' },
  receiptTitle: { 'zh-TW': '出入證費用收據', en: 'Payment receipt — access pass fees' },
  receiptNumber: { 'zh-TW': '收據編號', en: 'Receipt no.' },
  paidAt: { 'zh-TW': '收款日期', en: 'Date' },
  receivedFrom: { 'zh-TW': '繳款住戶', en: 'Received from' },
  recordedBy: { 'zh-TW': '經手人', en: 'Received by' },
  print: { 'zh-TW': '列印', en: 'Print' },
  estateOffice: { 'zh-TW': '{estate}管理處', en: '{estate} Estate Office' },
  receiptFoot: {
    'zh-TW': '此收據由系統發出，收據編號可於管理處查核。',
    en: 'This receipt was issued by the estate office’s system; the office can confirm it by its number.',
  },
  emailSubject: { 'zh-TW': '出入證費用收據 {number}', en: 'Payment receipt {number}' },
  emailQuestions: {
    'zh-TW': '如有疑問，請聯絡客服部。',
    en: 'Questions? Please contact customer service.',
  },
  reportTitle: { 'zh-TW': '出入證費用報表', en: 'Pass fees report' },
  reportLink: { 'zh-TW': '出入證費用報表', en: 'Pass fees report' },
  from: { 'zh-TW': '由', en: 'From' },
  to: { 'zh-TW': '至', en: 'To' },
  show: { 'zh-TW': '顯示', en: 'Show' },
  outstanding: { 'zh-TW': '各住戶尚欠費用', en: 'Outstanding fees by household' },
  outstandingNone: { 'zh-TW': '沒有尚欠的費用。', en: 'No fees are outstanding.' },
  passes: { 'zh-TW': '出入證', en: 'Passes' },
  amountOwed: { 'zh-TW': '欠款', en: 'Amount owed' },
  perDay: { 'zh-TW': '每日收款', en: 'Payments per day' },
  rangeTo: { 'zh-TW': '至', en: 'to' },
  perDayNone: { 'zh-TW': '此期間沒有收款。', en: 'No payments in these days.' },
  day: { 'zh-TW': '日期', en: 'Date' },
  count: { 'zh-TW': '筆數', en: 'Payments' },
  amount: { 'zh-TW': '金額', en: 'Amount' },
  downloadCsv: { 'zh-TW': '下載 CSV', en: 'Download CSV' },
  takePayment: { 'zh-TW': '收取費用', en: 'Take payment' },
  voided: { 'zh-TW': '已作廢', en: 'VOID' },
  voidedNote: {
    'zh-TW': '此收據已於 {at} 作廢，原因：{reason}。相關出入證須重新繳費。',
    en: 'This receipt was voided on {at}. Reason: {reason}. Its passes are owed again.',
  },
  voidTitle: { 'zh-TW': '作廢此繳費紀錄', en: 'Void this payment' },
  voidHelp: {
    'zh-TW': '只用於更正錯誤記錄的付款。作廢後，相關出入證須重新繳費。',
    en: 'Only to correct a payment recorded by mistake. Its passes will be owed again.',
  },
  voidReason: { 'zh-TW': '作廢原因', en: 'Reason for voiding' },
  voidConfirm: { 'zh-TW': '確認作廢', en: 'Void the payment' },
  notFoundTitle: { 'zh-TW': '找不到此頁', en: 'Page not found' },
} as const

export type PaymentsKey = keyof typeof dict

export const paymentsText =
  (lang: PaymentsLang) =>
  (key: PaymentsKey, params: Record<string, string | number> = {}) =>
    dict[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
