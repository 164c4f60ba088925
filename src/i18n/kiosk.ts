/**
 * Every word of the lobby kiosk (`/kiosk`), in Traditional Chinese (the default) and English
 * (GEN-3). Refusals come from the server, already in the kiosk's language; only the kiosk's own
 * words are here.
 */
import type { MailKind } from '@/domain/kiosk/api'
import { HTML_LANG, LANGUAGE_NAMES } from './portal'

export const KIOSK_LANGS = ['zh-TW', 'en'] as const
export type KioskLang = (typeof KIOSK_LANGS)[number]
export const DEFAULT_KIOSK_LANG: KioskLang = 'zh-TW'

export { HTML_LANG, LANGUAGE_NAMES }

/** The other language, e.g. for the second line of a start-screen button. */
export const otherLang = (lang: KioskLang): KioskLang => (lang === 'en' ? 'zh-TW' : 'en')

/**
 * Words shown in both languages at once, whatever the kiosk's language: the start screen's
 * actions and the offline banner, read by whoever walks up.
 */
export const BOTH = {
  collectMail: { 'zh-TW': '領取郵件', en: 'Collect mail' },
  visitorCheckIn: { 'zh-TW': '訪客登記', en: 'Visitor check-in' },
  offline: { 'zh-TW': '未能連線', en: 'Offline' },
} satisfies Record<string, Record<KioskLang, string>>

const KIND_ZH: Record<MailKind, { name: string; unit: string }> = {
  letter: { name: '信件', unit: '封' },
  registered: { name: '掛號信', unit: '封' },
  parcel: { name: '包裹', unit: '件' },
}
const KIND_EN: Record<MailKind, [string, string]> = {
  letter: ['letter', 'letters'],
  registered: ['registered letter', 'registered letters'],
  parcel: ['parcel', 'parcels'],
}

/** In Chinese text a Latin-script name is set off by spaces: 為 Maria Santos 代領. */
function zhName(name: string) {
  const before = /^[A-Za-z0-9]/.test(name) ? ' ' : ''
  const after = /[A-Za-z0-9.]$/.test(name) ? ' ' : ''
  return `${before}${name}${after}`
}

type Counted = { kind: MailKind; count: number }[]

