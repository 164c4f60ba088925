/**
 * Words of the office's paper: the sign-for receipt, the pass card sheet, the member photo page
 * and the batch print page, in both languages (GEN-3). Office pages take the admin's language
 * from the `payload-lng` cookie (see `officeLang`).
 */
import type { OfficeLang } from './office'

const dict = {
  estateOffice: { 'zh-TW': '{estate}管理處', en: '{estate} Estate Office' },
  backToAdmin: { 'zh-TW': '返回管理介面', en: 'Back to the admin panel' },
  print: { 'zh-TW': '列印', en: 'Print' },
  receiptTitle: { 'zh-TW': '業戶出入證簽收單', en: 'Access pass sign-for receipt' },
  receiptNo: { 'zh-TW': '簽收單編號', en: 'Receipt no.' },
  receiptDate: { 'zh-TW': '日期', en: 'Date' },
  unit: { 'zh-TW': '單元', en: 'Unit' },
  address: { 'zh-TW': '地址', en: 'Address' },
  draft: { 'zh-TW': '待簽收', en: 'To be signed' },
  passNumber: { 'zh-TW': '證號', en: 'Pass no.' },
  holder: { 'zh-TW': '持證人', en: 'Holder' },
  fee: { 'zh-TW': '費用', en: 'Fee' },
  payment: { 'zh-TW': '繳費狀況', en: 'Payment' },
  free: { 'zh-TW': '免費', en: 'Free' },
  paid: { 'zh-TW': '已繳', en: 'Paid' },
  owed: { 'zh-TW': '未繳', en: 'Owed' },
  totals: { 'zh-TW': '合計', en: 'Totals' },
  totalPasses: { 'zh-TW': '出入證 {n} 張', en: '{n} passes' },
  totalFees: { 'zh-TW': '費用合共 {amount}', en: 'Fees {amount}' },
  totalPaid: { 'zh-TW': '已繳 {amount}', en: 'paid {amount}' },
  totalOwed: { 'zh-TW': '未繳 {amount}', en: 'owed {amount}' },
  overallFree: { 'zh-TW': '全部免費，毋須繳費。', en: 'All free: nothing to pay.' },
  overallPaid: { 'zh-TW': '費用已全部繳清。', en: 'All fees paid.' },
  overallOwed: {
    'zh-TW': '尚欠 {amount}，請到客服部繳費。',
    en: '{amount} still owed: please pay at customer service.',
  },
  declaration: {
    'zh-TW': '本人已核對並收妥上列出入證，並會妥善保管；如有遺失，須即時通知管理處。',
    en: 'I have checked and received the passes listed above, will keep them safe, and will tell the estate office at once if one is lost.',
  },
  signature: { 'zh-TW': '業戶簽名', en: 'Resident’s signature' },
  signedBy: { 'zh-TW': '簽收人', en: 'Signed by' },
  signedAt: { 'zh-TW': '簽收時間', en: 'Signed at' },
  signDate: { 'zh-TW': '簽收日期', en: 'Date signed' },
  blankDate: { 'zh-TW': '　　　　年　　月　　日', en: '' },
  handedOverBy: { 'zh-TW': '經手人', en: 'Handed over by' },
  noPrepared: {
    'zh-TW': '此住戶沒有待移交的出入證。',
    en: 'This household has no passes waiting to be handed over.',
  },
  handOver: { 'zh-TW': '移交及簽收', en: 'Hand over and sign' },
  signedReceipts: { 'zh-TW': '已簽收的簽收單', en: 'Signed receipts' },
  noQrNote: {
    'zh-TW': '本單不印二維碼：出入證的二維碼只印在證卡上。',
    en: 'No QR codes on this receipt: they are printed on the pass cards only.',
  },
  // Pass cards
  cardsTitle: { 'zh-TW': '出入證卡', en: 'Pass cards' },
  cardsHelp: {
    'zh-TW': '以 A4 紙列印（實際大小，不縮放），沿裁切標記剪出每張 85.6 × 54 毫米的證卡。',
    en: 'Print on A4 at actual size (no scaling), then cut each 85.6 × 54 mm card along the crop marks.',
  },
  cardsCount: {
    'zh-TW': '共 {n} 張證卡（待移交或已生效的出入證）。',
    en: '{n} cards (passes prepared or active).',
  },
  noCards: {
    'zh-TW': '此住戶沒有待移交或已生效的出入證。',
    en: 'This household has no prepared or active passes.',
  },
  cardLabel: { 'zh-TW': '出入證 {number}', en: 'Pass {number}' },
  qrOf: { 'zh-TW': '出入證 {number} 的二維碼', en: 'QR code of pass {number}' },
  photoOf: { 'zh-TW': '{name}的相片', en: 'Photo of {name}' },
  noPhoto: { 'zh-TW': '未有相片', en: 'No photo' },
  accessPass: { 'zh-TW': '住戶出入證', en: 'Resident pass' },
  printCards: { 'zh-TW': '列印出入證卡', en: 'Print pass cards' },
  printReceipt: { 'zh-TW': '列印簽收單', en: 'Print sign-for receipt' },
  // Work permit cards (PMT)
  permitCardsTitle: { 'zh-TW': '施工許可證卡', en: 'Work permit cards' },
  permitCardsHelp: {
    'zh-TW':
      '以 A4 紙列印（實際大小，不縮放），沿裁切標記剪出每張 85.6 × 54 毫米的證卡，蓋章後交行政部過膠。',
    en: 'Print on A4 at actual size (no scaling), cut each 85.6 × 54 mm card along the crop marks, stamp it and pass it to Administration for lamination.',
  },
  permitCardsCount: { 'zh-TW': '共 {n} 張證卡，每位工人一張。', en: '{n} cards, one per worker.' },
  permitCardsNotYet: {
    'zh-TW': '安全部核實此許可證後才可列印證卡（現時步驟：{step}）。',
    en: 'The cards can be printed once Security has verified this permit (now: {step}).',
  },
  workPermit: { 'zh-TW': '施工許可證', en: 'Work permit' },
  permitCardLabel: { 'zh-TW': '{name}的施工許可證', en: 'Work permit of {name}' },
  permitNumber: { 'zh-TW': '證號', en: 'Permit no.' },
  worker: { 'zh-TW': '姓名', en: 'Name' },
  company: { 'zh-TW': '公司', en: 'Company' },
  validity: { 'zh-TW': '有效期', en: 'Valid' },
  validRange: { 'zh-TW': '{from}至{until}', en: '{from} – {until}' },
  idNumber: { 'zh-TW': '身份證號碼', en: 'ID no.' },
  backToPermits: { 'zh-TW': '返回施工許可證', en: 'Back to the work permits' },
  openInAdmin: { 'zh-TW': '在管理介面開啟', en: 'Open in the admin panel' },
  // Member photo
  photoTitle: { 'zh-TW': '成員相片', en: 'Member photo' },
  photoHelp: {
    'zh-TW': '用裝置的鏡頭拍照，或選擇相片檔案（JPEG、PNG 或 WebP，最大 5 MB）。',
    en: 'Take a picture with the device camera, or choose a photo file (JPEG, PNG or WebP, at most 5 MB).',
  },
  takePhoto: { 'zh-TW': '拍照或選擇相片', en: 'Take or choose a photo' },
  currentPhoto: { 'zh-TW': '現有相片', en: 'Current photo' },
  newPhoto: { 'zh-TW': '拍攝新相片', en: 'A new photo' },
  preview: { 'zh-TW': '預覽', en: 'Preview' },
  savePhoto: { 'zh-TW': '儲存相片', en: 'Save photo' },
  photoSaved: { 'zh-TW': '相片已儲存。', en: 'Photo saved.' },
  choosePhotoFirst: { 'zh-TW': '請先拍照或選擇相片。', en: 'Take or choose a photo first.' },
  working: { 'zh-TW': '處理中…', en: 'Working…' },
  member: { 'zh-TW': '成員', en: 'Member' },
  backToMember: { 'zh-TW': '返回成員資料', en: 'Back to the member' },
  // Batch print
  backToImport: { 'zh-TW': '返回匯入頁', en: 'Back to the import' },
  batchTitle: { 'zh-TW': '批量列印', en: 'Print in one go' },
  batchReceipts: { 'zh-TW': '{n} 戶的簽收單', en: 'Sign-for receipts of {n} households' },
  batchCards: { 'zh-TW': '{n} 戶的出入證卡', en: 'Pass cards of {n} households' },
  batchBad: {
    'zh-TW': '請以 households=編號,編號 及 what=receipts 或 cards 指定要列印的住戶及內容。',
    en: 'Name the households (households=id,id) and what to print (what=receipts or cards).',
  },
  batchMissing: {
    'zh-TW': '以下編號找不到或不屬於此屋苑，未有列印：{ids}',
    en: 'Not found or not of this estate, left out: {ids}',
  },
  printAllReceipts: { 'zh-TW': '一次列印全部簽收單', en: 'Print all sign-for receipts' },
  printAllCards: { 'zh-TW': '一次列印全部出入證卡', en: 'Print all pass cards' },
} as const

export type PaperKey = keyof typeof dict

export type PaperText = (key: PaperKey, params?: Record<string, string | number>) => string

export const paperText =
  (lang: OfficeLang): PaperText =>
  (key, params = {}) =>
    dict[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
