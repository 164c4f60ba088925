/**
 * Refusals a person may read, each with a stable code and a message per language. The API sends
 * `{ errors: [{ message, data: { code } }] }` with the message in the caller's language.
 */
export type Lang = 'zh-TW' | 'en'
type Text = Record<Lang, string>

export const ERRORS = {
  'auth.too-many-attempts': {
    en: 'Too many attempts. Try again in {minutes} minutes.',
    'zh-TW': '嘗試次數過多，請於 {minutes} 分鐘後再試。',
  },
  'auth.password-too-short': {
    en: 'The password must have at least {min} characters.',
    'zh-TW': '密碼最少須有 {min} 個字元。',
  },
  'auth.password-too-common': {
    en: 'This password is too common and easy to guess: choose another.',
    'zh-TW': '此密碼太常見，容易被猜中，請另選一個。',
  },
  'request.malformed-id': {
    en: '“{id}” is not a valid record id.',
    'zh-TW': '「{id}」不是有效的記錄編號。',
  },
  'request.malformed-url': {
    en: 'The address of the request is not valid.',
    'zh-TW': '請求的網址無效。',
  },
  'request.malformed-query': {
    en: 'The query parameter “{param}” is not valid: {reason}.',
    'zh-TW': '查詢參數「{param}」無效：{reason}。',
  },
  'request.malformed-body': {
    en: 'The request body must be a JSON object.',
    'zh-TW': '請求內容須為 JSON 物件。',
  },
  'request.malformed-json': {
    en: 'The request body is not valid JSON.',
    'zh-TW': '請求內容不是有效的 JSON。',
  },
  'request.unsupported-media-type': {
    en: 'Send JSON (application/json) or a form upload (multipart/form-data).',
    'zh-TW': '請以 JSON（application/json）或表單上載（multipart/form-data）傳送。',
  },
  'request.json-only': {
    en: 'Send the GraphQL request as JSON (application/json).',
    'zh-TW': '請以 JSON（application/json）傳送 GraphQL 請求。',
  },
  'request.method-not-allowed': {
    en: 'This address does not accept {method} requests.',
    'zh-TW': '此網址不接受 {method} 請求。',
  },
  'request.not-found': {
    en: 'There is nothing at this address.',
    'zh-TW': '此網址沒有內容。',
  },
  'request.cross-site': {
    en: 'This request came from another site and was refused.',
    'zh-TW': '此請求來自其他網站，已被拒絕。',
  },
  'request.invalid': {
    en: 'The request could not be understood: check the values sent.',
    'zh-TW': '無法理解此請求，請檢查所送出的資料。',
  },
  'server.database-unavailable': {
    en: 'The database is not answering. Please try again shortly.',
    'zh-TW': '資料庫暫時沒有回應，請稍後再試。',
  },
  'handover.in-progress': {
    en: 'These passes are being handed over in another request; nothing was changed here.',
    'zh-TW': '這些出入證正在另一個請求中移交，此處未作任何更改。',
  },
  'handover.nothing-prepared': {
    en: 'This household has no prepared passes to hand over.',
    'zh-TW': '此住戶沒有待移交的出入證。',
  },
  'pass.unpaid-limit': {
    en: 'This member already has {limit} extra passes awaiting payment: pay for them at the office first.',
    'zh-TW': '此成員已有 {limit} 張加證尚未繳費，請先到管理處繳費。',
  },
  'pass.too-many-requests': {
    en: 'Too many pass requests. Try again in {minutes} minutes.',
    'zh-TW': '申請出入證次數過多，請於 {minutes} 分鐘後再試。',
  },
  'estate.forbidden': {
    en: 'This belongs to another estate.',
    'zh-TW': '此記錄屬於其他屋苑。',
  },
  'estate.required': {
    en: 'Choose the estate you are working in first.',
    'zh-TW': '請先選擇您正在工作的屋苑。',
  },
  'estate.not-a-member': {
    en: 'You do not work at this estate.',
    'zh-TW': '您並非此屋苑的員工。',
  },
  'estate.time-zone': {
    en: '“{value}” is not a time zone (for example Asia/Shanghai).',
    'zh-TW': '「{value}」不是有效的時區（例如 Asia/Shanghai）。',
  },
  'estate.code-format': {
    en: 'The short code must be 2 to 10 capital letters or digits, e.g. SG.',
    'zh-TW': '簡稱代號須為 2 至 10 個大寫字母或數字，例如 SG。',
  },
  'estate.currency-format': {
    en: 'The currency must be a three-letter code such as CNY or HKD.',
    'zh-TW': '貨幣須為三個字母的代碼，例如 CNY 或 HKD。',
  },
} satisfies Record<string, Text>

export type ErrorCode = keyof typeof ERRORS

export function errorMessage(
  code: ErrorCode,
  lang: Lang,
  params: Record<string, string | number> = {},
) {
  return ERRORS[code][lang].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''))
}

/** A refusal's body in the API's shape: `{ errors: [{ message, data: { code } }] }`. */
export function refusalBody(
  code: ErrorCode,
  lang: Lang,
  params: Record<string, string | number> = {},
) {
  return { errors: [{ message: errorMessage(code, lang, params), data: { code } }] }
}

/**
 * The caller's language: the resident's own setting, then what the request asks for
 * (Accept-Language, already resolved by Payload into `i18n.language`), then Chinese.
 */
export function pickLang(input: { userLanguage?: unknown; acceptLanguage?: string | null }): Lang {
  if (input.userLanguage === 'en' || input.userLanguage === 'zh-TW') return input.userLanguage
  const first = (input.acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? ''
  return first.startsWith('en') ? 'en' : 'zh-TW'
}
