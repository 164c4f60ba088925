import type { StaffRole } from '@/access/roles'
import { defineWorkflow } from '@/domain/workflow/defineWorkflow'

export const PERMIT_STEPS = [
  'submitted',
  'received',
  'paid',
  'receipt-returned',
  'verified',
  'stamped',
  'laminated',
  'issued',
] as const
export type PermitStep = (typeof PERMIT_STEPS)[number]
export const PERMIT_STEP_LABELS = {
  submitted: { en: 'Submitted by the department', 'zh-TW': '部門已遞交' },
  received: { en: 'Received by CS', 'zh-TW': '客服已接收' },
  paid: { en: 'Paid (finance)', 'zh-TW': '財務已收費' },
  'receipt-returned': { en: 'Receipt returned by CS', 'zh-TW': '客服已交回收據' },
  verified: { en: 'Verified by Security', 'zh-TW': '安全部已核實' },
  stamped: { en: 'Stamped by CS', 'zh-TW': '客服已蓋章' },
  laminated: { en: 'Laminated (administration)', 'zh-TW': '行政部已過膠' },
  issued: { en: 'Issued by CS', 'zh-TW': '客服已發出' },
} as const

/** The departments that submit permits for their contractors. */
export const PERMIT_DEPARTMENTS = [
  'engineering',
  'environment',
  'security',
  'administration',
  'cs',
] as const satisfies readonly StaffRole[]
export type PermitDepartment = (typeof PERMIT_DEPARTMENTS)[number]

/** PMT-4: the roles that handle permits and so see full ID numbers and photos. */
export const PERMIT_HANDLERS: readonly StaffRole[] = [
  'cs',
  'finance',
  'security',
  'administration',
  'supervisor',
  'manager',
  'admin',
]

/** The one role that makes each step (PMT-2), in order. */
export const STEP_OWNER: Record<Exclude<PermitStep, 'submitted'>, StaffRole> = {
  received: 'cs',
  paid: 'finance',
  'receipt-returned': 'cs',
  verified: 'security',
  stamped: 'cs',
  laminated: 'administration',
  issued: 'cs',
}

/** What the button making each step says. */
const STEP_ACTIONS = {
  received: { en: 'Receive', 'zh-TW': '接收' },
  paid: { en: 'Record the payment', 'zh-TW': '記錄收費' },
  'receipt-returned': { en: 'Return the receipt', 'zh-TW': '交回收據' },
  verified: { en: 'Verify', 'zh-TW': '核實' },
  stamped: { en: 'Stamp', 'zh-TW': '蓋章' },
  laminated: { en: 'Laminate', 'zh-TW': '過膠' },
  issued: { en: 'Issue', 'zh-TW': '發出' },
} as const

/**
 * PMT-2: the chain runs in order, each step only by its role: cs receives → finance records the
 * payment and receipt number → cs returns the receipt → security verifies → cs stamps →
 * administration laminates → cs issues. No step is skipped or undone.
 */
export const PERMIT_WORKFLOW = defineWorkflow({
  name: 'work-permit',
  states: PERMIT_STEPS,
  labels: PERMIT_STEP_LABELS,
  moves: PERMIT_STEPS.slice(1).map((to, i) => ({
    from: PERMIT_STEPS[i]!,
    to,
    by: [STEP_OWNER[to as Exclude<PermitStep, 'submitted'>]],
    action: STEP_ACTIONS[to as Exclude<PermitStep, 'submitted'>],
    refusal: 'permits.step-not-yours' as const,
  })),
})
