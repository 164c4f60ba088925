import { defineWorkflow } from '@/domain/workflow/defineWorkflow'

export const COMPLAINT_CHANNELS = ['phone', 'written', 'walk-in', 'portal', 'kiosk'] as const
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number]
export const COMPLAINT_CHANNEL_LABELS = {
  phone: { en: 'Phone', 'zh-TW': '電話' },
  written: { en: 'Written', 'zh-TW': '書面' },
  'walk-in': { en: 'Walk-in', 'zh-TW': '親臨' },
  portal: { en: 'Residents’ portal', 'zh-TW': '住戶網站' },
  kiosk: { en: 'Lobby kiosk', 'zh-TW': '大堂自助機' },
} as const
/** The channels the office records; `portal` is the resident's own door (and `kiosk` a kiosk's). */
export const OFFICE_CHANNELS = ['phone', 'written', 'walk-in'] as const
/** CMP-2: what the office must read back to the resident before saving. */
export const READ_BACK_CHANNELS: readonly ComplaintChannel[] = ['phone', 'walk-in']

export const COMPLAINT_DEPARTMENTS = [
  'cs',
  'engineering',
  'environment',
  'security',
  'developer',
  'outside',
] as const
export type ComplaintDepartment = (typeof COMPLAINT_DEPARTMENTS)[number]
export const COMPLAINT_DEPARTMENT_LABELS = {
  cs: { en: 'Customer service', 'zh-TW': '客服部' },
  engineering: { en: 'Engineering (M&E)', 'zh-TW': '機電部' },
  environment: { en: 'Environment (cleaning)', 'zh-TW': '環境部（清潔）' },
  security: { en: 'Security', 'zh-TW': '安全管理部' },
  developer: { en: 'The developer', 'zh-TW': '開發商' },
  outside: { en: 'Another outside party', 'zh-TW': '其他外間單位' },
} as const

export const COMPLAINT_STATUSES = [
  'received',
  'planned',
  'scheduled',
  'in-progress',
  'awaiting-acceptance',
  'closed',
] as const
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number]
export const COMPLAINT_STATUS_LABELS = {
  received: { en: 'Received', 'zh-TW': '已收到' },
  planned: { en: 'Plan decided', 'zh-TW': '已定處理方案' },
  scheduled: { en: 'Scheduled', 'zh-TW': '已安排' },
  'in-progress': { en: 'In progress', 'zh-TW': '跟進中' },
  'awaiting-acceptance': { en: 'Awaiting the resident’s acceptance', 'zh-TW': '待住戶驗收' },
  closed: { en: 'Closed', 'zh-TW': '已完成' },
} as const

/** The departments whose staff do the work on site: they start and finish it. */
const WORKERS = ['engineering', 'environment', 'security'] as const

/**
 * CMP-8 (with CMP-3, CMP-5, HV-4): a complaint is received, then the supervisor (or manager)
 * decides the plan and committed time, the work is scheduled, done, and the resident accepts it
 * or says they are not satisfied, which returns it to follow-up with a reason. Left unanswered,
 * the `auto-close` job closes it, recording the resident's silence. Nothing else moves it.
 */
export const COMPLAINT_WORKFLOW = defineWorkflow({
  name: 'complaint',
  states: COMPLAINT_STATUSES,
  labels: COMPLAINT_STATUS_LABELS,
  operations: ['auto-close'],
  moves: [
    {
      from: 'received',
      to: 'planned',
      by: ['supervisor', 'manager'],
      action: { en: 'Decide the plan', 'zh-TW': '決定處理方案' },
      refusal: 'complaint.plan-supervisor-only',
    },
    {
      from: 'planned',
      to: 'scheduled',
      by: ['office'],
      action: { en: 'Mark scheduled', 'zh-TW': '已安排' },
    },
    {
      from: 'scheduled',
      to: 'in-progress',
      by: ['office', ...WORKERS],
      action: { en: 'Start the work', 'zh-TW': '開始處理' },
    },
    {
      from: 'in-progress',
      to: 'awaiting-acceptance',
      by: ['office', ...WORKERS],
      action: { en: 'Work done: ask the resident to accept', 'zh-TW': '完成，請住戶驗收' },
    },
    {
      from: 'awaiting-acceptance',
      to: 'closed',
      by: ['resident', 'office', 'auto-close'],
      action: { en: 'Accept the work', 'zh-TW': '驗收接受' },
    },
    {
      from: 'awaiting-acceptance',
      to: 'in-progress',
      by: ['resident', 'office'],
      action: { en: 'Not satisfied', 'zh-TW': '不滿意，需再跟進' },
    },
  ],
})

export const MAX_PROBLEM_LENGTH = 5000
export const MAX_COMPLAINT_PHOTOS = 5
export const MAX_COMPLAINT_PHOTO_BYTES = 5 * 1024 * 1024
