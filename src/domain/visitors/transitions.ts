import { defineWorkflow } from '@/domain/workflow/defineWorkflow'

export const VISITOR_STATUSES = [
  'waiting',
  'admitted',
  'refused',
  'checked-in',
  'checked-out',
] as const
export type VisitorStatus = (typeof VISITOR_STATUSES)[number]
export const VISITOR_STATUS_LABELS = {
  waiting: { en: 'Waiting at the gate', 'zh-TW': '門口等候中' },
  admitted: { en: 'Admitted', 'zh-TW': '准許進入' },
  refused: { en: 'Refused', 'zh-TW': '拒絕進入' },
  'checked-in': { en: 'Checked in', 'zh-TW': '已登記進入' },
  'checked-out': { en: 'Checked out', 'zh-TW': '已離開' },
} as const

export const CONFIRMED_HOW = ['phone', 'in-person', 'portal'] as const
export type ConfirmedHow = (typeof CONFIRMED_HOW)[number]
export const CONFIRMED_HOW_LABELS = {
  phone: { en: 'By phone', 'zh-TW': '電話確認' },
  'in-person': { en: 'In person', 'zh-TW': '當面確認' },
  portal: { en: 'By the resident in the portal', 'zh-TW': '住戶於住戶網站確認' },
} as const

/** The departments a visitor may come to see instead of a unit. */
export const HOST_DEPARTMENTS = [
  'management-office',
  'engineering',
  'environment',
  'security',
  'finance',
  'administration',
] as const
export const HOST_DEPARTMENT_LABELS = {
  'management-office': { en: 'Management office', 'zh-TW': '管理處' },
  engineering: { en: 'Engineering (M&E)', 'zh-TW': '機電部' },
  environment: { en: 'Environment', 'zh-TW': '環境部' },
  security: { en: 'Security', 'zh-TW': '安全管理部' },
  finance: { en: 'Finance', 'zh-TW': '財務部' },
  administration: { en: 'Administration', 'zh-TW': '行政部' },
} as const

/**
 * VIS-1, VIS-2, VIS-5: the guard records a request (`waiting`); customer service answers it after
 * asking the host (or the host resident answers it in the portal, for their own unit): admit or
 * refuse. Only an admitted visitor is checked in by the guard, and checked out when leaving.
 */
export const VISITOR_WORKFLOW = defineWorkflow({
  name: 'visitor-request',
  states: VISITOR_STATUSES,
  labels: VISITOR_STATUS_LABELS,
  moves: [
    {
      from: 'waiting',
      to: 'admitted',
      by: ['cs', 'resident'],
      action: { en: 'Admit', 'zh-TW': '准許進入' },
      refusal: 'visitors.answer-by-cs',
    },
    {
      from: 'waiting',
      to: 'refused',
      by: ['cs', 'resident'],
      action: { en: 'Refuse', 'zh-TW': '拒絕進入' },
      refusal: 'visitors.answer-by-cs',
    },
    {
      from: 'admitted',
      to: 'checked-in',
      by: ['guard'],
      action: { en: 'Check in', 'zh-TW': '登記進入' },
      refusal: 'visitors.check-in-by-guard',
    },
    {
      from: 'checked-in',
      to: 'checked-out',
      by: ['guard'],
      action: { en: 'Check out', 'zh-TW': '登記離開' },
      refusal: 'visitors.check-in-by-guard',
    },
  ],
})

export const VISITOR_PASS_STATUSES = ['active', 'revoked'] as const
export const VISITOR_PASS_STATUS_LABELS = {
  active: { en: 'Active', 'zh-TW': '有效' },
  revoked: { en: 'Cancelled', 'zh-TW': '已取消' },
} as const

/** VIS-4: the resident who gave a pass (or the office) may cancel it; a cancelled pass stays so. */
export const VISITOR_PASS_WORKFLOW = defineWorkflow({
  name: 'visitor-pass',
  states: VISITOR_PASS_STATUSES,
  labels: VISITOR_PASS_STATUS_LABELS,
  moves: [
    {
      from: 'active',
      to: 'revoked',
      by: ['resident', 'office'],
      action: { en: 'Cancel this pass', 'zh-TW': '取消此通行證' },
    },
  ],
})
