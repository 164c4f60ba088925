import { createHash } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

import { processCache } from '@/domain/processCache'
import { ATTEMPT_COUNTERS } from '../../collections/AttemptCounters'

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
}

/** A counter: at most `points` attempts per key within any `durationSec` (a sliding window). */
export type AttemptLimit = { prefix: string; points: number; durationSec: number }

/**
 * Counters for the sign-in doors (REST and GraphQL login, forgot-password, reset-password, for
 * staff and residents alike). Accounts are never locked: a wrong password counts against the
 * address, and against the account *from that address*, so a stranger cannot lock the real user
 * out from elsewhere (issue 6 #6). A very large number of failures on one account from many
 * addresses slows that account down for an hour.
 */
function buildLimits(env: NodeJS.ProcessEnv) {
  const windowSec = Math.ceil(positive(env.LOGIN_RATE_WINDOW_MS, 15 * 60 * 1000) / 1000)
  const perAddress = positive(env.LOGIN_RATE_LIMIT, 10)
  const limit = (prefix: string, points: number, durationSec: number): AttemptLimit => ({
    prefix,
    points,
    durationSec,
  })
  return {
    loginByAddress: limit('la', perAddress, windowSec),
    loginByAccountAndAddress: limit('lx', Math.min(5, perAddress), windowSec),
    loginByAccount: limit('lc', 50, 60 * 60),
    forgotByAddress: limit('fa', positive(env.FORGOT_RATE_LIMIT, 5), 60 * 60),
    forgotByAccount: limit('fc', 3, 60 * 60),
    resetByAddress: limit('ra', perAddress, windowSec),
    // A signed-in resident confirming a change of e-mail with their password: no guessing oracle.
    passwordChecksByAccount: limit('pc', 5, windowSec),
    // A resident asking for passes in the portal (issue 6 #13): plenty for a family, no flood.
    passRequestsByResident: limit('pr', positive(env.PASS_REQUEST_LIMIT, 20), 60 * 60),
    // Wrong mail pickup codes, per kiosk or desk account (MAIL-4): trying codes gets nowhere.
    pickupCodesByDevice: limit('pk', positive(env.PICKUP_CODE_LIMIT, 10), 15 * 60),
    // Visitor pass tokens that match nothing, per gate account or kiosk (VIS-4): no guessing.
    visitorPassMissesByDevice: limit('vp', positive(env.VISITOR_PASS_MISS_LIMIT, 10), 15 * 60),
    // Residents' access pass codes that match nothing, per gate account: no guessing either.
    residentPassMissesByDevice: limit('rp', positive(env.RESIDENT_PASS_MISS_LIMIT, 10), 15 * 60),
  }
}

export type AttemptLimits = ReturnType<typeof buildLimits>
export type LimitName = keyof AttemptLimits

// Next's bundles and the server's own modules can each load this file: the settings and the
// purge clock live on the process, not on one copy of the module.
const KEY = Symbol.for('estate-office.attemptLimits')
const PURGED = Symbol.for('estate-office.attemptLimits.purgedAt')
type Holder = { [KEY]?: AttemptLimits; [PURGED]?: number }
const holder = globalThis as Holder
export const attemptLimits = (): AttemptLimits => (holder[KEY] ??= buildLimits(process.env))

/** Where one request remembers the rows it charged, so a successful sign-in can give them back. */
const CHARGED = 'estate-office.chargedAttempts'
type Charged = Record<string, string | number>
type Caller = Pick<PayloadRequest, 'payload' | 'context'>

/** The stored key: readable when short, hashed when a client sent something long (an e-mail). */
export function counterKey(limit: AttemptLimit, key: string) {
  const full = `${limit.prefix}:${key}`
  if (full.length <= 200) return full
  return `${limit.prefix}:#${createHash('sha256').update(key).digest('hex')}`
}

/**
 * Charges one attempt: inserts it, then counts the attempts in the window. Insert-then-count holds
 * under concurrency, on every adapter and across processes: of any number of parallel attempts,
 * the last to count sees every earlier insert, so no more than `points` are let through.
 * A refused attempt takes its row back (refusals do not extend the wait); that only ever makes a
 * parallel attempt see more, never fewer, so it cannot let one more through.
 *
 * The writes are deliberately not made with the request's `req`: a failed sign-in rolls its
 * transaction back, and the attempt must stay counted, visible to other processes at once.
 */
