/** Words of the office's own pages (import, receipt, handover) in both languages (GEN-3). */
export type OfficeLang = 'zh-TW' | 'en'

const dict = {
  estateOffice: { 'zh-TW': '{estate}管理處', en: '{estate} Estate Office' },
  backToAdmin: { 'zh-TW': '返回管理介面', en: 'Back to the admin panel' },
  importTitle: { 'zh-TW': '匯入售樓部住戶資料', en: 'Import the sales office register' },
  importHelp: {
    'zh-TW':
      '每行一位家庭成員：單元、姓名、性別、關係、年齡（孩童必填）。接受 CSV 或 XLSX，中文或英文欄名。',
    en: 'One row per household member: unit, name, gender, relationship, age (required for children). CSV or XLSX, Chinese or English headers.',
  },
  file: { 'zh-TW': '檔案', en: 'File' },
  chooseFile: { 'zh-TW': '選擇檔案…', en: 'Choose a file…' },
  noFileChosen: { 'zh-TW': '尚未選擇檔案', en: 'No file chosen' },
  templates: { 'zh-TW': '範本', en: 'Templates' },
  templateZh: { 'zh-TW': '下載範本（中文欄名）', en: 'Download the template (Chinese headings)' },
  templateEn: { 'zh-TW': '下載範本（英文欄名）', en: 'Download the template (English headings)' },
  templateHelp: {
    'zh-TW':
      'CSV 檔，可用 Excel 開啟及填寫。也接受 UTF-8、GBK/GB18030 或 Big5 編碼的 CSV 及簡體中文欄名。',
    en: 'A CSV file to open and fill in with Excel. CSVs in UTF-8, GBK/GB18030 or Big5, with Simplified Chinese headings, are accepted too.',
  },
  rowsInFile: { 'zh-TW': '檔案中的成員資料', en: 'Member rows in the file' },
  rowsSummary: {
    'zh-TW': '共 {rows} 行，{bad} 行需要修正',
    en: '{rows} rows, {bad} to fix',
  },
  fileProblems: { 'zh-TW': '整個檔案的問題', en: 'Problems with the whole file' },
  problem: { 'zh-TW': '問題', en: 'Problem' },
  rowNumber: { 'zh-TW': '行號', en: 'Row' },
  rowOk: { 'zh-TW': '可匯入', en: 'Ready' },
  openHousehold: { 'zh-TW': '開啟已登記的住戶', en: 'Open the registered household' },
  preview: { 'zh-TW': '預覽', en: 'Preview' },
  confirmImport: { 'zh-TW': '確認匯入', en: 'Confirm import' },
  problems: { 'zh-TW': '需要修正的行', en: 'Rows to fix' },
  noProblems: { 'zh-TW': '沒有錯誤，可以匯入。', en: 'No problems: ready to import.' },
  nothingImported: {
    'zh-TW': '有錯誤時不會匯入任何資料。',
    en: 'Nothing is imported while any row has a problem.',
  },
  row: { 'zh-TW': '行', en: 'Row' },
  households: { 'zh-TW': '住戶', en: 'Households' },
  unit: { 'zh-TW': '單元', en: 'Unit' },
  name: { 'zh-TW': '姓名', en: 'Name' },
  gender: { 'zh-TW': '性別', en: 'Gender' },
  relationship: { 'zh-TW': '關係', en: 'Relationship' },
  age: { 'zh-TW': '年齡', en: 'Age' },
  imported: { 'zh-TW': '已匯入', en: 'Imported' },
  passesPrepared: { 'zh-TW': '已製作出入證', en: 'passes prepared' },
  members: { 'zh-TW': '家庭成員', en: 'members' },
  printReceipt: { 'zh-TW': '列印簽收單', en: 'Print sign-for receipt' },
  handOver: { 'zh-TW': '移交及簽收', en: 'Hand over and sign' },
  receiptTitle: { 'zh-TW': '業戶出入證簽收單', en: 'Access pass sign-for receipt' },
  passNumber: { 'zh-TW': '證號', en: 'Pass no.' },
  member: { 'zh-TW': '成員', en: 'Member' },
  fee: { 'zh-TW': '費用', en: 'Fee' },
  free: { 'zh-TW': '免費', en: 'Free' },
  qr: { 'zh-TW': '二維碼', en: 'QR code' },
  signature: { 'zh-TW': '業戶簽名', en: 'Resident’s signature' },
  signedBy: { 'zh-TW': '簽收人', en: 'Signed by' },
  date: { 'zh-TW': '日期', en: 'Date' },
  signedAt: { 'zh-TW': '簽收時間', en: 'Signed at' },
  handedOverBy: { 'zh-TW': '經手人', en: 'Handed over by' },
  print: { 'zh-TW': '列印', en: 'Print' },
  noPrepared: {
    'zh-TW': '此住戶沒有待移交的出入證。',
    en: 'This household has no passes waiting to be handed over.',
  },
  handoverTitle: { 'zh-TW': '移交出入證', en: 'Hand over passes' },
  handoverHelp: {
    'zh-TW': '請業戶核對以下出入證，然後在下方簽名。確認後出入證即時生效。',
    en: 'Ask the resident to check the passes below, then sign underneath. The passes become active when you confirm.',
  },
  signerName: { 'zh-TW': '簽收人姓名', en: 'Name of the person signing' },
  copyTo: { 'zh-TW': '簽收單副本電郵（選填）', en: 'E-mail a copy to (optional)' },
  signHere: { 'zh-TW': '請在此簽名', en: 'Sign here' },
  clear: { 'zh-TW': '清除簽名', en: 'Clear signature' },
  confirmHandover: { 'zh-TW': '確認移交', en: 'Confirm handover' },
  signatureMissing: { 'zh-TW': '請先簽名。', en: 'Please sign first.' },
  handedOver: { 'zh-TW': '已移交，出入證已生效。', en: 'Handed over: the passes are active.' },
  viewSigned: { 'zh-TW': '查看已簽收的簽收單', en: 'View the signed receipt' },
  signedReceipts: { 'zh-TW': '已簽收的簽收單', en: 'Signed receipts' },
  status: { 'zh-TW': '狀態', en: 'Status' },
  working: { 'zh-TW': '處理中…', en: 'Working…' },
  languageSwitch: { 'zh-TW': '語言', en: 'Language' },
  languageSaveFailed: {
    'zh-TW': '未能儲存語言設定，請再試一次。',
    en: 'The language could not be saved; please try again.',
  },
  notFoundTitle: { 'zh-TW': '找不到此頁', en: 'Page not found' },
  notFoundHelp: {
    'zh-TW': '此記錄不存在、編號有誤，或您沒有查看權限。請返回管理介面再試。',
    en: 'This record does not exist, its number is wrong, or you may not see it. Go back to the admin panel and try again.',
  },
} as const

export type OfficeKey = keyof typeof dict

export const officeText =
  (lang: OfficeLang) =>
  (key: OfficeKey, params: Record<string, string | number> = {}) =>
    dict[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))

/** The admin panel keeps the staff member's language in this cookie; the office pages share it. */
export const OFFICE_LANG_COOKIE = 'payload-lng'

export const OFFICE_LANGS = ['zh-TW', 'en'] as const
/** How each language names itself on the switch. */
export const OFFICE_LANGUAGE_NAMES: Record<OfficeLang, string> = { 'zh-TW': '中文', en: 'English' }
/** The `lang` attribute for text in that language. */
export const OFFICE_HTML_LANG: Record<OfficeLang, string> = { 'zh-TW': 'zh-Hant-TW', en: 'en' }

/** The admin panel keeps the staff member's language in the `payload-lng` cookie. */
export const officeLang = (cookieValue: string | undefined): OfficeLang =>
  cookieValue === 'en' ? 'en' : 'zh-TW'
