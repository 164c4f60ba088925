import type { Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { actorOf, type RecordId } from '@/access/actor'
import { type Reach, reachQuery } from '@/access/estate'
import { type ErrorCode, pickLang, refusalBody } from '@/errors/catalogue'
import { VISITOR_REQUEST_READERS } from '../../../collections/VisitorRequests'
import { PERMIT_READERS } from '../../../collections/WorkPermits'
import { isLiveTopic, LIVE_TOPICS, type LiveBus, type LiveChange, type LiveTopic } from './bus'

/** Who may follow a topic: exactly who may read its records (the boards read them). */
const READERS: Record<LiveTopic, Reach> = {
  visitors: VISITOR_REQUEST_READERS,
  permits: PERMIT_READERS,
}

export type LiveStreamOptions = {
  /** Streams one process holds at most; beyond, boards poll (503). */
  maxStreams?: number
  /** Streams one signed-in account holds at most (tabs, devices); beyond, 429. */
  maxPerAccount?: number
  /** A comment line this often keeps proxies and the browser from timing the stream out. */
  heartbeatMs?: number
  /** A stream ends after this long and the browser opens a new one, signed in again. */
  maxAgeMs?: number
  /** The browser's wait before it opens a new stream (the `retry:` hint). */
  retryMs?: number
}

export type LiveStreams = {
  /** `GET /api/live/:topic`. */
  handler: RequestHandler
  /** Streams open now. */
  count: () => number
  /** Ends every stream (server shutdown: the browsers reconnect to another process). */
  closeAll: () => void
}

const positive = (value: string | undefined, fallback: number) =>
  Number.isInteger(Number(value)) && Number(value) > 0 ? Number(value) : fallback

export const liveStreamSettings = (env: NodeJS.ProcessEnv = process.env): LiveStreamOptions => ({
  maxStreams: positive(env.LIVE_MAX_STREAMS, 500),
  maxPerAccount: positive(env.LIVE_MAX_STREAMS_PER_ACCOUNT, 10),
})

function refuse(
  req: Request,
  res: Response,
  status: number,
  code: ErrorCode,
  params: Record<string, string> = {},
  user?: unknown,
) {
  const lang = pickLang({
    userLanguage: (user as { language?: unknown } | null | undefined)?.language,
    acceptLanguage: req.get('accept-language'),
  })
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .json(refusalBody(code, lang, params))
}

function headersOf(req: Request): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v)
  }
  return headers
}

/**
 * Server-sent events for the live boards: `GET /api/live/visitors` (gate and CS boards, the host
 * resident's gate list) and `GET /api/live/permits` (permits board). Signed in with the same
 * cookie or `Authorization` as the API; allowed to whoever may read the topic's records, in their
 * estate; a resident hears only of their own household's visitors. Each change sends
 * `event: changed` with the topic's name, never a record: the board reads its own endpoint again,
 * with its own access. While the bus cannot hear other processes, no stream is kept or opened
 * (503), so boards poll instead of trusting a stream that would miss changes.
 */
export function createLiveStreams(
  payload: Payload,
  bus: LiveBus,
  {
    maxStreams = 500,
    maxPerAccount = 10,
    heartbeatMs = 20_000,
    maxAgeMs = 10 * 60_000,
    retryMs = 3_000,
  }: LiveStreamOptions = {},
): LiveStreams {
  const open = new Set<() => void>()
  const perAccount = new Map<string, number>()

  bus.onState((state) => {
    if (state === 'down') for (const end of [...open]) end()
  })

  const handler: RequestHandler = async (req, res) => {
    const topic = req.params.topic
    if (!isLiveTopic(topic)) {
      return refuse(req, res, 404, 'live.unknown-topic', {
        topic: String(topic).slice(0, 40),
        topics: LIVE_TOPICS.join(', '),
      })
    }
    let user: unknown
    try {
      user = (await payload.auth({ headers: headersOf(req) })).user
    } catch {
      return refuse(req, res, 503, 'server.database-unavailable')
    }
    const actor = actorOf({ user: user as never })
    if (actor.kind === 'anonymous') return refuse(req, res, 401, 'live.sign-in-required')
    if (reachQuery(actor, READERS[topic]) === false || actor.estate === null) {
      return refuse(req, res, 403, 'request.forbidden', {}, user)
    }
    if (bus.state() === 'down') return refuse(req, res, 503, 'live.unavailable', {}, user)
    const account = `${actor.kind}:${String(actor.id)}`
    if (open.size >= maxStreams) return refuse(req, res, 503, 'live.too-many-streams', {}, user)
    if ((perAccount.get(account) ?? 0) >= maxPerAccount) {
      return refuse(req, res, 429, 'live.too-many-streams', {}, user)
    }

    // The browser may have gone while it was being signed in.
    if (req.socket.destroyed) return
    if (req.method === 'HEAD') {
      res.status(200).set('Content-Type', 'text/event-stream; charset=utf-8').end()
      return
    }
    const household: RecordId | null = actor.kind === 'resident' ? actor.household : null
    const concerns = (change: LiveChange) =>
      household === null || String(change.household ?? '') === String(household)

    res.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store, no-transform',
      Connection: 'keep-alive',
      // nginx and similar proxies: pass each event on as it comes.
      'X-Accel-Buffering': 'no',
    })
    res.flushHeaders()
    req.socket.setNoDelay(true)
    req.socket.setTimeout(0)
    res.write(`retry: ${retryMs}\n\n`)

    const unsubscribe = bus.subscribe(actor.estate, topic, (change) => {
      if (concerns(change)) res.write(`event: changed\ndata: ${topic}\n\n`)
    })
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs)
    const expiry = setTimeout(() => end(), maxAgeMs)
    perAccount.set(account, (perAccount.get(account) ?? 0) + 1)
    let ended = false
    const end = () => {
      if (ended) return
      ended = true
      open.delete(end)
      unsubscribe()
      clearInterval(heartbeat)
      clearTimeout(expiry)
      const left = (perAccount.get(account) ?? 1) - 1
      if (left > 0) perAccount.set(account, left)
      else perAccount.delete(account)
      if (!res.writableEnded) res.end()
    }
    open.add(end)
    res.on('close', end)
  }

  return {
    handler,
    count: () => open.size,
    closeAll: () => {
      for (const end of [...open]) end()
    },
  }
}
