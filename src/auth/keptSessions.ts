import { decodeJwt } from 'jose'
import {
  type AuthStrategy,
  type AuthStrategyFunctionArgs,
  type AuthStrategyResult,
  type CollectionSlug,
  JWTAuthentication,
  type Where,
} from 'payload'
import { parseCookies } from 'payload/shared'

import { processMap } from '@/domain/processCache'

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
const KEPT_SESSION_TTL_MS = 5 * 60_000
/** Above this many kept entries, the expired ones are dropped (one per token seen lately). */
const KEPT_SESSIONS_MAX = 2_000

/** The account Payload binds to a request (`req.user`), with the session it was bound by. */
type User = NonNullable<Awaited<ReturnType<typeof JWTAuthentication>>['user']> & { _sid?: unknown }
type Kept = { user: User; until: number }

const store = () => processMap<Kept>('keptSessions')

/**
 * The session tokens a request carries where Payload's extraction looks (its `jwtOrder`: the
 * Authorization header, the session cookie), with the key they are kept under: the tokens, and
 * for the cookie the Origin and Sec-Fetch-Site Payload checks against `csrf`, so one key stands
 * for one outcome of that extraction. Null when there is none, or when the Authorization header
 * is something else (a kiosk's API key): that is left to the strategies Payload asks before its
 * own session strategy, so a request carrying a key and a session cookie stays the key's.
 */
function sessionCredentialsOf(headers: Headers, cookiePrefix: string) {
  const authorization = headers.get('authorization') ?? ''
  const header = /^(?:JWT|Bearer) (.+)$/.exec(authorization)?.[1]
  if (authorization && !header) return null
  const cookie = parseCookies(headers).get(`${cookiePrefix}-token`)
  if (!header && !cookie) return null
  const key = [
    header ?? '',
    cookie ?? '',
    headers.get('origin') ?? '',
    headers.get('sec-fetch-site') ?? '',
  ].join('\n')
  return { key, tokens: [header, cookie].filter((token) => token !== undefined) }
}

/** The earliest expiry (ms) of the tokens, so no entry outlives one. */
function earliestExpiry(tokens: string[]): number {
  let earliest = Infinity
  for (const token of tokens) {
    try {
      const { exp } = decodeJwt(token)
      if (typeof exp === 'number') earliest = Math.min(earliest, exp * 1000)
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

/** A session token's account is bound by its session too; a kiosk's key has none. */
const usesSessions = (args: AuthStrategyFunctionArgs, user: User) =>
  user._strategy === 'local-jwt' &&
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
 * The account kept under `key` while the database still holds it (`stillCurrent`), or else the
 * answer of `authenticate` (Payload's own strategy), kept until `expiresAt` at the latest. A hit
 * hands out a copy, so nothing a request does to `req.user` reaches another. Refusals are never
 * kept.
 */
async function keptOr(
  args: AuthStrategyFunctionArgs,
  key: string,
  authenticate: () => Promise<AuthStrategyResult> | AuthStrategyResult,
  expiresAt: () => number,
): Promise<AuthStrategyResult> {
  const map = store()
  const now = Date.now()
  const kept = map.get(key)
  if (kept && kept.until > now) {
    if (await stillCurrent(args, kept.user)) return { user: structuredClone(kept.user) }
    map.delete(key)
  }
  const result = await authenticate()
  if (result.user && keepable(args, result.user)) {
    const until = Math.min(now + KEPT_SESSION_TTL_MS, expiresAt())
    if (until > now) {
      prune(map, now)
      map.set(key, { user: structuredClone(result.user), until })
    }
  }
  return result
}

/**
 * Payload's session strategy (`local-jwt`: the token verified, the account read, its session
 * looked up), with the account it found kept by the process and checked against the database on
 * every use. Requests without a session token are left to the other strategies.
 */
export async function authenticateKeptSession(args: AuthStrategyFunctionArgs) {
  const credentials = sessionCredentialsOf(args.headers, args.payload.config.cookiePrefix)
  if (!credentials) return { user: null }
  return keptOr(
    args,
    `session\n${args.isGraphQL ? 'graphql' : 'rest'}\n${credentials.key}`,
    () => JWTAuthentication({ ...args, strategyName: 'local-jwt' }),
    () => earliestExpiry(credentials.tokens),
  )
}

/**
 * Placed before Payload's own `local-jwt` (custom strategies run first). A request it cannot bind
 * falls through to Payload's, which then refuses it the same way.
 */
export const keptSessionStrategy: AuthStrategy = {
  name: 'kept-session',
  authenticate: authenticateKeptSession,
}

/**
 * A device's API key (`<collection> API-Key <key>`: the lobby kiosks), checked by Payload's own
 * API-key strategy the first time a process sees it and then kept like a session: used only while
 * the database holds the device's record with the same `updatedAt` (a new key, a disabled one, a
 * rename or the device's heartbeat all move it). Declared by the collection, so it runs just
 * before Payload's strategy for the same key.
 */
export function keptApiKeyStrategy(collection: CollectionSlug): AuthStrategy {
  const payloadOwn = `${collection}-api-key`
  return {
    name: `kept-${payloadOwn}`,
    authenticate: async (args) => {
      const authorization = args.headers.get('authorization') ?? ''
      if (!authorization.startsWith(`${collection} API-Key `)) return { user: null }
      const own = args.payload.authStrategies.find((strategy) => strategy.name === payloadOwn)
      if (!own) return { user: null }
      return keptOr(
        args,
        `api-key\n${args.isGraphQL ? 'graphql' : 'rest'}\n${authorization}`,
        () => own.authenticate({ ...args, strategyName: payloadOwn }),
        () => Infinity,
      )
    },
  }
}
