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
  officeSuffix: '管理處',
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
  loginForgot: '未收到邀請電郵？請致電管理處客戶服務中心，我們會重新發送設定密碼的連結。',
  forgotLink: '忘記密碼？',
  signedOut: '您已登出。',
  // Forgot password
  forgotTitle: '忘記密碼',
  forgotIntro: '請輸入您在管理處登記的電郵地址，我們會把設定新密碼的連結發送到該地址。',
  forgotSend: '發送連結',
  forgotSending: '正在發送…',
  forgotSent: (email: string) =>
    `如 ${email} 是住戶網上服務帳戶的電郵地址，設定新密碼的連結已發送到該地址。連結只可使用一次，60 分鐘內有效。數分鐘內未收到，請查看垃圾郵件，或致電管理處。`,
  forgotBack: '返回登入頁',
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
  tokenInvalid:
    '此設定密碼連結無效、已使用或已過期。請在登入頁按「忘記密碼？」索取新連結，或致電管理處。',
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
  passesSummary: (n: number, owed: number) => `${n} 張出入證${owed ? `，${owed} 張未繳費` : ''}`,
  feeOwedAtOffice: (fee: string) => `尚欠 ${fee}，請到管理處繳付`,
  feePaidAmount: (fee: string) => `已繳 ${fee}`,
  showQr: '顯示二維碼',
  showQrFor: (number: string) => `顯示出入證 ${number} 的二維碼`,
  qrViewTitle: (number: string) => `出入證 ${number}`,
  qrViewHolder: (name: string, unit: string) => `${name} · ${unit} 單元`,
  qrViewBrightness: '請把螢幕亮度調至最高，並把二維碼對準閘口的掃描器。',
  closeQr: '關閉',
  passMenu: '更多',
  passMenuFor: (number: string) => `出入證 ${number} 的更多操作`,
  replacementOffer: (number: string) => `需要補發 ${number} 嗎？`,
  requestReplacement: (name: string) => `為${zhName(name)}補發新證`,
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
  // Profile
  profileTitle: '我的聯絡資料',
  profileNav: '我的帳戶',
  profileIntro: '管理處會以此電話及電郵地址聯絡您，請保持資料正確。',
  profileLinkHint: '更改電話號碼或電郵地址',
  phone: '電話號碼',
  phoneHint: '例如 138 0013 8000 或 +852 9123 4567；可留空。',
  phoneInvalid: '請輸入 6 至 15 位數字的電話號碼，例如 138 0013 8000 或 +852 9123 4567。',
  currentPassword: '現時的密碼',
  currentPasswordHint: '更改電郵地址時須輸入，以確認是您本人。',
  currentPasswordRequired: '更改電郵地址須輸入現時的密碼。',
  saveProfile: '儲存',
  savingProfile: '正在儲存…',
  profileSaved: '聯絡資料已儲存。',
  profileEmailChanged: (email: string) => `聯絡資料已儲存。此後請以 ${email} 登入。`,
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
  officeSuffix: ' Estate Office',
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
    'No invitation e-mail? Call the estate office customer service; we will send you a new link to set your password.',
  forgotLink: 'Forgotten your password?',
  signedOut: 'You have signed out.',
  forgotTitle: 'Forgotten your password',
  forgotIntro:
    'Enter the e-mail address registered with the estate office; we will send a link to set a new password to it.',
  forgotSend: 'Send the link',
  forgotSending: 'Sending…',
  forgotSent: (email: string) =>
    `If ${email} is the e-mail address of a resident portal account, a link to set a new password has been sent to it. The link works once, within 60 minutes. Nothing after a few minutes? Look in your spam folder, or call the estate office.`,
  forgotBack: 'Back to sign-in',
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
    'This link to set your password is not valid, has been used or has expired. Ask for a new one with “Forgotten your password?” on the sign-in page, or call the estate office.',
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
  passesSummary: (n: number, owed: number) =>
    `${n === 1 ? '1 pass' : `${n} passes`}${owed ? `, ${owed} not paid` : ''}`,
  feeOwedAtOffice: (fee: string) => `${fee} owed: pay at the estate office`,
  feePaidAmount: (fee: string) => `${fee} paid`,
  showQr: 'Show QR code',
  showQrFor: (number: string) => `Show the QR code of pass ${number}`,
  qrViewTitle: (number: string) => `Pass ${number}`,
  qrViewHolder: (name: string, unit: string) => `${name} · unit ${unit}`,
  qrViewBrightness: 'Turn your screen brightness up, then hold the code to the gate’s scanner.',
  closeQr: 'Close',
  passMenu: 'More',
  passMenuFor: (number: string) => `More for pass ${number}`,
  replacementOffer: (number: string) => `Need a replacement for ${number}?`,
  requestReplacement: (name: string) => `Request a replacement for ${name}`,
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
  profileTitle: 'Your contact details',
  profileNav: 'My account',
  profileIntro:
    'The estate office contacts you at this phone number and e-mail address: keep them current.',
  profileLinkHint: 'Change your phone number or e-mail address',
  phone: 'Phone number',
  phoneHint: 'For example 138 0013 8000 or +852 9123 4567; may be left empty.',
  phoneInvalid:
    'Enter a phone number of 6 to 15 digits, for example 138 0013 8000 or +852 9123 4567.',
  currentPassword: 'Current password',
  currentPasswordHint: 'Needed to change your e-mail address, to confirm it is you.',
  currentPasswordRequired: 'To change your e-mail address, enter your current password.',
  saveProfile: 'Save',
  savingProfile: 'Saving…',
  profileSaved: 'Your contact details have been saved.',
  profileEmailChanged: (email: string) =>
    `Your contact details have been saved. Sign in with ${email} from now on.`,
  networkError: 'The server could not be reached. Check your connection and try again.',
  unexpectedError: (status: number) =>
    `Something went wrong (${status}). Try again later or call the estate office.`,
  notice: 'Notice',
  formatFee: (amount: number, currency?: string | null) => formatAmount(amount, 'en', currency),
  ...SUBSCRIPTION_PORTAL_TEXT.en,
}

export const PORTAL_TEXT: Record<PortalLang, PortalText> = { 'zh-TW': zhTW, en }

export const portalText = (lang: PortalLang): PortalText => PORTAL_TEXT[lang]
