/**
 * The load generator of `npm run bench`: plain `node:http` with keep-alive sockets (cheaper for
 * the client than `fetch` on a 2-core machine that also runs the server), the load shapes and
 * the statistics. Every loop is bounded by a count, a deadline or both; every request by a timeout.
 */
import http from 'node:http'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'

export type RequestSpec = {
  method: 'GET' | 'POST' | 'PATCH'
  path: string
  headers?: Record<string, string>
  json?: unknown
}

/** What one side of a comparison sends: request `i`, sent by client `lane`. */
export type Target = {
  label: string
  expectStatus: number
  make: (i: number, lane: number) => RequestSpec
}

export type Outcome = { ok: boolean; status: number; ms: number; error?: string }

export type Reply = { status: number; text: string }

export const REQUEST_TIMEOUT_MS = 15_000

export function newAgent(): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: Infinity })
}

/**
 * One request to the server; resolves (never rejects) with status 0 on a network error or timeout.
 * A GET whose reused keep-alive socket was closed by the server before answering is sent once
 * more on a fresh socket, as browsers do; anything else counts as it happened.
 */
export async function send(
  agent: http.Agent,
  baseUrl: string,
  spec: RequestSpec,
  keepBody: boolean,
): Promise<Reply & { error?: string }> {
  const first = await attempt(agent, baseUrl, spec, keepBody)
  if (first.staleSocket && spec.method === 'GET') return attempt(agent, baseUrl, spec, keepBody)
  return first
}

function attempt(
  agent: http.Agent,
  baseUrl: string,
  spec: RequestSpec,
  keepBody: boolean,
): Promise<Reply & { error?: string; staleSocket?: boolean }> {
  const url = new URL(spec.path, baseUrl)
  const body = spec.json === undefined ? undefined : JSON.stringify(spec.json)
  const headers: Record<string, string | number> = { Accept: 'application/json', ...spec.headers }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json'
    headers['Content-Length'] = Buffer.byteLength(body)
  }
  return new Promise((resolve) => {
    let settled = false
    let answered = false
    const done = (reply: Reply & { error?: string; staleSocket?: boolean }) => {
      if (settled) return
      settled = true
      resolve(reply)
    }
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: spec.method,
        headers,
      },
      (res) => {
        answered = true
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => {
          if (keepBody || chunks.length < 4) chunks.push(chunk)
        })
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        )
        res.on('error', (error) => done({ status: 0, text: '', error: error.message }))
      },
    )
    req.setTimeout(REQUEST_TIMEOUT_MS, () =>
      req.destroy(new Error(`timeout after ${REQUEST_TIMEOUT_MS} ms`)),
    )
    req.on('error', (error: NodeJS.ErrnoException) =>
      done({
        status: 0,
        text: '',
        error: error.message,
        staleSocket: !answered && req.reusedSocket && error.code === 'ECONNRESET',
      }),
    )
    if (body !== undefined) req.write(body)
    req.end()
  })
}

/** Sends one request of a target and times it from `startedAt` (the scheduled time, open loop). */
async function timed(
  agent: http.Agent,
  baseUrl: string,
  target: Target,
  i: number,
  lane: number,
  startedAt = performance.now(),
): Promise<Outcome> {
  const reply = await send(agent, baseUrl, target.make(i, lane), false)
  const ms = performance.now() - startedAt
  const ok = reply.status === target.expectStatus
  return {
    ok,
    status: reply.status,
    ms,
    error: ok ? undefined : reply.error || `HTTP ${reply.status}: ${reply.text.slice(0, 200)}`,
  }
}

export type Summary = {
  requests: number
  ok: number
  errors: number
  errorSamples: string[]
  statuses: Record<string, number>
  p50: number
  p95: number
  p99: number
  max: number
  mean: number
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[Math.min(rank, sorted.length) - 1]!
}

/** Latency figures over every response (errors included); errors are counted separately. */
export function summarize(outcomes: Outcome[]): Summary {
  const sorted = outcomes.map((o) => o.ms).sort((a, b) => a - b)
  const statuses: Record<string, number> = {}
  const errorSamples: string[] = []
  for (const o of outcomes) {
    statuses[String(o.status)] = (statuses[String(o.status)] ?? 0) + 1
    if (!o.ok && o.error && errorSamples.length < 3 && !errorSamples.includes(o.error)) {
      errorSamples.push(o.error)
    }
  }
  const ok = outcomes.filter((o) => o.ok).length
  return {
    requests: outcomes.length,
    ok,
    errors: outcomes.length - ok,
    errorSamples,
    statuses,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
    mean: sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : NaN,
  }
}

export type SequentialResult = Summary & { warmup: number }

export type ClosedLoopResult = Summary & {
  clients: number
  seconds: number
  /** Successful responses per second over the whole run. */
  throughput: number
}

/**
 * Closed loop: `clients` clients each send their next request as soon as the previous one is
 * answered, until `maxRequests` have been sent or `maxMs` has passed.
 */
