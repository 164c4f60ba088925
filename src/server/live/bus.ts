import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'

import type { Client, ClientConfig, Notification, Pool } from 'pg'
import type { Payload } from 'payload'

import type { RecordId } from '@/access/actor'

/** What the live boards watch: the gate's requests and pass uses, and the work permits. */
export const LIVE_TOPICS = ['visitors', 'permits'] as const
export type LiveTopic = (typeof LIVE_TOPICS)[number]
export const isLiveTopic = (value: unknown): value is LiveTopic =>
  (LIVE_TOPICS as readonly unknown[]).includes(value)

/**
 * "Something of this estate's topic changed": no record data, only enough to decide who is told.
 * `household` is the host unit of a visitor request, for the resident's gate list.
 */
export type LiveChange = { estate: RecordId; topic: LiveTopic; household?: RecordId | null }
export type LiveListener = (change: LiveChange) => void

/**
 * `up`: changes from every process arrive. `down`: the database connection that brings other
 * processes' changes is lost and being re-made (boards must poll meanwhile). `local`: this process
 * only, by design (SQLite, MongoDB: one server per database).
 */
export type LiveState = 'up' | 'down' | 'local'

export type LiveBus = {
  /** Tells this process's subscribers at once and, on PostgreSQL, every other process. */
  publish(change: LiveChange): Promise<void>
  /** Listens to one estate's topic; returns the unsubscribe. */
  subscribe(estate: RecordId, topic: LiveTopic, listener: LiveListener): () => void
  state(): LiveState
  /** Called on every change of `state()`; returns the unsubscribe. */
  onState(listener: (state: LiveState) => void): () => void
  /** PostgreSQL: opens the listening connection (resolves once it is up or has failed once). */
  listen(): Promise<void>
  close(): Promise<void>
}

const keyOf = (estate: RecordId, topic: LiveTopic) => `${topic}:${String(estate)}`

/** Subscribers of this process, by estate and topic. */
function localDelivery() {
  const emitter = new EventEmitter()
  // One listener per open board; the cap on streams (stream.ts) bounds them, not this warning.
  emitter.setMaxListeners(0)
  return {
    deliver(change: LiveChange) {
      emitter.emit(keyOf(change.estate, change.topic), change)
    },
    subscribe(estate: RecordId, topic: LiveTopic, listener: LiveListener) {
      const key = keyOf(estate, topic)
      emitter.on(key, listener)
      return () => void emitter.off(key, listener)
    },
  }
}

/** One process's bus: SQLite and MongoDB serve one process, so nothing needs to leave it. */
export function createLocalBus(): LiveBus {
  const local = localDelivery()
  return {
    publish: async (change) => local.deliver(change),
    subscribe: local.subscribe,
    state: () => 'local',
    onState: () => () => undefined,
    listen: async () => undefined,
    close: async () => undefined,
  }
}

export const LIVE_CHANNEL = 'estate_office_live'

type PgModule = { Client: new (config: ClientConfig) => Client; Pool: new (config: object) => Pool }

export type PostgresBusOptions = {
  pg: PgModule
  connection: ClientConfig
  channel?: string
  /** Re-connection waits: doubling from `minRetryMs` up to `maxRetryMs`. */
  minRetryMs?: number
  maxRetryMs?: number
  /** How often the listening connection is asked whether it still answers. */
  pingMs?: number
  log?: (message: string) => void
}

type Wire = { o: string; e: RecordId; t: LiveTopic; h?: RecordId | null }

/**
 * Several server processes on one PostgreSQL database: each holds one connection that LISTENs on
 * one channel, and a publish is a `pg_notify` on a small pool of its own (never a request's
 * transaction, so it is sent when called). The publishing process delivers to its own
 * subscribers at once and ignores its own notification when it comes back.
 */
