import type { Lang } from '@/errors/catalogue'

/** The Maintenance Notice and the visit sheet in both languages (GEN-3). */
const dict = {
  noticeTitle: { 'zh-TW': '維修通知單', en: 'Maintenance Notice' },
  visitTitle: { 'zh-TW': '上門跟進表', en: 'Home visit sheet' },
  back: { 'zh-TW': '返回管理介面', en: 'Back to the admin panel' },
  print: { 'zh-TW': '列印', en: 'Print' },
  complaint: { 'zh-TW': '投訴編號', en: 'Complaint' },
  unit: { 'zh-TW': '單元', en: 'Unit' },
  work: { 'zh-TW': '維修內容', en: 'Work to do' },
  scheduledAt: { 'zh-TW': '上門時間', en: 'Time' },
  delayReason: { 'zh-TW': '未能即時上門原因', en: 'Why not at once' },
  followUp: { 'zh-TW': '跟進客服', en: 'CS follow-up' },
  status: { 'zh-TW': '狀態', en: 'Status' },
  supervisor: { 'zh-TW': '主管簽署', en: 'Supervisor' },
  followUpSign: { 'zh-TW': '跟進客服簽署', en: 'CS follow-up' },
  workerSign: { 'zh-TW': '維修人員簽署', en: 'Maintenance worker' },
  notSigned: { 'zh-TW': '（未簽）', en: '(not signed)' },
  signedAt: { 'zh-TW': '簽署時間：{when}', en: 'Signed {when}' },
  signHere: { 'zh-TW': '請於下方簽名', en: 'Sign below' },
  signAs: { 'zh-TW': '以「{role}」身分簽署', en: 'Sign as “{role}”' },
  workerName: { 'zh-TW': '維修人員姓名', en: 'Worker’s name' },
  clear: { 'zh-TW': '清除', en: 'Clear' },
  sign: { 'zh-TW': '簽署', en: 'Sign' },
  signFirst: { 'zh-TW': '請先簽名。', en: 'Sign first.' },
  residentName: { 'zh-TW': '住戶姓名', en: 'Resident' },
  pronunciation: { 'zh-TW': '讀音', en: 'Say it as' },
  expected: { 'zh-TW': '預計所需時間', en: 'Expected duration' },
  minutes: { 'zh-TW': '{n} 分鐘', en: '{n} minutes' },
  parties: { 'zh-TW': '一同到場', en: 'Attending together' },
  notes: { 'zh-TW': '注意事項', en: 'What to watch for' },
  rebookings: { 'zh-TW': '重新預約', en: 'Rebookings' },
  rebookLine: {
    'zh-TW': '{from} 改為 {to}：{reason}（{told} 已通知住戶）',
    en: '{from} moved to {to}: {reason} (resident told {told})',
  },
  conduct: { 'zh-TW': '入戶守則（程序五 4–8）', en: 'Conduct in the home (procedure 五, 4–8)' },
  outcome: { 'zh-TW': '住戶驗收', en: 'Resident’s acceptance' },
  accepted: { 'zh-TW': '□ 接受　□ 不滿意，原因：', en: '□ Accepted   □ Not satisfied, because:' },
  residentSign: { 'zh-TW': '住戶簽署', en: 'Resident’s signature' },
} as const

export const noticeText =
  (lang: Lang) =>
  (key: keyof typeof dict, params: Record<string, string | number> = {}) =>
    dict[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
