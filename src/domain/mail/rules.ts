import type { ErrorCode } from '@/errors/catalogue'
import { dayIn } from '@/domain/dates/dateTimeFormat'

/**
 * MAIL-2: the counts a batch is accepted with. Both must be whole numbers above zero; when the
 * guard's and CS's numbers differ, only a note explaining it lets the batch be accepted.
 */
export function checkBatchCount(input: {
  declaredCount: unknown
  countedCount: unknown
  discrepancyNote: unknown
}): ErrorCode | null {
  if (!isPositiveCount(input.declaredCount)) return 'mail.count-invalid'
  if (!isPositiveCount(input.countedCount)) return 'mail.count-invalid'
  const note = typeof input.discrepancyNote === 'string' ? input.discrepancyNote.trim() : ''
  if (input.declaredCount !== input.countedCount && !note) return 'mail.count-mismatch-needs-note'
  return null
}

export const MAX_BATCH_COUNT = 10_000

export function isPositiveCount(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_BATCH_COUNT
  )
}

/** Names compared as a person would: case, spaces and full-width forms do not matter. */
export function sameName(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) =>
    typeof v === 'string' ? v.normalize('NFKC').replace(/\s+/g, '').toLowerCase() : ''
  return norm(a) !== '' && norm(a) === norm(b)
}

/**
 * MAIL-4: an authorisation lets its delegate collect the addressee's mail up to and including
 * its last day (in the estate's time zone), unless it was withdrawn.
 */
export function authorisationValid(
  auth: { validUntil?: string | null; revokedAt?: string | null },
  today: string,
): boolean {
  if (auth.revokedAt) return false
  if (!auth.validUntil) return false
  return auth.validUntil.slice(0, 10) >= today
}

/** A hold ("away until 12 December") is in force from its first to its last day. */
export function holdInForce(
  hold: { from?: string | null; until?: string | null },
  today: string,
): boolean {
  if (!hold.until) return false
  const from = hold.from ? hold.from.slice(0, 10) : '0000-00-00'
  return from <= today && today <= hold.until.slice(0, 10)
}

/**
 * MAIL-6: an item waiting longer than the estate's reminder days is reminded, and again every
 * that many days, but not while the household has asked to hold its mail.
 */
export function reminderDue(
  item: { createdAt: string; remindedAt?: string | null },
  reminderDays: number,
  now: Date,
  onHold: boolean,
): boolean {
  if (onHold || reminderDays < 1) return false
  const since = new Date(item.remindedAt ?? item.createdAt).getTime()
  return now.getTime() - since >= reminderDays * 24 * 60 * 60 * 1000
}

/** MAIL-2 and beyond: a batch reconciles when every counted item is picked up, waiting or returned. */
export function reconcileBatch(
  countedCount: number | null | undefined,
  items: { status?: string | null }[],
) {
  const count = (status: string) => items.filter((i) => i.status === status).length
  const pickedUp = count('picked-up')
  const waiting = count('waiting')
  const returned = count('returned')
  const recorded = items.length
  return {
    counted: countedCount ?? null,
    recorded,
    pickedUp,
    waiting,
    returned,
    balanced: countedCount != null && recorded === countedCount,
  }
}

/**
 * The calendar day a person meant by a date: `2026-12-12` as written, or the day an instant falls
 * on in the estate's time zone (the admin's date picker sends the local midnight as UTC). Kept
 * as noon UTC of that day, so the stored value reads as the same day everywhere.
 */
export function calendarDay(value: unknown, timeZone: string): string | null {
  if (typeof value !== 'string' || !value) return null
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const at = new Date(value)
  return Number.isNaN(at.getTime()) ? null : dayIn(timeZone, at)
}

export const storedDay = (day: string) => `${day}T12:00:00.000Z`

/** A day `days` after another (`YYYY-MM-DD`). */
export function addDays(day: string, days: number): string {
  const at = new Date(`${day}T12:00:00.000Z`)
  at.setUTCDate(at.getUTCDate() + days)
  return at.toISOString().slice(0, 10)
}
