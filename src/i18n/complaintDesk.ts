import type { Lang } from '@/errors/catalogue'

/** The office's complaint desk and Complaint Form in both languages (GEN-3). */
const dict = {
  desk: { 'zh-TW': '投訴櫃枱', en: 'Complaints desk' },
  back: { 'zh-TW': '返回管理介面', en: 'Back to the admin panel' },
  record: { 'zh-TW': '登記投訴', en: 'Record a complaint' },
  todayHeading: { 'zh-TW': '今日收到：{n} 宗', en: 'Received today: {n}' },
  openHeading: { 'zh-TW': '處理中的投訴', en: 'Open complaints' },
  overdueCount: { 'zh-TW': '逾期未回應：{n} 宗', en: 'Overdue: {n}' },
  noneInStatus: { 'zh-TW': '沒有。', en: 'None.' },
  number: { 'zh-TW': '編號', en: 'Number' },
  unit: { 'zh-TW': '單元', en: 'Unit' },
  resident: { 'zh-TW': '住戶', en: 'Resident' },
  department: { 'zh-TW': '負責部門', en: 'Department' },
  received: { 'zh-TW': '收到時間', en: 'Received' },
  respondBy: { 'zh-TW': '回應期限', en: 'Respond by' },
  committed: { 'zh-TW': '承諾時間', en: 'Committed time' },
  problem: { 'zh-TW': '問題', en: 'Problem' },
  overdue: { 'zh-TW': '逾期', en: 'Overdue' },
  major: { 'zh-TW': '重大', en: 'Major' },
  reopened: { 'zh-TW': '重開 {n} 次', en: 'reopened {n}×' },
  printForm: { 'zh-TW': '列印投訴表', en: 'Print the Complaint Form' },
  formTitle: { 'zh-TW': '業戶投訴表', en: 'Resident Complaint Form' },
  copyManager: { 'zh-TW': '第一聯：物業經理存', en: 'Copy 1: property manager' },
  copyCs: { 'zh-TW': '第二聯：客服部存', en: 'Copy 2: customer service' },
  channel: { 'zh-TW': '投訴途徑', en: 'Received by' },
  readBack: { 'zh-TW': '已向住戶覆述', en: 'Read back to the resident' },
  confirmedOnline: { 'zh-TW': '住戶已於網上確認', en: 'Confirmed by the resident online' },
  yes: { 'zh-TW': '是', en: 'Yes' },
  no: { 'zh-TW': '否', en: 'No' },
  requested: { 'zh-TW': '住戶要求時間（僅作參考）', en: 'Time asked for (a request only)' },
  plan: { 'zh-TW': '處理方案（主管）', en: 'Plan (supervisor)' },
  status: { 'zh-TW': '狀態', en: 'Status' },
  recordedBy: { 'zh-TW': '記錄人', en: 'Recorded by' },
  supervisorSign: { 'zh-TW': '主管簽署', en: 'Supervisor’s signature' },
  managerSign: { 'zh-TW': '物業經理簽收', en: 'Property manager received' },
  date: { 'zh-TW': '日期', en: 'Date' },
  print: { 'zh-TW': '列印', en: 'Print' },
} as const

export const complaintDeskText =
  (lang: Lang) =>
  (key: keyof typeof dict, params: Record<string, string | number> = {}) =>
    dict[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
