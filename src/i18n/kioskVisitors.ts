import type { KioskLang } from './kiosk'

/** The kiosk's visitor check-in screen (VIS-4) in both languages (GEN-3). */
const dict = {
  title: { 'zh-TW': '訪客登記', en: 'Visitor check-in' },
  intro: {
    'zh-TW': '請把住戶給你的訪客通行證二維碼對準鏡頭。',
    en: 'Hold the visitor pass QR code the resident sent you up to the camera.',
  },
  scannerLabel: { 'zh-TW': '通行證代碼（掃描器輸入）', en: 'Pass code (from a scanner)' },
  check: { 'zh-TW': '核對通行證', en: 'Check the pass' },
  checking: { 'zh-TW': '正在核對…', en: 'Checking…' },
  welcome: { 'zh-TW': '歡迎，{name}', en: 'Welcome, {name}' },
  visiting: {
    'zh-TW': '已登記進入，探訪單元 {unit}。',
    en: 'You are checked in, visiting unit {unit}.',
  },
  useOf: { 'zh-TW': '第 {n} 次使用（共 {max} 次）', en: 'Use {n} of {max}' },
  useOfToday: {
    'zh-TW': '{schedule}：今天第 {n} 次使用（每日 {max} 次）',
    en: '{schedule}: use {n} of {max} today',
  },
  refused: { 'zh-TW': '未能登記', en: 'Not checked in' },
  askGuard: {
    'zh-TW': '請到大門向保安查詢。',
    en: 'Please ask the guard at the gate.',
  },
  tooMany: { 'zh-TW': '嘗試次數過多，請向保安查詢。', en: 'Too many tries: please ask the guard.' },
  cameraUnavailable: {
    'zh-TW': '未能使用鏡頭：請到大門向保安出示通行證。',
    en: 'The camera cannot be used: please show the pass to the guard at the gate.',
  },
  done: { 'zh-TW': '完成', en: 'Done' },
  again: { 'zh-TW': '掃描另一張', en: 'Scan another' },
} as const

export type KioskVisitorKey = keyof typeof dict

export const kioskVisitorText =
  (lang: KioskLang) =>
  (key: KioskVisitorKey, params: Record<string, string | number> = {}) =>
    dict[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
