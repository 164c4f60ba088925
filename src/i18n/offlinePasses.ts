import type { Lang } from '@/errors/catalogue'

/** What the gate board and the kiosk say about checking passes with the network down (VIS-4). */
const dict = {
  online: {
    'zh-TW': '已連線：通行證由管理處系統核對。',
    en: 'Online: passes are checked by the office system.',
  },
  offline: {
    'zh-TW': '離線：通行證在本裝置核對，登記會在恢復連線後上載。',
    en: 'Offline: passes are checked on this device and sent when the connection returns.',
  },
  statusLabel: { 'zh-TW': '連線狀態', en: 'Connection' },
  queued: {
    'zh-TW': '等候上載的離線登記：{n} 個。',
    en: 'Offline check-ins waiting to upload: {n}.',
  },
  uploaded: { 'zh-TW': '已上載的離線登記：{n} 個。', en: 'Offline check-ins uploaded: {n}.' },
  listAsOf: {
    'zh-TW': '已取消通行證名單更新於 {time}。',
    en: 'List of cancelled passes as of {time}.',
  },
  offlineOk: {
    'zh-TW': '通行證有效（本裝置離線核對）：第 {n} / {max} 次。訪客姓名會在恢復連線後顯示。',
    en: 'Valid pass (checked offline on this device): use {n} of {max}. The visitor’s name shows once online.',
  },
  noKey: {
    'zh-TW': '未能連線，而本裝置未有屋苑的核對資料：請聯絡管理處。',
    en: 'Offline, and this device has no copy of the estate’s pass key yet: call the office.',
  },
  unsigned: {
    'zh-TW': '此通行證為舊式，離線時未能核對：請聯絡管理處。',
    en: 'This is an old-style pass that cannot be checked offline: call the office.',
  },
} as const

export type OfflinePassKey = keyof typeof dict

export const offlinePassText =
  (lang: Lang) =>
  (key: OfflinePassKey, params: Record<string, string | number> = {}) =>
    dict[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
