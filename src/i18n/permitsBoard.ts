import type { OfficeLang } from './office'

/** Words of the work permits board (PMT-1 … PMT-4) in both languages (GEN-3). */
const dict = {
  title: { 'zh-TW': '施工許可證', en: 'Work permits' },
  inProgress: { 'zh-TW': '處理中', en: 'In progress' },
  none: { 'zh-TW': '沒有。', en: 'None.' },
  late: { 'zh-TW': '逾時報告', en: 'Late permits' },
  issued: { 'zh-TW': '最近發出', en: 'Recently issued' },
  company: { 'zh-TW': '承辦商', en: 'Company' },
  personInCharge: { 'zh-TW': '負責人', en: 'Person in charge' },
  workers: { 'zh-TW': '工人', en: 'Workers' },
  step: { 'zh-TW': '目前步驟', en: 'Step' },
  timeLeft: { 'zh-TW': '剩餘時間', en: 'Time left' },
  overdue: { 'zh-TW': '已逾時', en: 'Past the deadline' },
  receiptNumber: { 'zh-TW': '收據號碼', en: 'Receipt number' },
  validity: { 'zh-TW': '有效期', en: 'Valid' },
  validRange: { 'zh-TW': '{from}至{until}', en: '{from} – {until}' },
  printCards: { 'zh-TW': '列印證卡', en: 'Print the cards' },
  deadline: { 'zh-TW': '時限', en: 'Deadline' },
  issuedAt: { 'zh-TW': '發出時間', en: 'Issued at' },
  print: { 'zh-TW': '列印許可證卡', en: 'Print the permit cards' },
  live: { 'zh-TW': '即時更新', en: 'Live' },
  polling: { 'zh-TW': '每 5 秒更新', en: 'Updating every 5 seconds' },
  offline: {
    'zh-TW': '未能連線：顯示的資料可能不是最新。',
    en: 'Not connected: what is shown may be out of date.',
  },
  backToAdmin: { 'zh-TW': '返回管理介面', en: 'Back to the admin panel' },
  working: { 'zh-TW': '處理中…', en: 'Working…' },
  fee: { 'zh-TW': '費用', en: 'Fee' },
} as const

export const permitsBoardText =
  (lang: OfficeLang) =>
  (key: keyof typeof dict, params: Record<string, string | number> = {}) =>
    dict[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
