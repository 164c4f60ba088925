export const HOUSEHOLD_STATUSES = ['pre-move-in', 'moved-in', 'moved-out'] as const
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number]

/** Moving in happens only through the pass handover (PAS-5); moving out is the office's call. */
export const HOUSEHOLD_TRANSITIONS: Record<HouseholdStatus, Partial<Record<HouseholdStatus, 'handover' | 'office'>>> = {
  'pre-move-in': { 'moved-in': 'handover' },
  'moved-in': { 'moved-out': 'office' },
  'moved-out': {},
}

export function canMoveHousehold(from: HouseholdStatus, to: HouseholdStatus, actor: 'handover' | 'office') {
  return from === to || HOUSEHOLD_TRANSITIONS[from]?.[to] === actor
}

export const HOUSEHOLD_STATUS_LABELS: Record<HouseholdStatus, { en: string; 'zh-TW': string }> = {
  'pre-move-in': { en: 'Before move-in', 'zh-TW': '未入住' },
  'moved-in': { en: 'Moved in', 'zh-TW': '已入住' },
  'moved-out': { en: 'Moved out', 'zh-TW': '已遷出' },
}
