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
