/**
 * Words of the handover (PAS-3, PAS-5): the household page's handover panel in the admin and the
 * office's handover page, in both languages (GEN-3).
 */
import type { OfficeLang } from './office'

const dict = {
  panelTitle: { 'zh-TW': '出入證移交', en: 'Pass handover' },
  waiting: { 'zh-TW': '待移交的出入證', en: 'Passes waiting to be handed over' },
  waitingMember: { 'zh-TW': '{name}：{passes}', en: '{name}: {passes}' },
  waitingOwed: { 'zh-TW': '（其中 {count} 張未繳費）', en: ' ({count} unpaid)' },
  noneWaiting: {
    'zh-TW': '所有出入證已移交，沒有待移交的出入證。',
    en: 'Every pass has been handed over: none is waiting.',
  },
  noPassesYet: { 'zh-TW': '此住戶尚未有出入證。', en: 'This household has no passes yet.' },
  handOverButton: { 'zh-TW': '移交出入證及簽收', en: 'Hand over passes and sign' },
  printReceipt: { 'zh-TW': '列印簽收單', en: 'Print sign-for receipt' },
  handovers: { 'zh-TW': '已簽收的移交', en: 'Signed handovers' },
  signedAt: { 'zh-TW': '簽收時間', en: 'Signed at' },
  signedBy: { 'zh-TW': '簽收人', en: 'Signed by' },
  handedOverBy: { 'zh-TW': '經手人', en: 'Handed over by' },
  passCount: { 'zh-TW': '出入證', en: 'Passes' },
  receipt: { 'zh-TW': '簽收單', en: 'Receipt' },
  viewReceipt: {
    'zh-TW': '查看第 {n} 次移交的簽收單',
    en: 'View the signed receipt of handover {n}',
  },
  viewReceiptShort: { 'zh-TW': '查看簽收單', en: 'View receipt' },
  fees: { 'zh-TW': '加證費用', en: 'Extra pass fees' },
  passesN: { 'zh-TW': '{count} 張', en: '{count} passes' },
  passes1: { 'zh-TW': '1 張', en: '1 pass' },
  feeLine: {
    'zh-TW': '尚欠 {owed}（{owedCount}）· 已繳 {paid}（{paidCount}）',
    en: 'Owed {owed} ({owedCount}) · Paid {paid} ({paidCount})',
  },
  noFees: { 'zh-TW': '沒有收費的出入證。', en: 'No pass has a fee.' },
  recordPayment: { 'zh-TW': '登記繳費', en: 'Record payment' },
  statusNote: {
    'zh-TW': '住戶狀態於首次移交時自動轉為「已入住」，不可直接修改。',
    en: 'The household becomes “Moved in” at its first handover; the status cannot be edited directly.',
  },
  // The handover page.
  choosePasses: { 'zh-TW': '選擇現在移交的出入證', en: 'Choose the passes to hand over now' },
  choosePassesHelp: {
    'zh-TW': '未到場成員的出入證可以暫不移交，日後另行簽收。未繳費的加證須先登記繳費才可移交。',
    en: 'Hold back the passes of a member who is not here: they are handed over later, on another receipt. An extra pass with a fee is handed over only once paid.',
  },
  memberPasses: { 'zh-TW': '{name}的出入證', en: '{name}’s passes' },
  handOverMember: { 'zh-TW': '移交{name}的出入證', en: 'Hand over {name}’s passes' },
  handOverPass: { 'zh-TW': '移交 {number}', en: 'Hand over {number}' },
  passNumber: { 'zh-TW': '證號', en: 'Pass no.' },
  fee: { 'zh-TW': '費用', en: 'Fee' },
  free: { 'zh-TW': '免費', en: 'Free' },
  paidOn: { 'zh-TW': '已繳費', en: 'Paid' },
  owedNotSelectable: { 'zh-TW': '未繳費，不可移交', en: 'Unpaid: cannot be handed over' },
  onlyOwed: {
    'zh-TW': '待移交的出入證全部尚未繳費：請先登記繳費，然後再移交。',
    en: 'Every waiting pass is unpaid: record the payment first, then hand them over.',
  },
  selectedCount: {
    'zh-TW': '已選 {count} 張，共 {total} 張待移交。',
    en: '{count} of {total} waiting passes chosen.',
  },
  signer: { 'zh-TW': '簽收人', en: 'Person signing' },
  signing: { 'zh-TW': '簽收', en: 'Signing' },
  signerMember: { 'zh-TW': '簽收的家庭成員（成年）', en: 'Household member signing (adult)' },
  signerOther: {
    'zh-TW': '其他人（例如家傭、親屬）',
    en: 'Someone else (e.g. a domestic helper, a relative)',
  },
  signerName: { 'zh-TW': '簽收人姓名', en: 'Name of the person signing' },
  signerNote: {
    'zh-TW': '簽收人身分備註（必填）',
    en: 'Who they are (required)',
  },
  signerNoteHint: {
    'zh-TW': '例如：業主的家傭，持業主授權',
    en: 'e.g. the owner’s domestic helper, with the owner’s consent',
  },
  noAdult: {
    'zh-TW': '名冊上沒有成年成員，請填寫簽收人姓名及身分。',
    en: 'No adult member is on the register: type the name of the person signing and who they are.',
  },
  chooseSomething: { 'zh-TW': '請最少選擇一張出入證。', en: 'Choose at least one pass.' },
  chooseSigner: { 'zh-TW': '請選擇簽收人。', en: 'Choose who is signing.' },
  typeNameAndNote: {
    'zh-TW': '請填寫簽收人姓名及身分備註。',
    en: 'Type the name of the person signing and who they are.',
  },
  handedOverSome: {
    'zh-TW': '已移交 {count} 張出入證，已即時生效。',
    en: 'Handed over {count} passes: they are active now.',
  },
  stillWaiting: {
    'zh-TW': '仍有 {count} 張出入證待日後移交。',
    en: '{count} passes still wait for a later handover.',
  },
  continueHandover: { 'zh-TW': '繼續移交其餘出入證', en: 'Hand over the others' },
  backToHousehold: { 'zh-TW': '返回住戶頁面', en: 'Back to the household' },
} as const

export type HandoverKey = keyof typeof dict

export const handoverText =
  (lang: OfficeLang) =>
  (key: HandoverKey, params: Record<string, string | number> = {}) =>
    dict[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))

/** "1 pass" / "3 passes" in English; "3 張" in Chinese. */
export const passCountText = (lang: OfficeLang, count: number) =>
  count === 1 ? handoverText(lang)('passes1') : handoverText(lang)('passesN', { count })
