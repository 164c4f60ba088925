import type { PortalLang } from './portal'

/** The portal's visitors page in both languages (GEN-3). */
const dict = {
  title: { 'zh-TW': '訪客', en: 'Visitors' },
  navVisitors: { 'zh-TW': '訪客', en: 'Visitors' },
  atGate: { 'zh-TW': '在大門等候的訪客', en: 'Visitors waiting at the gate' },
  noneAtGate: {
    'zh-TW': '目前沒有訪客在大門等候。此頁每 3 秒自動更新。',
    en: 'Nobody is waiting at the gate for you. This page updates every 3 seconds.',
  },
  live: { 'zh-TW': '此頁每 3 秒自動更新。', en: 'This page updates every 3 seconds.' },
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
} as const

export type PortalVisitorsKey = keyof typeof dict

export const portalVisitorsText =
  (lang: PortalLang) =>
  (key: PortalVisitorsKey, params: Record<string, string | number> = {}) =>
    dict[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