const zhTW = {
  appName: '大堂自助服務',
  starting: '正在啟動…',
  languageSwitch: '語言',
  offlineDetail: '暫時未能連接管理處系統，未能查詢或確認領取。請稍後再試或聯絡管理處。',
  networkError: '未能連接管理處系統，請稍後再試。',
  unexpectedError: (status: number) => `發生未預期的錯誤（${status}），請聯絡管理處。`,
  // Pairing
  pairTitle: '配對此自助機',
  pairIntro:
    '此步驟由管理處職員進行：在管理後台（管理處 → 大堂自助機）開啟此機的記錄，啟用 API 金鑰並儲存，然後在此掃描其二維碼或輸入金鑰。',
  keyLabel: 'API 金鑰',
  pair: '配對',
  pairing: '正在檢查…',
  scanKey: '用鏡頭掃描二維碼',
  stopScan: '停止掃描',
  keyInvalid: '此金鑰無效。請在管理後台確認此機的 API 金鑰已啟用並已儲存。',
  keyRevoked: '此自助機的金鑰已失效，請管理處職員重新配對。',
  keyRequired: '請輸入或掃描 API 金鑰。',
  // Start
  startTitle: '歡迎',
  startHint: '請選擇服務',
  actions: '服務',
  clockLabel: '現在時間',
  // Mail: code
  mailTitle: '領取郵件',
  codeIntro: '請把領取二維碼對準鏡頭，或輸入 10 位數字領取碼。',
  codeLabel: '領取碼（10 位數字）',
  codeProgress: (n: number) => `已輸入 ${n} / 10 位`,
  keypad: '數字鍵盤',
  backspace: '刪除',
  backspaceLabel: '刪除最後一位',
  clearCode: '清除',
  clearCodeLabel: '清除全部數字',
  findMail: '查詢郵件',
  finding: '正在查詢…',
  camera: '鏡頭掃描',
  cameraStarting: '正在開啟鏡頭…',
  cameraOn: '請把二維碼對準鏡頭',
  cameraUnavailable: '未能使用鏡頭，請用數字鍵盤輸入領取碼。',
  codeRead: '已讀取領取碼',
  codeNotRecognised: '二維碼不是領取碼，請再試或輸入數字。',
  tooManyCodes: '嘗試次數過多，請向管理處查詢。',
  // Mail: items
  itemsTitle: '待領取郵件',
  itemsSummary: (addressee: string, counted: Counted, total: number) =>
    `${zhName(addressee)}有 ${total}\u00a0件郵件：` +
    counted
      .map(({ kind, count }) => `${count}\u00a0${KIND_ZH[kind].unit}${KIND_ZH[kind].name}`)
      .join('、'),
  nothingWaiting: '此領取碼沒有待領取的郵件。',
  itemsHelp: '不想現在領取的郵件，請取消勾選。',
  itemsLegend: '要領取的郵件',
  kindName: (kind: MailKind) => KIND_ZH[kind].name,
  itemLabel: (kind: MailKind, n: number) => `${KIND_ZH[kind].name} ${n}`,
  forSomeoneElse: '我代他人領取',
  delegateName: '您的姓名（須為收件人已授權的代領人）',
  delegateHelp: '管理處會核對收件人在住戶網上服務登記的授權。',
  noneSelected: '請最少選擇一件郵件。',
  delegateNameMissing: '請輸入您的姓名。',
  next: '下一步：簽名',
  back: '返回',
  cancel: '取消',
  // Mail: sign
  signTitle: '簽名確認',
  signSummary: (total: number, addressee: string, delegate: string | null) =>
    delegate
      ? `${zhName(delegate)}代${zhName(addressee)}領取 ${total} 件郵件`
      : `${zhName(addressee)}領取 ${total} 件郵件`,
  padLabel: '請用手指在此框內簽名',
  clearSignature: '清除簽名',
  confirm: '確認領取',
  confirming: '正在確認…',
  signatureMissing: '請先簽名。',
  pickupUnanswered:
    '管理處系統沒有回應，未能確定是否已記錄領取。請按「再試一次」：同一次領取不會被記錄兩次。',
  retry: '再試一次',
  // Mail: done
  pickedUp: (n: number) => `已領取 ${n} 件`,
  pickedUpKinds: (counted: Counted) =>
    counted
      .map(({ kind, count }) => `${count}\u00a0${KIND_ZH[kind].unit}${KIND_ZH[kind].name}`)
      .join('、'),
  doneHelp: (seconds: number) => `謝謝。此畫面將於 ${seconds} 秒後返回首頁。`,
  finish: '完成',
  // Idle
  idleTitle: '您還在使用嗎？',
  idleBody: (seconds: number) => `為保障私隱，此畫面將於 ${seconds} 秒後返回首頁並清除資料。`,
  continue: '繼續',
}

export type KioskText = typeof zhTW

