import { defineWorkflow } from '@/domain/workflow/defineWorkflow'

export const PASS_STATUSES = ['prepared', 'active', 'lost', 'void'] as const
export type PassStatus = (typeof PASS_STATUSES)[number]

export const PASS_STATUS_LABELS: Record<PassStatus, { en: string; 'zh-TW': string }> = {
  prepared: { en: 'Prepared (not yet handed over)', 'zh-TW': '已製作（未移交）' },
  active: { en: 'Active', 'zh-TW': '有效' },
  lost: { en: 'Reported lost', 'zh-TW': '已報失' },
  void: { en: 'Void', 'zh-TW': '已作廢' },
}

const VOID = { en: 'Void', 'zh-TW': '作廢' }
const REPORT_LOST = { en: 'Report lost', 'zh-TW': '報失' }

/**
 * Who may move a pass from one status to another. `handover` is the move-in handover operation
 * (PAS-5), the only way a pass becomes active. `office` is cs, supervisor, manager or admin;
 * `resident` the resident of the pass's own household. Lost and void are final (PAS-3: those
 * passes keep counting).
 */
export const PASS_WORKFLOW = defineWorkflow({
  name: 'pass',
  states: PASS_STATUSES,
  labels: PASS_STATUS_LABELS,
  operations: ['handover'],
  moves: [
    { from: 'prepared', to: 'active', by: ['handover'] },
    { from: 'prepared', to: 'void', by: ['office'], action: VOID },
    { from: 'active', to: 'lost', by: ['office', 'resident'], action: REPORT_LOST },
    { from: 'active', to: 'void', by: ['office'], action: VOID },
  ],
})
