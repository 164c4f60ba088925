import { dayIn } from '@/domain/dates/dateTimeFormat'

export const DEFAULT_PERMIT_MINUTES = 30
export const DEFAULT_PERMIT_WARN_MINUTES = 10
export const MAX_PERMIT_PHOTO_BYTES = 5 * 1024 * 1024

/** Hong Kong identity card (A123456(7), brackets optional) or a mainland resident ID (18). */
const HKID = /^([A-Z]{1,2})(\d{6})\(?([0-9A])\)?$/
const MAINLAND = /^(\d{17})([0-9X])$/

/** The ID number as kept: upper case, no spaces; HKID with its check digit in brackets. */
export function normaliseIdNumber(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const text = value.replace(/\s+/g, '').toUpperCase()
  const hk = HKID.exec(text)
  if (hk) return `${hk[1]}${hk[2]}(${hk[3]})`
  if (MAINLAND.test(text)) return text
  return null
}

/** PMT-4: `A123****(7)` — what lists show; the middle digits never leave for other roles. */
export function maskIdNumber(idNumber: string): string {
  const hk = HKID.exec(idNumber)
  if (hk) return `${hk[1]}${hk[2]!.slice(0, 3)}****(${hk[3]})`
  if (MAINLAND.test(idNumber))
    return `${idNumber.slice(0, 4)}${'*'.repeat(10)}${idNumber.slice(14)}`
  return '****'
}

/** PMT-3: the deadline is submission plus the estate's minutes (30 by default). */
export const permitDeadline = (submittedAt: Date, minutes: number) =>
  new Date(submittedAt.getTime() + minutes * 60_000)

/** Whole seconds left before the deadline (negative once it has passed). */
export const secondsLeft = (deadline: string | Date, now: Date) =>
  Math.floor((new Date(deadline).getTime() - now.getTime()) / 1000)

/** "12:05" or "−3:10": a countdown. */
export function formatCountdown(seconds: number): string {
  const s = Math.abs(seconds)
  const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
  return seconds < 0 ? `−${text}` : text
}

/**
 * The longest work period a permit may cover, in calendar days counting both ends. Decided: 90
 * days, one quarter — longer jobs take a new permit, so a contractor's card never outlives a
 * check by Security by more than that.
 */
export const MAX_PERMIT_VALID_DAYS = 90

export type PermitValidityRefusal =
  'permits.validity-required' | 'permits.validity-order' | 'permits.validity-too-long'

/**
 * How a calendar day is kept: noon UTC, which is the same day in every time zone from UTC−11 to
 * UTC+11 — so the estate's pages (in its time zone) and the admin's date picker (in the browser's)
 * show the day that was entered.
 */
const noonOf = (day: { y: number; m: number; d: number }) =>
  new Date(Date.UTC(day.y, day.m - 1, day.d, 12))

/** The calendar day a value names: a plain `2026-12-01` as written, an instant as the estate reads it. */
function dayOf(value: unknown, timeZone: string): { y: number; m: number; d: number } | null {
  if (typeof value === 'string') {
    const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
    if (plain) {
      const [y, m, d] = [Number(plain[1]), Number(plain[2]), Number(plain[3])]
      const check = new Date(Date.UTC(y, m - 1, d))
      return check.getUTCMonth() === m - 1 && check.getUTCDate() === d ? { y, m, d } : null
    }
  }
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : dayOf(dayIn(timeZone, date), timeZone)
}

/**
 * A permit's work period, as the estate reads it: both days are required, the last not before
 * the first, at most `MAX_PERMIT_VALID_DAYS` days counting both. An instant is read as its day in
 * the estate's time zone; each day is kept as its noon UTC (see `noonOf`).
 */
export function checkPermitValidity(
  from: unknown,
  until: unknown,
  timeZone: string,
):
  | { ok: true; validFrom: string; validUntil: string }
  | { ok: false; code: PermitValidityRefusal; field: 'validFrom' | 'validUntil' } {
  const first = dayOf(from, timeZone)
  if (!first) return { ok: false, code: 'permits.validity-required', field: 'validFrom' }
  const last = dayOf(until, timeZone)
  if (!last) return { ok: false, code: 'permits.validity-required', field: 'validUntil' }
  const days =
    (Date.UTC(last.y, last.m - 1, last.d) - Date.UTC(first.y, first.m - 1, first.d)) / 86_400_000
  if (days < 0) return { ok: false, code: 'permits.validity-order', field: 'validUntil' }
  if (days + 1 > MAX_PERMIT_VALID_DAYS)
    return { ok: false, code: 'permits.validity-too-long', field: 'validUntil' }
  return {
    ok: true,
    validFrom: noonOf(first).toISOString(),
    validUntil: noonOf(last).toISOString(),
  }
}

/** The steps from which the cards may be printed: Security has verified and filled them in. */
export const CARD_STEPS = ['verified', 'stamped', 'laminated', 'issued'] as const

/** The work period can change until the cards can be printed (Security verifies). */
export const VALIDITY_LOCKED_STEPS: readonly string[] = CARD_STEPS

/** What a permit card prints as its number: the permit's id, prefixed (`WP-000042`). */
export const permitNumber = (id: number | string) => `WP-${String(id).padStart(6, '0')}`
