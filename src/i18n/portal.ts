/**
 * Every word of the resident portal, in Traditional Chinese (the office's register) and English
 * (GEN-3). Server and client components both read this file; nothing else holds portal text
 * (the subscription pages' words live in ./subscriptions and are spread in here).
 */
import { formatMoney } from '@/domain/money/formatMoney'
import { SUBSCRIPTION_PORTAL_TEXT } from './subscriptions'

export const PORTAL_LANGS = ['zh-TW', 'en'] as const
export type PortalLang = (typeof PORTAL_LANGS)[number]

export const DEFAULT_PORTAL_LANG: PortalLang = 'zh-TW'
export const PORTAL_LANG_COOKIE = 'portal-lang'

/** The choice kept in the `portal-lang` cookie; anything unknown is the default. */
export function readPortalLang(value: string | undefined | null): PortalLang {
  return (PORTAL_LANGS as readonly string[]).includes(value ?? '')
    ? (value as PortalLang)
    : DEFAULT_PORTAL_LANG
}

/** The `lang` attribute for text in that language. */
export const HTML_LANG: Record<PortalLang, string> = { 'zh-TW': 'zh-Hant-TW', en: 'en' }

/** How each language names itself on the switch. */
export const LANGUAGE_NAMES: Record<PortalLang, string> = { 'zh-TW': '中文', en: 'English' }

const formatAmount = (amount: number, lang: PortalLang, currency: string | null | undefined) =>
  formatMoney(amount, currency, lang)

