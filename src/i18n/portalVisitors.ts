import type { PortalLang } from './portal'

/** The portal's visitors page in both languages (GEN-3). */
const dict = {
  title: { 'zh-TW': '訪客', en: 'Visitors' },
  navVisitors: { 'zh-TW': '訪客', en: 'Visitors' },
  atGate: { 'zh-TW': '在大門等候的訪客', en: 'Visitors waiting at the gate' },
  noneAtGate: { 'zh-TW': '目前沒有訪客在大門等候。', en: 'Nobody is waiting at the gate for you.' },
  live: {
    'zh-TW': '此頁即時更新：訪客一到即會顯示。',
    en: 'This page updates live: a visitor shows here as soon as they ask.',
  },
  polling: { 'zh-TW': '此頁每 3 秒自動更新。', en: 'This page updates every 3 seconds.' },
  asking: {
    'zh-TW': '{surname}{org}{plate} 正在大門要求探訪你的單元，自 {since} 起等候。',
    en: '{surname}{org}{plate} is at the gate asking to visit your unit, waiting since {since}.',
  },
  answerHelp: {
    'zh-TW': '你的回覆會即時通知大門保安，並記錄為「住戶於住戶網站確認」。',
    en: 'Your answer goes to the guard at once and is recorded as “confirmed by the resident in the portal”.',
  },
  recent: { 'zh-TW': '最近的訪客', en: 'Recent visitors' },
  noneRecent: { 'zh-TW': '沒有記錄。', en: 'None.' },
  visitor: { 'zh-TW': '訪客', en: 'Visitor' },
  arrived: { 'zh-TW': '到達', en: 'Arrived' },
  status: { 'zh-TW': '狀態', en: 'Status' },
  confirmedBy: { 'zh-TW': '確認人', en: 'Confirmed by' },
  offline: {
    'zh-TW': '未能連線：顯示的資料可能不是最新。',
    en: 'Not connected: what is shown may be out of date.',
  },
  passesHeading: { 'zh-TW': '訪客通行證', en: 'Visitor passes' },
  passesHelp: {
    'zh-TW': '預先登記訪客：訪客於大門或大堂自助機出示二維碼即可進入，毋須管理處致電確認。',
    en: 'Register a visitor ahead: they show the QR code at the gate or the lobby kiosk and come in with no call from the office.',
  },
  newPass: { 'zh-TW': '登記預約訪客', en: 'Register an expected visitor' },
  visitorName: { 'zh-TW': '訪客姓名', en: 'Visitor’s name' },
  validFrom: { 'zh-TW': '由（日期時間）', en: 'From (date and time)' },
  validUntil: { 'zh-TW': '至（日期時間，最長 7 日）', en: 'Until (date and time, at most 7 days)' },
  maxUses: { 'zh-TW': '可使用次數', en: 'Number of uses' },
  maxUsesHint: {
    'zh-TW': '1 次即單次進入；多次可用於數日的到訪。',
    en: '1 for a single entry; more for a visit over several days.',
  },
  create: { 'zh-TW': '建立通行證', en: 'Create the pass' },
  working: { 'zh-TW': '處理中…', en: 'Working…' },
  noPasses: { 'zh-TW': '尚未有訪客通行證。', en: 'No visitor passes yet.' },
  window: { 'zh-TW': '{from} 至 {until}', en: '{from} to {until}' },
  uses: { 'zh-TW': '已使用 {n} / {max} 次', en: 'Used {n} of {max}' },
  shareLink: { 'zh-TW': '分享連結', en: 'Share link' },
  shareHelp: {
    'zh-TW': '把此連結傳給訪客：連結頁面顯示二維碼、有效時間及屋苑名稱，不含你的個人資料。',
    en: 'Send this link to your visitor: it shows the QR code, the window and the estate’s name, none of your personal data.',
  },
  revoke: { 'zh-TW': '取消通行證', en: 'Cancel the pass' },
  qrLabel: { 'zh-TW': '{name} 的訪客通行證二維碼', en: 'Visitor pass QR code for {name}' },
  'state-active': { 'zh-TW': '有效', en: 'Valid' },
  'state-revoked': { 'zh-TW': '已取消', en: 'Cancelled' },
  'state-expired': { 'zh-TW': '已過期', en: 'Expired' },
  'state-used-up': { 'zh-TW': '已用完', en: 'Used up' },
  'state-not-yet-valid': { 'zh-TW': '未生效', en: 'Not valid yet' },
  'state-off-hours': { 'zh-TW': '不在可用時段', en: 'Outside its days and hours' },
  'state-hours-over': { 'zh-TW': '已過期', en: 'Expired' },
  kind: { 'zh-TW': '通行證類別', en: 'Kind of pass' },
  kindOnce: { 'zh-TW': '單次／數日到訪', en: 'One visit (up to 7 days)' },
  kindWeekly: {
    'zh-TW': '每星期定期到訪（如清潔工，最長 3 個月）',
    en: 'Every week (e.g. a cleaner, up to 3 months)',
  },
  days: { 'zh-TW': '星期', en: 'Days of the week' },
  dailyFrom: { 'zh-TW': '每日由（時間）', en: 'Each day from (time)' },
  dailyUntil: { 'zh-TW': '每日至（時間）', en: 'Each day until (time)' },
  firstDay: { 'zh-TW': '第一日', en: 'First day' },
  lastDay: { 'zh-TW': '最後一日（最長 3 個月）', en: 'Last day (at most 3 months on)' },
  maxUsesDaily: { 'zh-TW': '每日可使用次數', en: 'Uses each day' },
  maxUsesDailyHint: {
    'zh-TW': '每個到訪日可進入的次數，通常為 1。',
    en: 'How many entries on each visit day; usually 1.',
  },
  schedule: { 'zh-TW': '時段：{schedule}（屋苑時間）', en: 'When: {schedule} (estate time)' },
  usesToday: {
    'zh-TW': '每日可使用 {max} 次，共已使用 {n} 次',
    en: '{max} a day; used {n} in all',
  },
  publicTitle: { 'zh-TW': '訪客通行證', en: 'Visitor pass' },
  publicHelp: {
    'zh-TW': '到達時，請在大門或大堂自助機出示此二維碼。',
    en: 'When you arrive, show this QR code at the gate or the lobby kiosk.',
  },
  publicNotValid: {
    'zh-TW': '此通行證目前不能使用：{state}。',
    en: 'This pass cannot be used now: {state}.',
  },
  publicQr: { 'zh-TW': '訪客通行證二維碼', en: 'Visitor pass QR code' },
} as const

export type PortalVisitorsKey = keyof typeof dict

export const portalVisitorsText =
  (lang: PortalLang) =>
  (key: PortalVisitorsKey, params: Record<string, string | number> = {}) =>
    dict[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
