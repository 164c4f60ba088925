import { decodeJwt } from 'jose'
import {
  type AuthStrategy,
  type AuthStrategyFunctionArgs,
  type CollectionSlug,
  JWTAuthentication,
  type Where,
} from 'payload'

/**
 * How long a process keeps the account a session token was bound to. Payload's own session
 * strategy verifies the token and reads the account (with its memberships and sessions) by a full
 * `findByID` on every request: at the gate's 50 scans a second that is a quarter of each scan's
 * server time. A kept account is used only while the database still holds it unchanged: the same
 * `updatedAt` (every change of the account through Payload moves it) and, with sessions, the
 * token's session (a sign-out or a password reset removes it), checked by one count on every
 * request, so a change made through any process or door applies to the next request. No entry
 * outlives the token's own expiry.
 */
export const KEPT_SESSION_TTL_MS = 5 * 60_000
/** Above this many kept entries, the expired ones are dropped (one per token seen lately). */
const KEPT_SESSIONS_MAX = 2_000

/** The account Payload binds to a request (`req.user`), with the session it was bound by. */
type User = NonNullable<Awaited<ReturnType<typeof JWTAuthentication>>['user']> & { _sid?: unknown }
type Kept = { user: User; until: number }

const store = (): Map<string, Kept> => {
  const key = Symbol.for('estate-office.keptSessions')
  return ((globalThis as { [k: symbol]: Map<string, Kept> | undefined })[key] ??= new Map())
}

/**
 * Everything Payload's token extraction reads (its `jwtOrder`: the Authorization header, the
 * session cookie, and for the cookie the Origin and Sec-Fetch-Site it checks against `csrf`), so
 * one key stands for one outcome of that extraction, and a cookie refused from another site is
 * never answered from a kept entry made for this site.
 */
const credentialsOf = (headers: Headers) => {
  const given = headers.get('authorization') ?? ''
  // A kiosk's API key is another strategy's to check: only session tokens are kept here.
  const authorization = /^(?:JWT|Bearer) /.test(given) ? given : ''
  const cookie = headers.get('cookie') ?? ''
  if (!authorization && !cookie) return null
  return [
    authorization,
    cookie,
    headers.get('origin') ?? '',
    headers.get('sec-fetch-site') ?? '',
  ].join('\n')
}

/** The earliest expiry of the tokens the request carries (seconds), so no entry outlives one. */
function tokensExpireAt(headers: Headers, cookiePrefix: string): number {
  const tokens: string[] = []
  const authorization = headers.get('authorization') ?? ''
  const bearer = /^(?:JWT|Bearer) (.+)$/.exec(authorization)
  if (bearer) tokens.push(bearer[1]!)
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === `${cookiePrefix}-token`) tokens.push(value.join('='))
  }
  let earliest = Infinity
  for (const token of tokens) {
    try {
      const { exp } = decodeJwt(token)
      if (typeof exp === 'number') earliest = Math.min(earliest, exp)
    } catch {
      // Not a token this request is bound by (Payload's own verification refused it already).
    }
  }
  return earliest
}

function prune(map: Map<string, Kept>, now: number) {
  if (map.size < KEPT_SESSIONS_MAX) return
  for (const [key, kept] of map) if (kept.until <= now) map.delete(key)
  if (map.size >= KEPT_SESSIONS_MAX) map.clear()
}

const usesSessions = (args: AuthStrategyFunctionArgs, user: User) =>
  Boolean(args.payload.collections[user.collection as CollectionSlug]?.config.auth.useSessions)

/** Whether the database still holds the account as it was kept, with the token's session. */
async function stillCurrent(args: AuthStrategyFunctionArgs, user: User): Promise<boolean> {
  const where: Where[] = [{ id: { equals: user.id } }, { updatedAt: { equals: user.updatedAt } }]
  if (usesSessions(args, user)) where.push({ 'sessions.id': { equals: user._sid } })
  const { totalDocs } = await args.payload.db.count({
    collection: user.collection as CollectionSlug,
    req: args.req,
    where: { and: where },
  })
  return totalDocs === 1
}

/** Only an account read whole, with the fields `stillCurrent` compares, is kept. */
const keepable = (args: AuthStrategyFunctionArgs, user: User) =>
  typeof user.updatedAt === 'string' &&
  typeof user.collection === 'string' &&
  (!usesSessions(args, user) || typeof user._sid === 'string')

/**
 * Payload's session strategy (`local-jwt`: the token verified, the account read, its session
 * looked up), with the account it found kept by the process and checked against the database on
 * every use (`stillCurrent`). A miss, or an account that changed, is Payload's own answer; a hit
 * hands out a copy, so nothing a request does to `req.user` reaches another. Requests without
 * credentials and refused ones are never kept.
 */
export async function authenticateKeptSession(args: AuthStrategyFunctionArgs) {
  const credentials = credentialsOf(args.headers)
  if (!credentials) return { user: null }
  const key = `${args.isGraphQL ? 'graphql' : 'rest'}\n${credentials}`
  const map = store()
  const now = Date.now()
  const kept = map.get(key)
  if (kept && kept.until > now) {
    if (await stillCurrent(args, kept.user)) return { user: structuredClone(kept.user) }
    map.delete(key)
  }
  const result = await JWTAuthentication({ ...args, strategyName: 'local-jwt' })
  if (result.user && keepable(args, result.user)) {
    const expiresAt = tokensExpireAt(args.headers, args.payload.config.cookiePrefix) * 1000
    const until = Math.min(now + KEPT_SESSION_TTL_MS, expiresAt)
    if (until > now) {
      prune(map, now)
      map.set(key, { user: structuredClone(result.user), until })
    }
  }
  return result
}

/**
 * Placed before Payload's own `local-jwt` (custom strategies run first). A request it cannot bind
 * falls through to Payload's, which then refuses it the same way.
 */
export const keptSessionStrategy: AuthStrategy = {
  name: 'kept-session',
  authenticate: authenticateKeptSession,
}
