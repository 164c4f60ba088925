import { base64url, CompactSign, compactVerify, importJWK, type JWK } from 'jose'

import type { PassState } from './passRules'
import { localTime, type PassSchedule, scheduleState } from './schedule'

/**
 * Visitor pass tokens signed with the estate's Ed25519 key (VIS-4, offline checks): a compact JWS
 * over the pass id, its estate, window, uses and a random nonce. The server still looks a token
 * up by its hash; a gate board or kiosk cut off from the server checks the signature with the
 * estate's public key. This file runs on the server and in the browser (jose uses WebCrypto).
 */
export const PASS_TOKEN_ALG = 'EdDSA'

/** What a pass token says. Dates are seconds since the epoch, to keep the QR code small. */
export type PassClaims = {
  /** the pass id */
  p: string | number
  /** the estate id */
  e: string | number
  /** valid from, valid until (seconds) */
  f: number
  u: number
  /** max uses */
  m: number
  /** 128 random bits */
  n: string
}

const UNSIGNED_SHAPE = /^[A-Za-z0-9_-]{43}$/
/** 43 URL-safe characters: the random tokens passes had before they were signed. */
export const isUnsignedPassTokenShape = (value: unknown): value is string =>
  typeof value === 'string' && UNSIGNED_SHAPE.test(value)

const SIGNED_SHAPE = /^eyJ[A-Za-z0-9_-]{10,60}\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{86}$/

/** A compact JWS of the size a pass token has (a malformed one is refused before any crypto). */
export const isSignedPassTokenShape = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 420 && SIGNED_SHAPE.test(value)

const randomNonce = () => base64url.encode(crypto.getRandomValues(new Uint8Array(16)))

/** The claims of a pass, with a fresh nonce. */
export function passClaims(pass: {
  id: string | number
  estate: string | number
  validFrom: string
  validUntil: string
  maxUses: number
}): PassClaims {
  return {
    p: pass.id,
    e: pass.estate,
    f: Math.floor(new Date(pass.validFrom).getTime() / 1000),
    u: Math.ceil(new Date(pass.validUntil).getTime() / 1000),
    m: pass.maxUses,
    n: randomNonce(),
  }
}

/** Signs the claims with the estate's private key (a JWK with `d`; server only). */
export async function signPassToken(claims: PassClaims, privateJwk: JWK): Promise<string> {
  const key = await importJWK(privateJwk, PASS_TOKEN_ALG)
  return new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg: PASS_TOKEN_ALG })
    .sign(key)
}

const isId = (v: unknown): v is string | number =>
  (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && v.length > 0)
const isSeconds = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)

function readClaims(payload: Uint8Array): PassClaims | null {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder().decode(payload))
  } catch {
    return null
  }
  const c = value as Partial<PassClaims> | null
  if (!c || typeof c !== 'object') return null
  if (!isId(c.p) || !isId(c.e) || !isSeconds(c.f) || !isSeconds(c.u)) return null
  if (!isSeconds(c.m) || c.m < 1 || typeof c.n !== 'string') return null
  return c as PassClaims
}

/**
 * The imported public keys, by their point `x`: an estate has one key, and every scan verifies
 * with it; importing it each time cost as much as the verification.
 */
const publicKeys = new Map<string, ReturnType<typeof importJWK>>()

function publicKeyOf(publicJwk: JWK) {
  const id = `${publicJwk.crv}:${publicJwk.x}`
  let key = publicKeys.get(id)
  if (!key) {
    key = importJWK(publicJwk, PASS_TOKEN_ALG)
    // A key that does not import is not kept: the next scan tries again.
    key.catch(() => publicKeys.delete(id))
    if (publicKeys.size >= 100) publicKeys.clear()
    publicKeys.set(id, key)
  }
  return key
}

/**
 * The claims of a token whose signature the public key verifies, or null: tampered, signed by
 * another key (another estate's), not EdDSA, or malformed.
 */
export async function verifyPassToken(token: unknown, publicJwk: JWK): Promise<PassClaims | null> {
  if (!isSignedPassTokenShape(token)) return null
  try {
    const key = await publicKeyOf(publicJwk)
    const { payload, protectedHeader } = await compactVerify(token, key, {
      algorithms: [PASS_TOKEN_ALG],
    })
    if (protectedHeader.alg !== PASS_TOKEN_ALG) return null
    return readClaims(payload)
  } catch {
    return null
  }
}

/** What a device cut off from the server knows: the estate's revocations and uses, and its own. */
export type OfflineKnowledge = {
  estate: string | number
  revoked: (string | number)[]
  usedUp: (string | number)[]
  /** Uses the server had counted, by pass id, when the bundle was made (a recurring pass's: on `day`). */
  uses: Record<string, number>
  /** Check-ins this device made offline and has not uploaded yet, by pass id (a recurring pass's: today's). */
  queued: Record<string, number>
  /** Recurring passes' days and hours, by pass id, read in `timeZone` (the estate's). */
  recurring?: Record<string, PassSchedule>
  timeZone?: string
  /** The estate's date when the bundle was made: a recurring pass's counted uses are that day's. */
  day?: string
}

/**
 * VIS-4 offline: what a verified token's pass is at `now` as the device knows it, with the same
 * reasons as the server (revoked first, then the window, then a recurring pass's days and hours,
 * then the uses — a recurring pass's of this visit day). A token of another estate is `unknown`.
 */
export function offlinePassState(
  claims: PassClaims,
  known: OfflineKnowledge,
  now: Date,
): PassState | 'unknown' {
  if (String(claims.e) !== String(known.estate)) return 'unknown'
  const id = String(claims.p)
  if (known.revoked.some((r) => String(r) === id)) return 'revoked'
  const t = now.getTime()
  if (t < claims.f * 1000) return 'not-yet-valid'
  if (t > claims.u * 1000) return 'expired'
  const schedule = known.recurring?.[id]
  if (schedule && known.timeZone) {
    const at = scheduleState(schedule, new Date(claims.u * 1000), now, known.timeZone)
    if (at === 'later') return 'off-hours'
    if (at === 'over') return 'hours-over'
    // The server's count is of the bundle's day; after midnight this device starts a new day.
    if (known.day !== localTime(now, known.timeZone).day) {
      return (known.queued[id] ?? 0) >= claims.m ? 'used-up' : 'valid'
    }
  }
  if (known.usedUp.some((r) => String(r) === id)) return 'used-up'
  if ((known.uses[id] ?? 0) + (known.queued[id] ?? 0) >= claims.m) return 'used-up'
  return 'valid'
}