const en: KioskText = {
  appName: 'Lobby self-service',
  starting: 'Starting…',
  languageSwitch: 'Language',
  offlineDetail:
    'The office system cannot be reached: mail cannot be looked up or picked up. Please try again later or ask the office.',
  networkError: 'The office system could not be reached. Please try again shortly.',
  unexpectedError: (status: number) =>
    `Something unexpected went wrong (${status}). Please ask the office.`,
  pairTitle: 'Pair this kiosk',
  pairIntro:
    'For office staff: in the admin panel open this kiosk’s record (Office → Lobby kiosks), enable its API key and save, then scan its QR code here or type the key.',
  keyLabel: 'API key',
  pair: 'Pair',
  pairing: 'Checking…',
  scanKey: 'Scan the QR code',
  stopScan: 'Stop scanning',
  keyInvalid:
    'This key is not valid. Check in the admin panel that the kiosk’s API key is enabled and saved.',
  keyRevoked: 'This kiosk’s key is no longer valid: office staff need to pair it again.',
  keyRequired: 'Type or scan the API key.',
  startTitle: 'Welcome',
  startHint: 'Choose a service',
  actions: 'Services',
  clockLabel: 'Time now',
  mailTitle: 'Collect mail',
  codeIntro: 'Hold your pickup QR code to the camera, or type the 10-digit code.',
  codeLabel: 'Pickup code (10 digits)',
  codeProgress: (n: number) => `${n} of 10 digits`,
  keypad: 'Number keys',
  backspace: 'Delete',
  backspaceLabel: 'Delete the last digit',
  clearCode: 'Clear',
  clearCodeLabel: 'Clear all digits',
  findMail: 'Find my mail',
  finding: 'Looking up…',
  camera: 'Camera',
  cameraStarting: 'Starting the camera…',
  cameraOn: 'Hold the QR code to the camera',
  cameraUnavailable: 'The camera cannot be used: type the code on the number keys.',
  codeRead: 'Code read',
  codeNotRecognised: 'That QR code is not a pickup code. Try again or type the digits.',
  tooManyCodes: 'Too many attempts. Please ask the office.',
  itemsTitle: 'Mail waiting',
  itemsSummary: (addressee: string, counted: Counted, total: number) =>
    `${total} ${total === 1 ? 'item' : 'items'} for ${addressee}: ` +
    counted.map(({ kind, count }) => `${count} ${KIND_EN[kind][count === 1 ? 0 : 1]}`).join(', '),
  nothingWaiting: 'No mail is waiting for this code.',
  itemsHelp: 'Untick any item you are not collecting now.',
  itemsLegend: 'Items to collect',
  kindName: (kind: MailKind) => KIND_EN[kind][0].replace(/^./, (c) => c.toUpperCase()),
  itemLabel: (kind: MailKind, n: number) =>
    `${KIND_EN[kind][0].replace(/^./, (c) => c.toUpperCase())} ${n}`,
  forSomeoneElse: 'I am collecting for someone else',
  delegateName: 'Your full name (as authorised by the addressee)',
  delegateHelp:
    'The office checks the authorisation the addressee recorded in the resident portal.',
  noneSelected: 'Choose at least one item.',
  delegateNameMissing: 'Type your name.',
  next: 'Next: sign',
  back: 'Back',
  cancel: 'Cancel',
  signTitle: 'Sign to confirm',
  signSummary: (total: number, addressee: string, delegate: string | null) =>
    `${delegate ? `${delegate} collecting` : 'Collecting'} ${total} ${total === 1 ? 'item' : 'items'} for ${addressee}`,
  padLabel: 'Sign with your finger inside this box',
  clearSignature: 'Clear signature',
  confirm: 'Confirm pickup',
  confirming: 'Confirming…',
  signatureMissing: 'Please sign first.',
  pickupUnanswered:
    'The office system did not answer, so the pickup may not have been recorded. Tap “Try again”: the same pickup is never recorded twice.',
  retry: 'Try again',
  pickedUp: (n: number) => `${n} ${n === 1 ? 'item' : 'items'} picked up`,
  pickedUpKinds: (counted: Counted) =>
    counted.map(({ kind, count }) => `${count} ${KIND_EN[kind][count === 1 ? 0 : 1]}`).join(', '),
  doneHelp: (seconds: number) => `Thank you. This screen returns to the start in ${seconds} s.`,
  finish: 'Done',
  idleTitle: 'Are you still there?',
  idleBody: (seconds: number) =>
    `For your privacy, this screen returns to the start and clears what you entered in ${seconds} s.`,
  continue: 'Continue',
}

export function kioskText(lang: KioskLang): KioskText {
  return lang === 'en' ? en : zhTW
}
