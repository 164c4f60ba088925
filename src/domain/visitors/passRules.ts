import { createHash, randomBytes } from 'node:crypto'

import { isUnsignedPassTokenShape } from './passTokens'
import { latestRecurringEnd, type PassSchedule, scheduleState } from './schedule'

/** VIS-4: the longest window a visitor pass may cover. */
export const MAX_PASS_WINDOW_MS = 7 * 24 * 60 * 60 * 1000
export const MAX_PASS_USES = 20

/** 256 bits from the system's random source, as 43 URL-safe characters: the QR holds only this. */
export const newPassToken = () => randomBytes(32).toString('base64url')

/** A token of the first, unsigned kind (still accepted online; see passTokens for the signed). */
export const isPassTokenShape = isUnsignedPassTokenShape

/** Tokens are looked up by their hash: the stored index never holds a usable token. */
export const hashPassToken = (token: string) => createHash('sha256').update(token).digest('hex')

export type PassWindowProblem = 'dates' | 'order' | 'too-long' | 'recurring-too-long' | 'past'

/**
 * A window is two dates, ending after it starts, not already over, and no longer than 7 days, or
 * for a recurring pass (days and hours) no longer than 3 calendar months.
 */
export function checkPassWindow(
  from: unknown,
  until: unknown,
  now: Date,
  { recurring = false } = {},
): PassWindowProblem | null {
  const start = new Date(String(from ?? '')).getTime()
  const end = new Date(String(until ?? '')).getTime()
  if (!from || !until || !Number.isFinite(start) || !Number.isFinite(end)) return 'dates'
  if (end <= start) return 'order'
  if (recurring) {
    if (end > latestRecurringEnd(new Date(start)).getTime()) return 'recurring-too-long'
  } else if (end - start > MAX_PASS_WINDOW_MS) return 'too-long'
  if (end <= now.getTime()) return 'past'
  return null
}

export const isPassUses = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_PASS_USES

/**
 * Why a scan is refused. `do-not-admit`: the visitor's name is on the estate's do-not-admit list
 * (the guard calls the office; the pass itself stays as it is).
 */
export const PASS_REFUSALS = [
  'expired',
  'not-yet-valid',
  'revoked',
  'used-up',
  'unknown',
  'do-not-admit',
] as const
export type PassRefusal = (typeof PASS_REFUSALS)[number]
/**
 * `off-hours`: a recurring pass outside its days and hours, with another window to come (the
 * reason given is `not-yet-valid`); `hours-over`: no window left before it ends (`expired`).
 */
export type PassState =
  'valid' | Exclude<PassRefusal, 'unknown' | 'do-not-admit'> | 'off-hours' | 'hours-over'

/** The reason a scanner is given for each state that refuses. */
export const REFUSAL_OF_STATE: Record<Exclude<PassState, 'valid'>, PassRefusal> = {
  revoked: 'revoked',
  'not-yet-valid': 'not-yet-valid',
  expired: 'expired',
  'used-up': 'used-up',
  'off-hours': 'not-yet-valid',
  'hours-over': 'expired',
}

/**
 * What a pass is at `now` (VIS-4): revoked first (the resident's word is final), then its window,
 * then, for a recurring pass, its days and hours in the estate's time zone, then its uses (for a
 * recurring pass, the uses of this visit day). `valid` checks the visitor in.
 */
export function passState(
  pass: { status?: string | null; validFrom: string; validUntil: string; maxUses: number },
  uses: number,
  now: Date,
  recurring?: { schedule: PassSchedule; timeZone: string } | null,
): PassState {
  if (pass.status === 'revoked') return 'revoked'
  const t = now.getTime()
  if (t < new Date(pass.validFrom).getTime()) return 'not-yet-valid'
  if (t > new Date(pass.validUntil).getTime()) return 'expired'
  if (recurring) {
    const at = scheduleState(recurring.schedule, new Date(pass.validUntil), now, recurring.timeZone)
    if (at === 'later') return 'off-hours'
    if (at === 'over') return 'hours-over'
  }
  if (uses >= pass.maxUses) return 'used-up'
  return 'valid'
}
