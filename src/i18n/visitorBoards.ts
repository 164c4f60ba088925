import type { OfficeLang } from './office'

/** Words of the gate board and the CS visitor board (VIS-1 … VIS-3, VIS-5), both languages. */
const dict = {
  gateTitle: { 'zh-TW': '大門訪客登記', en: 'Gate: visitors' },
  csTitle: { 'zh-TW': '客服訪客板', en: 'CS visitor board' },
  newRequest: { 'zh-TW': '登記訪客', en: 'Record a visitor' },
  surname: { 'zh-TW': '訪客姓氏', en: 'Visitor’s surname' },
  organisation: { 'zh-TW': '機構（如有）', en: 'Organisation (if any)' },
  plate: { 'zh-TW': '車牌（如有）', en: 'Vehicle plate (if any)' },
  host: { 'zh-TW': '受訪', en: 'Visiting' },
  hostKind: { 'zh-TW': '受訪對象', en: 'Host' },
  hostUnit: { 'zh-TW': '單元', en: 'A unit' },
  hostDepartment: { 'zh-TW': '部門', en: 'A department' },
  unit: { 'zh-TW': '單元號碼', en: 'Unit number' },
  department: { 'zh-TW': '部門', en: 'Department' },
  send: { 'zh-TW': '通知客服', en: 'Send to CS' },
  sent: { 'zh-TW': '已通知客服，請訪客稍候。', en: 'Sent to CS: ask the visitor to wait.' },
  unknownUnit: {
    'zh-TW': '本屋苑沒有單元「{unit}」。',
    en: 'There is no unit “{unit}” in this estate.',
  },
  surnameRequired: { 'zh-TW': '請填寫訪客姓氏。', en: 'Enter the visitor’s surname.' },
  waitingList: { 'zh-TW': '等候回覆', en: 'Waiting for an answer' },
  answeredList: { 'zh-TW': '已回覆', en: 'Answered' },
  insideList: { 'zh-TW': '在內的訪客', en: 'Visitors inside' },
  leftList: { 'zh-TW': '已離開', en: 'Left' },
  none: { 'zh-TW': '沒有。', en: 'None.' },
  waited: { 'zh-TW': '已等候', en: 'Waited' },
  overdue: {
    'zh-TW': '逾時未回覆：請到大門',
    en: 'Past the response limit: go to the gate',
  },
  escalated: { 'zh-TW': '已通知 {n} 位當值客服', en: '{n} CS on duty alerted' },
  confirmedBy: { 'zh-TW': '確認人', en: 'Confirmed by' },
  confirmedHow: { 'zh-TW': '確認方式', en: 'How' },
  phone: { 'zh-TW': '電話', en: 'Phone' },
  inPerson: { 'zh-TW': '當面', en: 'In person' },
  portal: { 'zh-TW': '住戶網站', en: 'Resident, in the portal' },
  answer: { 'zh-TW': '回覆', en: 'Answer' },
  status: { 'zh-TW': '狀態', en: 'Status' },
  visitor: { 'zh-TW': '訪客', en: 'Visitor' },
  arrived: { 'zh-TW': '到達', en: 'Arrived' },
  checkedIn: { 'zh-TW': '進入', en: 'In' },
  checkedOut: { 'zh-TW': '離開', en: 'Out' },
  live: { 'zh-TW': '即時更新（每 2 秒）', en: 'Live (every 2 seconds)' },
  offline: {
    'zh-TW': '未能連線：顯示的資料可能不是最新。',
    en: 'Not connected: what is shown may be out of date.',
  },
  onDuty: { 'zh-TW': '當值中', en: 'On duty' },
  offDuty: { 'zh-TW': '非當值', en: 'Off duty' },
  goOnDuty: { 'zh-TW': '開始當值', en: 'Go on duty' },
  goOffDuty: { 'zh-TW': '結束當值', en: 'Go off duty' },
  limit: {
    'zh-TW': '回覆時限 {time}；逾時會通知所有當值客服。',
    en: 'Response limit {time}; after it every CS on duty is alerted.',
  },
  working: { 'zh-TW': '處理中…', en: 'Working…' },
  backToAdmin: { 'zh-TW': '返回管理介面', en: 'Back to the admin panel' },
  language: { 'zh-TW': 'English', en: '中文' },
  whoConfirmedHelp: {
    'zh-TW': '例如：住戶陳先生、機電部李主任',
    en: 'e.g. Mr Chan, the resident; Ms Lee, Engineering',
  },
  stillInside: { 'zh-TW': '今天仍在內的訪客', en: 'Visitors still inside' },
  print: { 'zh-TW': '列印', en: 'Print' },
  scanTitle: { 'zh-TW': '掃描訪客通行證', en: 'Scan a visitor pass' },
  scanHelp: {
    'zh-TW': '有效的通行證會直接登記訪客進入，毋須致電管理處。',
    en: 'A valid pass checks the visitor in at once, with no call to the office.',
  },
  passCode: { 'zh-TW': '通行證代碼（掃描器）', en: 'Pass code (scanner)' },
  checkPass: { 'zh-TW': '核對', en: 'Check' },
  cameraOn: { 'zh-TW': '用鏡頭掃描', en: 'Use the camera' },
  cameraOff: { 'zh-TW': '關閉鏡頭', en: 'Stop the camera' },
  cameraStarting: { 'zh-TW': '正在開啟鏡頭…', en: 'Starting the camera…' },
  cameraReading: { 'zh-TW': '請把二維碼對準鏡頭', en: 'Hold the QR code up to the camera' },
  cameraUnavailable: {
    'zh-TW': '未能使用鏡頭，請用掃描器。',
    en: 'The camera is not available: use the scanner.',
  },
  passOk: {
    'zh-TW': '已登記進入：{name}，探訪 {unit}（第 {n} / {max} 次）',
    en: 'Checked in: {name}, visiting {unit} (use {n} of {max})',
  },
} as const

export type VisitorBoardKey = keyof typeof dict

export const visitorBoardText =
  (lang: OfficeLang) =>
  (key: VisitorBoardKey, params: Record<string, string | number> = {}) =>
    dict[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
