import type { PortalLang } from './portal'

/** The portal's complaint pages in both languages (GEN-3). */
const dict = {
  navComplaints: { 'zh-TW': '報告問題', en: 'Report a problem' },
  title: { 'zh-TW': '報告問題及跟進', en: 'Problems you reported' },
  reportHeading: { 'zh-TW': '報告新問題', en: 'Report a problem' },
  reportHelp: {
    'zh-TW': '單元按您的帳戶填寫。請寫下問題；提交前會讓您再看一次並確認。',
    en: 'Your unit comes from your account. Write the problem; you will read it back and confirm before it is sent.',
  },
  problem: { 'zh-TW': '問題是甚麼？', en: 'What is the problem?' },
  problemHint: {
    'zh-TW': '例如：廚房水喉漏水，地面有積水（最多 5,000 字）',
    en: 'For example: the kitchen tap leaks and there is water on the floor (up to 5,000 characters)',
  },
  requestedTime: { 'zh-TW': '希望上門的時間（選填）', en: 'A time that suits you (optional)' },
  requestedTimeHint: {
    'zh-TW': '僅作參考：時間由主管決定後才會通知您。',
    en: 'A wish only: the supervisor decides the time, then you are told.',
  },
  photos: {
    'zh-TW': '相片（選填，最多 5 張，每張 5 MB 以內）',
    en: 'Photos (optional, up to 5, 5 MB each)',
  },
  review: { 'zh-TW': '下一步：檢查內容', en: 'Next: check what you wrote' },
  readBackHeading: { 'zh-TW': '請再看一次', en: 'Please read it back' },
  readBackIntro: { 'zh-TW': '您要報告的問題是：', en: 'This is what you are reporting:' },
  readBackTime: {
    'zh-TW': '希望時間：{when}（僅作參考）',
    en: 'Time you asked for: {when} (a wish only)',
  },
  readBackPhotos: { 'zh-TW': '附相片 {n} 張', en: '{n} photo(s) attached' },
  confirmSend: { 'zh-TW': '內容正確，提交', en: 'This is right: send it' },
  edit: { 'zh-TW': '返回修改', en: 'Go back and change it' },
  sending: { 'zh-TW': '提交中…', en: 'Sending…' },
  sent: {
    'zh-TW': '已收到您的報告，編號 {number}。確認電郵即將寄出。',
    en: 'Your report was received: number {number}. A confirmation e-mail is on its way.',
  },
  tooManyPhotos: { 'zh-TW': '最多可附 5 張相片。', en: 'Attach at most 5 photos.' },
  photoTooLarge: {
    'zh-TW': '相片「{name}」超過 5 MB。',
    en: 'The photo “{name}” is larger than 5 MB.',
  },
  listHeading: { 'zh-TW': '您報告的問題', en: 'Your reports' },
  none: { 'zh-TW': '您未有報告任何問題。', en: 'You have not reported any problem.' },
  open: { 'zh-TW': '查看進度', en: 'See progress' },
  reported: { 'zh-TW': '報告於 {when}', en: 'Reported {when}' },
  detailTitle: { 'zh-TW': '問題 {number}', en: 'Report {number}' },
  back: { 'zh-TW': '返回所有報告', en: 'Back to all reports' },
  status: { 'zh-TW': '目前狀態', en: 'Status now' },
  planHeading: { 'zh-TW': '處理方案及時間', en: 'Plan and time' },
  planPending: {
    'zh-TW': '主管正在決定處理方案及時間，決定後會通知您。',
    en: 'The supervisor is deciding the plan and the time; you will be told.',
  },
  planLine: { 'zh-TW': '處理方案：{plan}', en: 'Plan: {plan}' },
  timeLine: { 'zh-TW': '時間：{when}', en: 'Time: {when}' },
  timeReason: { 'zh-TW': '更改時間原因：{reason}', en: 'Why the time changed: {reason}' },
  timelineHeading: { 'zh-TW': '進度', en: 'Steps so far' },
  stepReceived: { 'zh-TW': '已收到', en: 'Received' },
  stepNote: { 'zh-TW': '原因：{note}', en: 'Reason: {note}' },
  acceptHeading: { 'zh-TW': '工作已完成，請驗收', en: 'The work is done: do you accept it?' },
  acceptHelp: {
    'zh-TW': '如滿意，請按「接受」。如不滿意，請寫下原因，我們會再跟進。',
    en: 'If you are satisfied, accept it. If not, say why and it will be followed up again.',
  },
  accept: { 'zh-TW': '接受，問題已解決', en: 'Accept: the problem is solved' },
  notSatisfied: { 'zh-TW': '不滿意，需再跟進', en: 'Not satisfied: follow it up' },
  reason: { 'zh-TW': '不滿意的原因', en: 'Why you are not satisfied' },
  reopened: { 'zh-TW': '已重開 {n} 次', en: 'Reopened {n} time(s)' },
  closedAccepted: { 'zh-TW': '您已接受。', en: 'You accepted the work.' },
  closedSilence: {
    'zh-TW': '未收到您的回覆，已於期限後自動完結。',
    en: 'Closed by itself after no answer from you.',
  },
  yourPhotos: { 'zh-TW': '相片', en: 'Photos' },
  photoAlt: { 'zh-TW': '問題相片 {n}', en: 'Photo {n} of the problem' },
  working: { 'zh-TW': '處理中…', en: 'Working…' },
  visitsHeading: { 'zh-TW': '上門時間', en: 'Home visit' },
  visitRebooked: { 'zh-TW': '時間已更改，原因：{reason}', en: 'The time was changed: {reason}' },
} as const

type Key = keyof typeof dict

/** The text for a key in the reader's language, with `{name}` placeholders filled. */
export const portalComplaintsText =
  (lang: PortalLang) =>
  (key: Key, params: Record<string, string | number> = {}) =>
    dict[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
