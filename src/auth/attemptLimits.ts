import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
}

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
  return {
    loginByAddress: new RateLimiterMemory({
      keyPrefix: 'la',
      points: perAddress,
      duration: windowSec,
    }),
    loginByAccountAndAddress: new RateLimiterMemory({
      keyPrefix: 'lx',
      points: Math.min(5, perAddress),
      duration: windowSec,
    }),
    loginByAccount: new RateLimiterMemory({ keyPrefix: 'lc', points: 50, duration: 60 * 60 }),
    forgotByAddress: new RateLimiterMemory({
      keyPrefix: 'fa',
      points: positive(env.FORGOT_RATE_LIMIT, 5),
      duration: 60 * 60,
    }),
    forgotByAccount: new RateLimiterMemory({ keyPrefix: 'fc', points: 3, duration: 60 * 60 }),
    resetByAddress: new RateLimiterMemory({
      keyPrefix: 'ra',
      points: perAddress,
      duration: windowSec,
    }),
    // A resident asking for passes in the portal (issue 6 #13): plenty for a family, no flood.
    passRequestsByResident: new RateLimiterMemory({
      keyPrefix: 'pr',
      points: positive(env.PASS_REQUEST_LIMIT, 20),
      duration: 60 * 60,
    }),
  }
}

export type AttemptLimits = ReturnType<typeof buildLimits>
export type LimitName = keyof AttemptLimits

// Next's bundles and the server's own modules can each load this file: the counters live on the
// process, so REST, GraphQL and the admin panel all spend from the same ones.
const KEY = Symbol.for('estate-office.attemptLimits')
type Holder = { [KEY]?: AttemptLimits }
export const attemptLimits = (): AttemptLimits =>
  ((globalThis as Holder)[KEY] ??= buildLimits(process.env))

/**
 * Takes one attempt from each named counter; returns the minutes to wait when any is spent.
 * Every counter is charged, so an attacker cannot probe one without paying on the others.
 */
export async function chargeAttempt(entries: [LimitName, string][]): Promise<number | null> {
  let waitMs = 0
  for (const [name, key] of entries) {
    try {
      await attemptLimits()[name].consume(key)
    } catch (result) {
      // Not instanceof: the counters may come from another copy of the library (see above).
      const spent = result as RateLimiterRes | Error
      if (!('msBeforeNext' in spent) || typeof spent.msBeforeNext !== 'number') throw result
      waitMs = Math.max(waitMs, spent.msBeforeNext)
    }
  }
  return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 60_000)) : null
}

/** A successful sign-in gives back what its attempt took: only failures count. */
export async function refundAttempt(entries: [LimitName, string][]) {
  for (const [name, key] of entries) await attemptLimits()[name].reward(key, 1)
}

export const accountKey = (collection: string, email: unknown) =>
  `${collection}:${String(email ?? '')
    .trim()
    .toLowerCase()}`