export async function closedLoop(
  baseUrl: string,
  target: Target,
  clients: number,
  maxRequests: number,
  maxMs: number,
  firstIndex = 0,
): Promise<ClosedLoopResult> {
  const agent = newAgent()
  const outcomes: Outcome[] = []
  let issued = 0
  const start = performance.now()
  const deadline = start + maxMs
  try {
    await Promise.all(
      Array.from({ length: clients }, async (_, lane) => {
        while (issued < maxRequests && performance.now() < deadline) {
          const i = firstIndex + issued++
          outcomes.push(await timed(agent, baseUrl, target, i, lane))
        }
      }),
    )
  } finally {
    agent.destroy()
  }
  const seconds = (performance.now() - start) / 1000
  const summary = summarize(outcomes)
  return { clients, seconds, throughput: summary.ok / seconds, ...summary }
}

export type OpenLoopResult = Summary & {
  rate: number
  seconds: number
  /** Responses (of any kind) per second from the first send to the last response. */
  achievedRate: number
  /** Successful responses per second over the same time. */
  throughput: number
  /** How late the client sent requests compared with the schedule (ms). */
  sendLagP95: number
  sendLagMax: number
}

/**
 * Open loop: a request every 1000/rate ms on a fixed schedule, whether or not earlier ones have
 * been answered, for `durationMs`. Latency is measured from each request's scheduled time, so a
 * late send counts against the figure instead of hiding the queue (no coordinated omission).
 */
export async function openLoop(
  baseUrl: string,
  target: Target,
  rate: number,
  durationMs: number,
  firstIndex = 0,
): Promise<OpenLoopResult> {
  const agent = newAgent()
  const interval = 1000 / rate
  const total = Math.round((durationMs / 1000) * rate)
  const pending: Promise<Outcome>[] = []
  const lags: number[] = []
  const start = performance.now()
  try {
    for (let k = 0; k < total; k++) {
      const scheduled = start + k * interval
      const wait = scheduled - performance.now()
      if (wait > 0.5) await sleep(wait)
      lags.push(Math.max(0, performance.now() - scheduled))
      const i = firstIndex + k
      pending.push(timed(agent, baseUrl, target, i, i, scheduled))
    }
    const outcomes = await Promise.all(pending)
    const seconds = (performance.now() - start) / 1000
    lags.sort((a, b) => a - b)
    return {
      rate,
      seconds,
      achievedRate: outcomes.length / seconds,
      throughput: outcomes.filter((o) => o.ok).length / seconds,
      sendLagP95: percentile(lags, 95),
      sendLagMax: lags[lags.length - 1] ?? 0,
      ...summarize(outcomes),
    }
  } finally {
    agent.destroy()
  }
}

export type BurstResult = Summary & {
  clients: number
  rounds: number
  seconds: number
  /** Successful responses per second over the whole run. */
  throughput: number
  /** 409 answers: what a unique key refusing a simultaneous write looks like to a client. */
  conflicts: number
}

/**
 * Bursts: `rounds` times, `clients` clients send one request each at the same moment (client
 * `lane` always sends as lane `lane`, e.g. for its own member); the next round starts when every
 * answer of this one is in. Simultaneous arrival is the worst case for unique keys and locks.
 */
export async function bursts(
  baseUrl: string,
  target: Target,
  clients: number,
  rounds: number,
  firstIndex = 0,
): Promise<BurstResult> {
  const agent = newAgent()
  const outcomes: Outcome[] = []
  const start = performance.now()
  try {
    for (let round = 0; round < rounds; round++) {
      const first = firstIndex + round * clients
      outcomes.push(
        ...(await Promise.all(
          Array.from({ length: clients }, (_, lane) =>
            timed(agent, baseUrl, target, first + lane, lane),
          ),
        )),
      )
    }
  } finally {
    agent.destroy()
  }
  const seconds = (performance.now() - start) / 1000
  const summary = summarize(outcomes)
  return {
    clients,
    rounds,
    seconds,
    throughput: summary.ok / seconds,
    conflicts: summary.statuses['409'] ?? 0,
    ...summary,
  }
}

/**
 * One client taking turns between two targets: `first`, `second`, `second`, `first`, … so both
 * meet the same moments of a busy machine (a run of one then a run of the other would not);
 * `warmup` untimed turns of each first, then `count` timed requests of each.
 */
export async function sequentialTurns(
  baseUrl: string,
  first: Target,
  second: Target,
  warmup: number,
  count: number,
  firstIndex = 0,
): Promise<[SequentialResult, SequentialResult]> {
  const agent = newAgent()
  try {
    const outcomes: [Outcome[], Outcome[]] = [[], []]
    for (let k = 0; k < warmup + count; k++) {
      const n = firstIndex + k
      for (const side of k % 2 === 0 ? [0, 1] : [1, 0]) {
        const outcome = await timed(agent, baseUrl, side === 0 ? first : second, n, n)
        if (k >= warmup) outcomes[side]!.push(outcome)
      }
    }
    return [
      { warmup, ...summarize(outcomes[0]) },
      { warmup, ...summarize(outcomes[1]) },
    ]
  } finally {
    agent.destroy()
  }
}