export function createPostgresBus({
  pg,
  connection,
  channel = LIVE_CHANNEL,
  minRetryMs = 250,
  maxRetryMs = 10_000,
  pingMs = 30_000,
  log = (message) => console.warn(`estate-office: live boards: ${message}`),
}: PostgresBusOptions): LiveBus {
  const origin = randomUUID()
  const local = localDelivery()
  const states = new EventEmitter()
  let state: LiveState = 'down'
  let listener: Client | null = null
  let pool: Pool | null = null
  let listening: Promise<void> | null = null
  let retryMs = minRetryMs
  let retryTimer: ReturnType<typeof setTimeout> | null = null
  let pingTimer: ReturnType<typeof setInterval> | null = null
  let closed = false

  const setState = (next: LiveState) => {
    if (next === state) return
    state = next
    states.emit('state', next)
  }

  const received = (message: Notification) => {
    if (message.channel !== channel || !message.payload) return
    let wire: Wire
    try {
      wire = JSON.parse(message.payload) as Wire
    } catch {
      return
    }
    if (wire.o === origin) return
    local.deliver({ estate: wire.e, topic: wire.t, household: wire.h ?? null })
  }

  const lost = (client: Client, why: string) => {
    if (listener !== client) return
    listener = null
    if (pingTimer) clearInterval(pingTimer)
    pingTimer = null
    client.removeAllListeners('notification')
    void client.end().catch(() => undefined)
    setState('down')
    if (closed) return
    log(`${why}; connecting again in ${retryMs} ms (boards poll meanwhile)`)
    retryTimer = setTimeout(() => void connect(), retryMs)
    retryTimer.unref()
    retryMs = Math.min(retryMs * 2, maxRetryMs)
  }

  async function connect(): Promise<void> {
    retryTimer = null
    if (closed) return
    const client = new pg.Client({ ...connection, keepAlive: true, query_timeout: 10_000 })
    listener = client
    client.on('notification', received)
    client.on('error', (error) => lost(client, `connection error (${error.message})`))
    client.on('end', () => lost(client, 'connection ended'))
    try {
      await client.connect()
      await client.query(`LISTEN ${channel}`)
    } catch (error) {
      lost(client, `cannot listen (${(error as Error).message})`)
      return
    }
    if (closed || listener !== client) return
    retryMs = minRetryMs
    pingTimer = setInterval(() => {
      client.query('SELECT 1').catch((error: Error) => lost(client, `no answer (${error.message})`))
    }, pingMs)
    pingTimer.unref()
    setState('up')
  }

  const publishPool = () =>
    (pool ??= new pg.Pool({
      ...connection,
      max: 2,
      idleTimeoutMillis: 10_000,
      // A process that only publishes (a script, the Local API in tests) may still exit.
      allowExitOnIdle: true,
    }))

  return {
    async publish(change) {
      local.deliver(change)
      const wire: Wire = { o: origin, e: change.estate, t: change.topic, h: change.household }
      for (let attempt = 1; ; attempt++) {
        try {
          await publishPool().query('SELECT pg_notify($1, $2)', [channel, JSON.stringify(wire)])
          return
        } catch (error) {
          if (attempt >= 3 || closed) {
            log(`a change could not be sent to the other processes (${(error as Error).message})`)
            return
          }
          await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
        }
      }
    },
    subscribe: local.subscribe,
    state: () => state,
    onState(listen) {
      states.on('state', listen)
      return () => void states.off('state', listen)
    },
    listen() {
      listening ??= connect()
      return listening
    },
    async close() {
      closed = true
      if (retryTimer) clearTimeout(retryTimer)
      if (pingTimer) clearInterval(pingTimer)
      const client = listener
      listener = null
      setState('down')
      await Promise.all([client?.end().catch(() => undefined), pool?.end().catch(() => undefined)])
    },
  }
}

type PostgresAdapter = { name: 'postgres'; pg: PgModule; poolOptions: ClientConfig }

const KEY = Symbol.for('estate-office.liveBus')
const holder = globalThis as { [KEY]?: LiveBus }

/**
 * The process's bus, made for the database Payload uses. Next's bundles and the server's own
 * modules can each load this file: the bus lives on the process, not on one copy of the module.
 */
export function liveBusOf(payload: Payload): LiveBus {
  const existing = holder[KEY]
  if (existing) return existing
  const db = payload.db as unknown as { name: string }
  const bus =
    db.name === 'postgres'
      ? createPostgresBus({
          pg: (db as PostgresAdapter).pg,
          connection: (db as PostgresAdapter).poolOptions,
        })
      : createLocalBus()
  holder[KEY] = bus
  return bus
}

/** Closes the process's bus (server shutdown). */
export async function closeLiveBus() {
  const bus = holder[KEY]
  delete holder[KEY]
  await bus?.close()
}
