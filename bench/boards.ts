/**
 * How long a new record takes to appear on open boards. `boards` clients each keep a board the
 * way the office page does, in one of two ways:
 *   push — the board follows its event stream (`follow`) and reads again on every event (at most
 *          one read in flight and one waiting, as useLiveRefresh does), and once when the stream
 *          opens;
 *   poll — the board reads, waits `pollMs` after the answer, reads again (the page while its
 *          stream is down, and every board before there were streams), each starting at a random
 *          moment within one interval as real boards are opened at different times.
 * Meanwhile one client (the guard) creates records at irregular intervals, possibly through
 * another server process than the boards'. For every record and every board: the time from the
 * moment the guard sent the creation to the first answer of that board that lists it. Polling
 * bounds the figure from below: with an interval of T the wait is spread over 0…T plus the read's
 * own time, so p50 is about T/2 and p95 about 0.95·T at best.
 */
import { setTimeout as sleep } from 'node:timers/promises'

import { oneAtATime } from '../src/components/oneAtATime'
import { openStream, type SseStream } from '../test/support/sse'
import {
  newAgent,
  type Outcome,
  percentile,
  type RequestSpec,
  send,
  type Summary,
  summarize,
} from './load'

export type BoardTarget = {
  label: string
  /** One board's read, as that board's user. */
  read: (board: number) => RequestSpec
  /** The records an answer of the board lists. */
  idsOf: (body: any) => string[]
  /** The guard's creation of the i-th record. */
  create: (i: number) => RequestSpec
  createStatus: number
  idOfCreated: (body: any) => string
} & (
  | { mode: 'push'; follow: (board: number) => { path: string; headers: Record<string, string> } }
  | { mode: 'poll'; pollMs: number }
)

export type BoardOptions = {
  boards: number
  /** Records the guard creates, one every `everyMs` on average (0.5–1.5 × at random). */
  records: number
  everyMs: number
  /** How long, after the last creation, boards may take before a record counts as missed. */
  drainMs: number
}

/** Summary of the latencies from creation to first sight, over every record × board. */
export type BoardResult = Summary & {
  mode: 'push' | 'poll'
  /** The polling interval; 0 when pushed. */
  pollMs: number
  boards: number
  created: number
  createErrors: number
  createP95: number
  reads: number
  readErrors: number
  readP50: number
  readP95: number
  /** Events the boards received (push). */
  events: number
  seconds: number
}

const parse = (text: string) => {
  try {
    return text ? JSON.parse(text) : null
  } catch {
    return null
  }
}

/**
 * `guardUrl`: the server process the guard creates through; `boardsUrl`: the one the boards read
 * and follow (the same, or another process on the same database).
 */
export async function boardLatency(
  guardUrl: string,
  boardsUrl: string,
  target: BoardTarget,
  options: BoardOptions,
  firstIndex = 0,
): Promise<BoardResult> {
  const { boards, records, everyMs, drainMs } = options
  const started = performance.now()
  const seen = Array.from({ length: boards }, () => new Map<string, number>())
  const reads: Outcome[] = []
  const agents = Array.from({ length: boards }, () => newAgent())
  const streams: SseStream[] = []
  let events = 0
  let stopped = false

  const read = async (board: number) => {
    const sent = performance.now()
    const reply = await send(agents[board]!, boardsUrl, target.read(board), true)
    const answered = performance.now()
    const ok = reply.status === 200
    reads.push({
      ok,
      status: reply.status,
      ms: answered - sent,
      error: ok ? undefined : reply.error || `HTTP ${reply.status}: ${reply.text.slice(0, 200)}`,
    })
    if (ok) {
      for (const id of target.idsOf(parse(reply.text))) {
        if (!seen[board]!.has(id)) seen[board]!.set(id, answered)
      }
    }
  }

  const poll = async (board: number, pollMs: number) => {
    await sleep(Math.random() * pollMs)
    while (!stopped) {
      await read(board)
      if (!stopped) await sleep(pollMs)
    }
  }

  /** One board following its stream: reads on events as the page does (src/components/oneAtATime). */
  const follow = async (board: number) => {
    if (target.mode !== 'push') return
    const readOnEvents = oneAtATime(() => read(board))
    const request = () => {
      if (!stopped) void readOnEvents()
    }
    const { path, headers } = target.follow(board)
    const stream = await openStream(boardsUrl, path, headers, {
      onEvent: (e) => {
        if (e.event !== 'changed') return
        events++
        request()
      },
    })
    if (stream.status !== 200) {
      reads.push({
        ok: false,
        status: stream.status,
        ms: 0,
        error: `stream refused: HTTP ${stream.status} ${JSON.stringify(stream.body).slice(0, 200)}`,
      })
      return
    }
    streams.push(stream)
    request()
  }

  if (target.mode === 'push') {
    await Promise.all(Array.from({ length: boards }, (_, board) => follow(board)))
  }
  const polling =
    target.mode === 'poll'
      ? Array.from({ length: boards }, (_, board) => poll(board, target.pollMs))
      : []

  const guard = newAgent()
  const created: { id: string; sentAt: number }[] = []
  const creations: Outcome[] = []
  try {
    // Every board has read at least once before the first record is made.
    await sleep((target.mode === 'poll' ? target.pollMs : 0) + 500)
    for (let k = 0; k < records; k++) {
      const sentAt = performance.now()
      const reply = await send(guard, guardUrl, target.create(firstIndex + k), true)
      const ok = reply.status === target.createStatus
      creations.push({
        ok,
        status: reply.status,
        ms: performance.now() - sentAt,
        error: ok ? undefined : reply.error || `HTTP ${reply.status}: ${reply.text.slice(0, 200)}`,
      })
      const id = ok ? target.idOfCreated(parse(reply.text)) : undefined
      if (id !== undefined) created.push({ id: String(id), sentAt })
      if (k < records - 1) await sleep(everyMs * (0.5 + Math.random()))
    }
    const deadline = performance.now() + drainMs
    while (performance.now() < deadline && !seen.every((s) => created.every((c) => s.has(c.id)))) {
      await sleep(50)
    }
  } finally {
    stopped = true
    for (const stream of streams) stream.close()
    await Promise.all(polling)
    for (const agent of [guard, ...agents]) agent.destroy()
  }
  const ended = performance.now()

  const latencies: Outcome[] = []
  for (const c of created) {
    for (const s of seen) {
      const at = s.get(c.id)
      latencies.push(
        at === undefined
          ? { ok: false, status: 0, ms: ended - c.sentAt, error: 'not seen by a board' }
          : { ok: true, status: 200, ms: at - c.sentAt },
      )
    }
  }
  const readTimes = reads.map((r) => r.ms).sort((a, b) => a - b)
  const creationSummary = summarize(creations)
  const summary = summarize(latencies)
  const readErrors = reads.filter((r) => !r.ok)
  return {
    ...summary,
    // Failed creations and reads are errors of this side too.
    errors: summary.errors + creationSummary.errors + readErrors.length,
    errorSamples: [
      ...summary.errorSamples,
      ...creationSummary.errorSamples,
      ...readErrors.slice(0, 2).map((r) => r.error!),
    ].slice(0, 3),
    mode: target.mode,
    pollMs: target.mode === 'poll' ? target.pollMs : 0,
    boards,
    created: created.length,
    createErrors: creationSummary.errors,
    createP95: creationSummary.p95,
    reads: reads.length,
    readErrors: readErrors.length,
    readP50: percentile(readTimes, 50),
    readP95: percentile(readTimes, 95),
    events,
    seconds: (ended - started) / 1000,
  }
}