function englishOrdinal(n: number) {
  const tens = n % 100
  if (tens >= 11 && tens <= 13) return `${n}th`
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`
}

/** In Chinese text a Latin-script name is set off by spaces: 為 Maria Santos 加證. */
function zhName(name: string) {
  const before = /^[A-Za-z0-9]/.test(name) ? ' ' : ''
  const after = /[A-Za-z0-9.]$/.test(name) ? ' ' : ''
  return `${before}${name}${after}`
}

const zhTW = {
  siteName: '屋苑管理處',
  estateOffice: (estate: string) => `${estate}管理處`,
  portalName: '住戶網上服務',
  skipToContent: '跳至主要內容',
  languageSwitch: '語言',
  languageSaveFailed: '未能把語言設定存入您的帳戶，只在此瀏覽器生效。',
  // Log in
  loginTitle: '登入住戶網上服務',
  loginIntro: '請輸入管理處登記的電郵地址及密碼。',
  email: '電郵地址',
  password: '密碼',
  login: '登入',
  loggingIn: '正在登入…',
  emailRequired: '請輸入電郵地址。',
  emailInvalid: '電郵地址格式不正確，例如 name@example.com。',
  passwordRequired: '請輸入密碼。',
  loginForgot: '忘記密碼或未收到邀請電郵？請致電管理處客戶服務中心，我們會重新發送設定密碼的連結。',
  // Set a password
  setPasswordTitle: '設定密碼',
  setPasswordIntro: '請為您的住戶網上服務帳戶設定新密碼。',
  newPassword: '新密碼',
  newPasswordHint: '最少 10 個字元，不可用常見密碼。',
  confirmPassword: '再次輸入新密碼',
  savePassword: '儲存密碼並登入',
  savingPassword: '正在儲存…',
  passwordTooShort: '密碼最少須有 10 個字元。',
  passwordMismatch: '兩次輸入的密碼不相同。',
  tokenMissing: '此連結不完整。請使用邀請電郵內的完整連結，或致電管理處索取新連結。',
  tokenInvalid: '此設定密碼連結無效或已過期（連結七天內有效）。請致電管理處索取新連結。',
  goToLogin: '前往登入頁',
  // Home
  homeTitle: '住戶網上服務',
  greeting: (name: string) => `${name}，您好`,
  logout: '登出',
  loggingOut: '正在登出…',
  householdHeading: '住戶資料',
  unit: '單元',
  householdStatus: '入住狀態',
  feesHeading: '應繳費用',
  feesOwed: '尚欠費用',
  feesNone: '沒有尚欠費用。',
  feesHowToPay: '請到管理處繳付；繳費後由職員登記。',
  membersHeading: '家庭成員及業戶出入證',
  membersNone: '管理處尚未登記任何家庭成員。',
  you: '本人',
  passesOf: (name: string) => `${zhName(name)}的業戶出入證`.trim(),
  passCount: (n: number) => `共 ${n} 張`,
  passesNone: '此成員暫無出入證。',
  passNumber: '證號',
  passStatus: '狀態',
  passFee: '費用',
  feePaid: '已繳',
  feeUnpaid: '未繳',
  passFree: '免費',
  qrLabel: (number: string) => `出入證 ${number} 的二維碼`,
  qrNotValid: '此證已失效，二維碼不可再用。',
  preparedNote: '入住移交時由管理處發出，簽收後生效。',
  // Extra pass (PAS-2, PAS-3)
  requestPass: '加證',
  requestPassFor: (name: string) => `為${zhName(name)}加證`,
  quoting: '正在計算費用…',
  quoteText: (ordinal: number, name: string, fee: string | null) =>
    `這是${zhName(name)}的第 ${ordinal} 張出入證；${fee ? `費用 ${fee}` : '免費'}。`,
  quoteRule: (free: number, fee: string) => `每位家庭成員免費 ${free} 張，其後每張 ${fee}。`,
  quoteRuleFree: (free: number) => `每位家庭成員免費 ${free} 張。`,
  confirmRequest: '確認加證',
  requesting: '正在申請…',
  cancel: '取消',
  requested: (number: string, fee: string | null) =>
    `已申請出入證 ${number}；${fee ? `費用 ${fee}，請到管理處繳付` : '免費'}。`,
  // Report lost (PAS-5)
  reportLost: '報失',
  reportLostFor: (number: string) => `報失出入證 ${number}`,
  reportLostConfirm: (number: string) => `確定報失出入證 ${number}？報失後此證即時失效，不能恢復。`,
  confirmReportLost: '確認報失',
  reporting: '正在報失…',
  reported: (number: string) => `出入證 ${number} 已報失。`,
  // Errors
  networkError: '未能連線到伺服器，請檢查網絡後再試。',
  unexpectedError: (status: number) => `發生錯誤（${status}），請稍後再試或致電管理處。`,
  notice: '提示',
  formatFee: (amount: number, currency?: string | null) => formatAmount(amount, 'zh-TW', currency),
  ...SUBSCRIPTION_PORTAL_TEXT['zh-TW'],
}

export type PortalText = typeof zhTW

const en: PortalText = {
  siteName: 'Estate Office',
  estateOffice: (estate: string) => `${estate} Estate Office`,
  portalName: 'Resident portal',
  skipToContent: 'Skip to main content',
  languageSwitch: 'Language',
  languageSaveFailed:
    'Your language could not be saved to your account; it applies in this browser only.',
  loginTitle: 'Sign in to the resident portal',
  loginIntro: 'Enter the e-mail address registered with the estate office and your password.',
  email: 'E-mail address',
  password: 'Password',
  login: 'Sign in',
  loggingIn: 'Signing in…',
  emailRequired: 'Enter your e-mail address.',
  emailInvalid: 'Enter an e-mail address like name@example.com.',
  passwordRequired: 'Enter your password.',
  loginForgot:
    'Forgotten your password, or no invitation e-mail? Call the estate office customer service; we will send you a new link to set one.',
  setPasswordTitle: 'Set your password',
  setPasswordIntro: 'Choose a new password for your resident portal account.',
  newPassword: 'New password',
  newPasswordHint: 'At least 10 characters; not a common password.',
  confirmPassword: 'New password again',
  savePassword: 'Save password and sign in',
  savingPassword: 'Saving…',
  passwordTooShort: 'The password must have at least 10 characters.',
  passwordMismatch: 'The two passwords are not the same.',
  tokenMissing:
    'This link is incomplete. Use the whole link from your invitation e-mail, or call the estate office for a new one.',
  tokenInvalid:
    'This link to set your password is not valid or has expired (links last 7 days). Call the estate office for a new one.',
  goToLogin: 'Go to sign-in',
  homeTitle: 'Resident portal',
  greeting: (name: string) => `Hello, ${name}`,
  logout: 'Sign out',
  loggingOut: 'Signing out…',
  householdHeading: 'Your household',
  unit: 'Unit',
  householdStatus: 'Status',
  feesHeading: 'Fees owed',
  feesOwed: 'Amount owed',
  feesNone: 'Nothing is owed.',
  feesHowToPay: 'Pay at the estate office; staff record the payment.',
  membersHeading: 'Household members and access passes',
  membersNone: 'The estate office has not registered any household members yet.',
  you: 'you',
  passesOf: (name: string) => `Access passes of ${name}`,
  passCount: (n: number) => (n === 1 ? '1 pass' : `${n} passes`),
  passesNone: 'This member has no passes yet.',
  passNumber: 'Pass number',
  passStatus: 'Status',
  passFee: 'Fee',
  feePaid: 'paid',
  feeUnpaid: 'not paid',
  passFree: 'Free of charge',
  qrLabel: (number: string) => `QR code for pass ${number}`,
  qrNotValid: 'This pass is no longer valid; its QR code cannot be used.',
  preparedNote: 'Handed over by the estate office at move-in; valid once signed for.',
  requestPass: 'Request a pass',
  requestPassFor: (name: string) => `Request a pass for ${name}`,
  quoting: 'Working out the fee…',
  quoteText: (ordinal: number, name: string, fee: string | null) =>
    `This is the ${englishOrdinal(ordinal)} pass for ${name}; ${fee ? `fee ${fee}` : 'free'}.`,
  quoteRule: (free: number, fee: string) =>
    `Each household member gets ${free} passes free; each further pass costs ${fee}.`,
  quoteRuleFree: (free: number) => `Each household member gets ${free} passes free.`,
  confirmRequest: 'Confirm request',
  requesting: 'Requesting…',
  cancel: 'Cancel',
  requested: (number: string, fee: string | null) =>
    `Pass ${number} requested; ${fee ? `fee ${fee}, payable at the estate office` : 'free'}.`,
  reportLost: 'Report lost',
  reportLostFor: (number: string) => `Report lost: pass ${number}`,
  reportLostConfirm: (number: string) =>
    `Report pass ${number} lost? It stops working at once and cannot be restored.`,
  confirmReportLost: 'Confirm: report lost',
  reporting: 'Reporting…',
  reported: (number: string) => `Pass ${number} has been reported lost.`,
  networkError: 'The server could not be reached. Check your connection and try again.',
  unexpectedError: (status: number) =>
    `Something went wrong (${status}). Try again later or call the estate office.`,
  notice: 'Notice',
  formatFee: (amount: number, currency?: string | null) => formatAmount(amount, 'en', currency),
  ...SUBSCRIPTION_PORTAL_TEXT.en,
}

export const PORTAL_TEXT: Record<PortalLang, PortalText> = { 'zh-TW': zhTW, en }

export const portalText = (lang: PortalLang): PortalText => PORTAL_TEXT[lang]
