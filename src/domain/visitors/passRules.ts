import { createHash, randomBytes } from 'node:crypto'

import { isUnsignedPassTokenShape } from './passTokens'

/** VIS-4: the longest window a visitor pass may cover. */
export const MAX_PASS_WINDOW_MS = 7 * 24 * 60 * 60 * 1000
export const MAX_PASS_USES = 20

/** 256 bits from the system's random source, as 43 URL-safe characters: the QR holds only this. */
export const newPassToken = () => randomBytes(32).toString('base64url')

/** A token of the first, unsigned kind (still accepted online; see passTokens for the signed). */
export const isPassTokenShape = isUnsignedPassTokenShape

/** Tokens are looked up by their hash: the stored index never holds a usable token. */
export const hashPassToken = (token: string) => createHash('sha256').update(token).digest('hex')

export type PassWindowProblem = 'dates' | 'order' | 'too-long' | 'past'

/** A window is two dates, ending after it starts, no longer than 7 days, not already over. */
export function checkPassWindow(
  from: unknown,
  until: unknown,
  now: Date,
): PassWindowProblem | null {
  const start = new Date(String(from ?? '')).getTime()
  const end = new Date(String(until ?? '')).getTime()
  if (!from || !until || !Number.isFinite(start) || !Number.isFinite(end)) return 'dates'
  if (end <= start) return 'order'
  if (end - start > MAX_PASS_WINDOW_MS) return 'too-long'
  if (end <= now.getTime()) return 'past'
  return null
}

export const isPassUses = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_PASS_USES

export const PASS_REFUSALS = ['expired', 'not-yet-valid', 'revoked', 'used-up', 'unknown'] as const
export type PassRefusal = (typeof PASS_REFUSALS)[number]
export type PassState = 'valid' | Exclude<PassRefusal, 'unknown'>

/**
 * What a pass is at `now` (VIS-4): revoked first (the resident's word is final), then its window,
 * then its uses. `valid` checks the visitor in.
 */
export function passState(
  pass: { status?: string | null; validFrom: string; validUntil: string; maxUses: number },
  uses: number,
  now: Date,
): PassState {
  if (pass.status === 'revoked') return 'revoked'
  const t = now.getTime()
  if (t < new Date(pass.validFrom).getTime()) return 'not-yet-valid'
  if (t > new Date(pass.validUntil).getTime()) return 'expired'
  if (uses >= pass.maxUses) return 'used-up'
  return 'valid'
}
