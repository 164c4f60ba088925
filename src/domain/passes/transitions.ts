export const PASS_STATUSES = ['prepared', 'active', 'lost', 'void'] as const
export type PassStatus = (typeof PASS_STATUSES)[number]

export type PassActor = 'office' | 'resident' | 'handover'

/**
 * Who may move a pass from one status to another. `handover` is the move-in handover operation
 * (PAS-5), the only way a pass becomes active. `office` is cs, supervisor, manager or admin.
 */
export const PASS_TRANSITIONS: Record<PassStatus, Partial<Record<PassStatus, PassActor[]>>> = {
  prepared: { active: ['handover'], void: ['office'] },
  active: { lost: ['office', 'resident'], void: ['office'] },
  lost: {},
  void: {},
}

export function canMovePass(from: PassStatus, to: PassStatus, actor: PassActor): boolean {
  return PASS_TRANSITIONS[from]?.[to]?.includes(actor) ?? false
}

export const PASS_STATUS_LABELS: Record<PassStatus, { en: string; 'zh-TW': string }> = {
  prepared: { en: 'Prepared (not yet handed over)', 'zh-TW': '已製作（未移交）' },
  active: { en: 'Active', 'zh-TW': '有效' },
  lost: { en: 'Reported lost', 'zh-TW': '已報失' },
  void: { en: 'Void', 'zh-TW': '已作廢' },
}
