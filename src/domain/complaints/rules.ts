import type { Actor } from '@/access/actor'
import { actorHasRole } from '@/access/actor'
import type { ErrorCode } from '@/errors/catalogue'
import {
  type ComplaintChannel,
  type ComplaintDepartment,
  MAX_PROBLEM_LENGTH,
  OFFICE_CHANNELS,
  READ_BACK_CHANNELS,
} from './transitions'

/** CMP-3: who decides the plan and the committed time. */
export const decidesPlan = (actor: Actor) => actorHasRole(actor, 'supervisor', 'manager')

/** What a resident may write on their complaint: the acceptance move and its reason (HV-4). */
export const RESIDENT_WRITABLE = ['status', 'reopenReason'] as const

/** CMP-1: the problem as stated: not empty, not longer than the limit. */
export function problemRefusal(value: unknown): ErrorCode | null {
  if (typeof value !== 'string' || !value.trim()) return 'complaint.problem-required'
  if (value.length > MAX_PROBLEM_LENGTH) return 'complaint.problem-too-long'
  return null
}

/**
 * CMP-1, CMP-2: how a new complaint came in decides what must be confirmed. The office records
 * phone, written and walk-in complaints, reading phone and walk-in ones back to the resident;
 * a resident's own (portal) complaint needs their confirmation of the text.
 */
export function intakeRefusal(intake: {
  by: Actor['kind']
  channel: unknown
  readBack?: unknown
  confirmed?: unknown
}): ErrorCode | null {
  // No door takes a complaint as the kiosk's: it cannot tell whose household is at the screen.
  if (intake.by === 'kiosk' || intake.channel === 'kiosk') return 'complaint.kiosk-closed'
  if (intake.by === 'resident')
    return intake.confirmed === true ? null : 'complaint.confirmation-required'
  if (!(OFFICE_CHANNELS as readonly unknown[]).includes(intake.channel)) {
    return 'complaint.channel-not-office'
  }
  if (READ_BACK_CHANNELS.includes(intake.channel as ComplaintChannel) && intake.readBack !== true) {
    return 'complaint.read-back-required'
  }
  return null
}

/** Two stored values of a field are the same (empty is empty; dates by instant). */
export function sameValue(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v === undefined || v === null || v === ''
  if (empty(a) || empty(b)) return empty(a) && empty(b)
  if (typeof a === 'string' && typeof b === 'string') {
    const [ta, tb] = [Date.parse(a), Date.parse(b)]
    if (a === b) return true
    return /^\d{4}-\d\d-\d\d/.test(a) && /^\d{4}-\d\d-\d\d/.test(b) && ta === tb
  }
  return String(a) === String(b)
}

/** CMP-1: a readable number, unique in the installation and so in the estate: `SG-000042`. */
export const complaintNumber = (estateCode: string | null | undefined, id: string | number) =>
  `${(estateCode || 'C').toUpperCase()}-${String(id).padStart(6, '0')}`

/**
 * Deadlines: a complaint is answered (the supervisor decides the plan) within its department's
 * response time from when it was received; the warning falls the estate's lead before that, never
 * before the complaint came in.
 */
export function responseDeadline(
  receivedAt: Date | string,
  department: ComplaintDepartment | null | undefined,
  settings: { responseHours: Record<ComplaintDepartment, number>; warnHours: number },
) {
  const start = new Date(receivedAt).getTime()
  // An unknown department is refused by validation later; its deadline must not break first.
  const hours =
    settings.responseHours[department as ComplaintDepartment] ?? settings.responseHours.cs
  const due = start + hours * 3600_000
  const warn = Math.max(start, due - settings.warnHours * 3600_000)
  return { respondBy: new Date(due).toISOString(), warnAt: new Date(warn).toISOString() }
}

export type DeadlineState = 'overdue' | 'due-soon' | null

/** Deadlines: a complaint still waiting for its answer is due soon past its warning, overdue past its time. */
export function deadlineState(
  c: { status?: string | null; respondBy?: string | null; warnAt?: string | null },
  now: Date,
): DeadlineState {
  if (c.status !== 'received' || !c.respondBy) return null
  if (Date.parse(c.respondBy) <= now.getTime()) return 'overdue'
  if (c.warnAt && Date.parse(c.warnAt) <= now.getTime()) return 'due-soon'
  return null
}

export const isOverdue = (
  c: { status?: string | null; respondBy?: string | null; warnAt?: string | null },
  now: Date,
) => deadlineState(c, now) === 'overdue'
