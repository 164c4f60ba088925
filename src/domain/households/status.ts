import { defineWorkflow } from '@/domain/workflow/defineWorkflow'

export const HOUSEHOLD_STATUSES = ['pre-move-in', 'moved-in', 'moved-out'] as const
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number]

export const HOUSEHOLD_STATUS_LABELS: Record<HouseholdStatus, { en: string; 'zh-TW': string }> = {
  'pre-move-in': { en: 'Before move-in', 'zh-TW': '未入住' },
  'moved-in': { en: 'Moved in', 'zh-TW': '已入住' },
  'moved-out': { en: 'Moved out', 'zh-TW': '已遷出' },
}

/** Moving in happens only through the pass handover (PAS-5); moving out is the office's call. */
export const HOUSEHOLD_WORKFLOW = defineWorkflow({
  name: 'household',
  states: HOUSEHOLD_STATUSES,
  labels: HOUSEHOLD_STATUS_LABELS,
  operations: ['handover'],
  moves: [
    {
      from: 'pre-move-in',
      to: 'moved-in',
      by: ['handover'],
      refusal: 'household.moves-in-at-handover',
    },
    {
      from: 'moved-in',
      to: 'moved-out',
      by: ['office'],
      action: { en: 'Record move-out', 'zh-TW': '登記遷出' },
    },
  ],
})
