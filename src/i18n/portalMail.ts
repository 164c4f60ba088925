import type { PortalLang } from './portal'

/** The portal's mail page in both languages (GEN-3). */
const dict = {
  title: { 'zh-TW': '我的郵件', en: 'My mail' },
  navPasses: { 'zh-TW': '出入證', en: 'Passes' },
  navMail: { 'zh-TW': '郵件', en: 'Mail' },
  navLabel: { 'zh-TW': '住戶網站', en: 'Residents’ portal' },
  waitingHeading: { 'zh-TW': '待領取的郵件', en: 'Mail waiting for you' },
  noneWaiting: { 'zh-TW': '目前沒有待領取的郵件。', en: 'No mail is waiting for you.' },
  forAddressee: { 'zh-TW': '收件人：{name}', en: 'For {name}' },
  pickupCode: { 'zh-TW': '領取碼', en: 'Pickup code' },
  howToPickUp: {
    'zh-TW': '於大堂自助機出示此二維碼（或輸入領取碼），並於螢幕上簽收；亦可到管理處櫃枱領取。',
    en: 'Show this QR code at the lobby kiosk (or type the code) and sign on the screen, or collect it at the office desk.',
  },
  qrLabel: { 'zh-TW': '{name} 的郵件領取二維碼', en: 'Pickup QR code for {name}’s mail' },
  arrived: { 'zh-TW': '到達：{when}', en: 'Arrived {when}' },
  holdHeading: { 'zh-TW': '外出期間暫存郵件', en: 'Away? Hold your mail' },
  holdHelp: {
    'zh-TW': '暫存期間不會發出提醒，郵件亦不會退回寄件人。',
    en: 'While your mail is held, no reminders are sent and nothing is returned to its sender.',
  },
  holdFrom: { 'zh-TW': '由（選填，預設今日）', en: 'From (optional, today if empty)' },
  holdUntil: { 'zh-TW': '至（最後一日）', en: 'Until (last day)' },
  holdNote: { 'zh-TW': '給管理處的備註（選填）', en: 'Note for the office (optional)' },
  holdSave: { 'zh-TW': '暫存郵件', en: 'Hold my mail' },
  holdActive: { 'zh-TW': '暫存：{from} 至 {until}', en: 'Held from {from} to {until}' },
  holdEnd: { 'zh-TW': '取消暫存', en: 'End the hold' },
  authHeading: { 'zh-TW': '代領授權', en: 'Who may collect your mail' },
  authHelp: {
    'zh-TW': '只有在此登記的人，才可於授權期內代收件人領取郵件（須於自助機輸入其全名）。',
    en: 'Only a person recorded here may collect a member’s mail, until the last day given (they type their full name at the kiosk).',
  },
  authNone: { 'zh-TW': '沒有代領授權。', en: 'Nobody is authorised.' },
  authMember: { 'zh-TW': '收件人', en: 'Whose mail' },
  authDelegate: { 'zh-TW': '代領人全名', en: 'Full name of the person collecting' },
  authUntil: { 'zh-TW': '有效期至（最後一日）', en: 'Valid until (last day)' },
  authSave: { 'zh-TW': '新增授權', en: 'Add authorisation' },
  authLine: {
    'zh-TW': '{delegate} 可代 {member} 領取，至 {until}',
    en: '{delegate} may collect {member}’s mail until {until}',
  },
  authWithdrawn: { 'zh-TW': '已撤回', en: 'withdrawn' },
  authWithdraw: { 'zh-TW': '撤回', en: 'Withdraw' },
  historyHeading: { 'zh-TW': '最近領取及退回', en: 'Recently collected or returned' },
  historyNone: { 'zh-TW': '沒有記錄。', en: 'Nothing yet.' },
  pickedUpLine: {
    'zh-TW': '{when} 由 {who} 於{place}簽收',
    en: 'Signed for by {who} at the {place}, {when}',
  },
  returnedLine: {
    'zh-TW': '{when} 退回寄件人：{reason}',
    en: 'Returned to sender {when}: {reason}',
  },
  kiosk: { 'zh-TW': '大堂自助機', en: 'lobby kiosk' },
  desk: { 'zh-TW': '管理處櫃枱', en: 'office desk' },
  saved: { 'zh-TW': '已儲存。', en: 'Saved.' },
  working: { 'zh-TW': '處理中…', en: 'Working…' },
} as const

export type PortalMailKey = keyof typeof dict

export const portalMailText =
  (lang: PortalLang) =>
  (key: PortalMailKey, params: Record<string, string | number> = {}) =>
    dict[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