async function chargeOne(payload: Payload, limit: AttemptLimit, key: string, now: number) {
  const stored = counterKey(limit, key)
  recentlySpent.forget(stored)
  const row = await payload.create({
    collection: ATTEMPT_COUNTERS,
    data: { key: stored, expiresAt: new Date(now + limit.durationSec * 1000).toISOString() },
    select: { key: true },
    depth: 0,
    overrideAccess: true,
    disableTransaction: true,
  })
  const inWindow = {
    key: { equals: stored },
    expiresAt: { greater_than: new Date(now).toISOString() },
  }
  const { totalDocs } = await payload.count({
    collection: ATTEMPT_COUNTERS,
    where: inWindow,
    overrideAccess: true,
  })
  // Again: a read of `attemptsSpent` between the first forget and the insert kept the old count.
  recentlySpent.forget(stored)
  if (totalDocs <= limit.points) return { id: row.id, waitMs: 0 }

  await payload.db.deleteMany({ collection: ATTEMPT_COUNTERS, where: { id: { equals: row.id } } })
  const oldest = await payload.find({
    collection: ATTEMPT_COUNTERS,
    where: inWindow,
    sort: 'expiresAt',
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const freeAt = oldest.docs[0] ? new Date(oldest.docs[0].expiresAt).getTime() : now + 1000
  return { id: null, waitMs: Math.min(limit.durationSec * 1000, Math.max(1000, freeAt - now)) }
}

/** Rows whose window has passed are deleted now and then (at most every 10 minutes per process). */
function purgeExpiredAttempts(payload: Payload, now: number) {
  if (now - (holder[PURGED] ?? 0) < 10 * 60 * 1000) return
  holder[PURGED] = now
  payload.db
    .deleteMany({
      collection: ATTEMPT_COUNTERS,
      where: { expiresAt: { less_than_equal: new Date(now).toISOString() } },
    })
    .catch((error: unknown) =>
      payload.logger.warn({ err: error }, 'purging expired attempts failed'),
    )
}

/**
 * Takes one attempt from each named counter; returns the minutes to wait when any is spent.
 * Every counter is charged, so an attacker cannot probe one without paying on the others.
 * The counters live in the database (`attempt-counters`), shared by every server process.
 */
export async function chargeAttempt(
  req: Caller,
  entries: [LimitName, string][],
): Promise<number | null> {
  if (!entries.length) return null
  const now = Date.now()
  const limits = attemptLimits()
  const results = await Promise.all(
    entries.map(([name, key]) => chargeOne(req.payload, limits[name], key, now)),
  )
  const charged = ((req.context[CHARGED] as Charged | undefined) ??= {})
  entries.forEach(([name, key], i) => {
    const id = results[i]!.id
    if (id !== null) charged[`${name}\u0000${key}`] = id
  })
  purgeExpiredAttempts(req.payload, now)
  const waitMs = Math.max(...results.map((r) => r.waitMs))
  return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 60_000)) : null
}

/** A successful sign-in gives back what its attempt took (the rows this request inserted). */
export async function refundAttempt(req: Caller, entries: [LimitName, string][]) {
  const charged = (req.context[CHARGED] as Charged | undefined) ?? {}
  const ids = entries
    .map(([name, key]) => charged[`${name}\u0000${key}`])
    .filter((id) => id !== undefined)
  if (!ids.length) return
  for (const [name, key] of entries) {
    delete charged[`${name}\u0000${key}`]
    recentlySpent.forget(counterKey(attemptLimits()[name], key))
  }
  await req.payload.db.deleteMany({ collection: ATTEMPT_COUNTERS, where: { id: { in: ids } } })
}

const LANES = Symbol.for('estate-office.attemptLimits.lanes')
const lanes = () => ((globalThis as { [LANES]?: Map<string, Promise<void>> })[LANES] ??= new Map())

/** Runs `work` after every earlier `work` of the same key in this process has settled. */
export function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const queue = lanes()
  const run = (queue.get(key) ?? Promise.resolve()).then(work)
  const settled = run.then(
    () => undefined,
    () => undefined,
  )
  queue.set(key, settled)
  void settled.then(() => {
    if (queue.get(key) === settled) queue.delete(key)
  })
  return run
}

/**
 * A door that charges only its misses (a wrong pickup code), so a right answer costs no write.
 * A spent counter refuses every try, right or wrong, until its window passes; a try that finds
 * nothing (`find` gives null) is charged. One device's tries run one at a time in this process:
 * a try is answered only after every earlier miss is counted, so parallel guesses get no more
 * answers than guesses sent one after another (the per-try insert used to ensure that, at the
 * cost of a write, a count and a delete for every right code).
 */
export function chargeMissesOnly<T>(
  req: Caller,
  name: LimitName,
  key: string,
  find: () => Promise<T | null>,
): Promise<{ found: T } | { found: null; waitMinutes: number | null }> {
  return oneAtATime(`${name}\u0000${key}`, async () => {
    const spent = await attemptsSpent(req, name, key)
    if (spent) return { found: null, waitMinutes: spent }
    const found = await find()
    if (found !== null) return { found }
    return { found: null, waitMinutes: await chargeAttempt(req, [[name, key]]) }
  })
}

export const accountKey = (collection: string, email: unknown) =>
  `${collection}:${String(email ?? '')
    .trim()
    .toLowerCase()}`

/**
 * How long a process keeps what `attemptsSpent` read: the gate asks it on every scan and the kiosk
 * on every pickup code, and almost always the answer is "not spent". A charge made in this process
 * forgets it at once (so a device spent here is refused from its next try); a charge made by
 * another process is seen within this time. The charges themselves are never cached: a guess over
 * the limit is refused by its own insert-then-count, whatever this says.
 */
export const SPENT_TTL_MS = 2_000
const recentlySpent = processCache<number | null>('attemptsSpent', SPENT_TTL_MS)

/**
 * Minutes to wait when a counter is already spent, without charging it: a door that charges only
 * its failures (unknown visitor passes) asks this first, so a spent device is refused everything.
 */
export function attemptsSpent(req: Caller, name: LimitName, key: string) {
  const limit = attemptLimits()[name]
  const stored = counterKey(limit, key)
  return recentlySpent.get(stored, async () => {
    const { totalDocs } = await req.payload.count({
      collection: ATTEMPT_COUNTERS,
      where: {
        key: { equals: stored },
        expiresAt: { greater_than: new Date().toISOString() },
      },
      overrideAccess: true,
    })
    return totalDocs >= limit.points ? Math.max(1, Math.ceil(limit.durationSec / 60)) : null
  })
}
