/**
 * `npm run bench`: how much the passes' rules cost, measured against the real server in
 * production mode, first on SQLite and then on PostgreSQL, each on a fresh database.
 *
 * Three operations, each against a hook-free baseline collection (`benchmark-baselines`) in the
 * same run, with the same depth (0) and, for the list, the same fields and sort:
 *   A. pass creation  — POST /api/passes/request as customer service
 *                       vs POST /api/benchmark-baselines?depth=0 as admin
 *   B. concurrent pass creation — the same two requests, sent by 10 clients at the same moment,
 *                       each client for its own member, round after round
 *   C. portal list    — GET /api/passes?limit=100&depth=0&<the portal's fields> as a resident
 *                       (access query), i.e. what the portal page reads
 *                       vs GET /api/benchmark-baselines?…&<the same fields>&where[household]…
 *                       as admin, with as many baseline rows in that household as the resident
 *                       has passes
 * A and C: p50/p95 latency with one client (taking turns between ours and the baseline, request
 * by request), requests per second with 20 clients (closed loop), p95 latency at a steady 50
 * requests per second (open loop). B: throughput, p95, 409s.
 *
 * The machine is shared and noisy, so every figure is measured `repeats` times, alternating
 * which side goes first (ours/baseline, then baseline/ours, …); the report gives the median and
 * the spread (min–max) of each figure, and each ratio is the median of the ratios of runs taken
 * side by side. Errors of both sides are counted.
 *
 * Beside the passes: the mail part (kept database of 1,000,000 items), the visitors part (a
 * guard's pass check-in, and the time from a guard's request to the CS boards) and the complaints
 * part (a resident's complaint, and the CS desk's queue among 100,000); see their sections.
 *
 * Prints a table per database and writes everything to tmp/bench-results.json. It reports
 * figures; it does not pass or fail (exit code 1 only when a database could not be measured).
 */
import { spawn } from 'node:child_process'
import { randomBytes, randomInt, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import pg from 'pg'

import { freshDatabase, postgresServerUri, type TestDatabase } from '../test/support/database'
import { SIGNATURE_PNG } from '../test/support/payload'
import { type RunningServer, startServer } from '../test/support/server'
import { portalPassSelectQuery } from '../src/domain/passes/portalSelection'
import { deskQueueSearch } from '../src/domain/complaints/deskQueue'
import {
  bursts,
  type BurstResult,
  closedLoop,
  type ClosedLoopResult,
  newAgent,
  openLoop,
  type OpenLoopResult,
  send,
  type SequentialResult,
  sequentialTurns,
  type Target,
} from './load'
import { type BoardResult, type BoardTarget, boardLatency } from './boards'
import { BOARD_POLL_MS } from '../src/components/office/visitors/VisitorBoard'

const SHORT = Boolean(process.env.BENCH_SHORT)

const SETTINGS = {
  /** Runs of every figure, alternating which side goes first. */
  repeats: Math.max(1, Number(process.env.BENCH_REPEATS) || 3),
  warmup: 20,
  sequentialRequests: SHORT ? 60 : 100,
  clients: 20,
  closedLoopMaxRequests: 1000,
  closedLoopMaxMs: SHORT ? 1_500 : 3_000,
  openLoopRate: 50,
  openLoopMs: SHORT ? 1_500 : 3_000,
  /** Operation B: clients sending at the same moment, each for its own member, and rounds. */
  burstClients: 10,
  burstRounds: SHORT ? 5 : 10,
  /** Members of the household whose passes are created during operation A. */
  creationMembers: 20,
  /** Members of the resident's household, and how many passes it holds for operation C. */
  listMembers: 8,
  listPasses: 80,
  pauseBetweenRunsMs: 500,
}

const GOALS = {
  p50RatioMax: 1.25,
  throughputRatioMin: 0.8,
  openLoopP95MaxMs: 50,
  /** Visitors: a guard's new request on the CS boards. */
  boardP95MaxMs: 1000,
}

const ADMIN = { email: 'bench-admin@example.com', password: 'bench-admin-password-1' }
const CS = { email: 'bench-cs@example.com', password: 'bench-cs-password-1' }
const RESIDENT = { email: 'bench-resident@example.com', password: 'bench-resident-password-1' }

// BENCH_DB=sqlite|postgres runs one database only (for quick comparisons while tuning).
// BENCH_DB_NAME_SUFFIX keeps two checkouts on one machine from dropping each other's fresh
// database (as TEST_DB_NAME_SUFFIX does for the tests).
const SUFFIX = process.env.BENCH_DB_NAME_SUFFIX ?? ''
/** A part's database on each adapter (its name there), or only on BENCH_DB's when set. */
const benchDatabases = (sqlite: string, postgres: string): { kind: TestDatabase; name: string }[] =>
  [
    { kind: 'sqlite' as const, name: `${sqlite}${SUFFIX}` },
    { kind: 'postgres' as const, name: `${postgres}${SUFFIX}` },
  ].filter((d) => !process.env.BENCH_DB || d.kind === process.env.BENCH_DB)
const DATABASES = benchDatabases('bench', 'estate_bench')

const RESULTS_FILE = path.resolve('tmp', 'bench-results.json')

type Run = SequentialResult | ClosedLoopResult | OpenLoopResult | BurstResult | BoardResult

/** One figure over the repeated runs. */
type Spread = { median: number; min: number; max: number; runs: number[] }

type Metric = {
  metric: string
  unit: 'ms' | 'req/s' | 'count'
  ours: Spread
  baseline: Spread
  /** ours ÷ baseline of each pair of runs taken side by side. */
  ratio: Spread
}

type PhaseResult = {
  phase: string
  /** Which side ran first in each repeat. */
  order: ('ours' | 'baseline')[]
  ours: Run[]
  baseline: Run[]
  metrics: Metric[]
  errors: { ours: number; baseline: number; oursStatuses: Record<string, number> }
}

type Goal = { goal: string; value: number; shown: string; met: boolean }

type OperationResult = {
  name: string
  labels: { ours: string; baseline: string }
  phases: PhaseResult[]
  goals: Goal[]
}

type DatabaseResult = {
  kind: TestDatabase
  /** What was measured there, when not the passes (e.g. "sqlite, mail"). */
  label?: string
  databaseUri: string
  setup: Record<string, unknown>
  operations: OperationResult[]
  loadAverage: { before: number[]; after: number[] }
  seconds: number
  error?: string
}

const log = (line: string) => process.stdout.write(`${line}\n`)

// ---------------------------------------------------------------------------------------------
// Setup through the REST API

class Api {
  private agent: http.Agent = newAgent()

  constructor(private baseUrl: string) {}

  async call(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    token: string | undefined,
    json?: unknown,
  ) {
    const headers: Record<string, string> = token ? { Authorization: `JWT ${token}` } : {}
    const reply = await send(this.agent, this.baseUrl, { method, path, headers, json }, true)
    let body: any = null
    try {
      body = reply.text ? JSON.parse(reply.text) : null
    } catch {
      body = reply.text
    }
    return { status: reply.status, body, error: reply.error }
  }

  async expect(
    status: number,
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    token?: string,
    json?: unknown,
  ) {
    const res = await this.call(method, path, token, json)
    if (res.status !== status) {
      const detail = res.error ?? JSON.stringify(res.body)?.slice(0, 400)
      throw new Error(`${method} ${path}: expected ${status}, got ${res.status} ${detail}`)
    }
    return res.body
  }

  async login(collection: 'users' | 'residents', email: string, password: string): Promise<string> {
    const body = await this.expect(200, 'POST', `/api/${collection}/login`, undefined, {
      email,
      password,
    })
    return body.token as string
  }

  close() {
    this.agent.destroy()
  }
}

type Fixture = {
  adminToken: string
  csToken: string
  residentToken: string
  creationHousehold: number | string
  creationMembers: (number | string)[]
  burstHousehold: number | string
  burstMembers: (number | string)[]
  listHousehold: number | string
  listPasses: number
  baselineRows: number
  listFields: { ours: string[]; baseline: string[] }
}

// Both lists select the portal's fields (the baseline has a column for each). Passes sort by
// number by default (defaultSort); the baseline is asked for the same order.
const oursListPath = () => `/api/passes?limit=100&depth=0&${portalPassSelectQuery()}`
const baselineListPath = (household: number | string) =>
  `/api/benchmark-baselines?limit=100&depth=0&sort=number&${portalPassSelectQuery()}` +
  `&where[household][equals]=${household}`

async function setUp(api: Api): Promise<Fixture> {
  const adminToken = await api.login('users', ADMIN.email, ADMIN.password)
  const me = await api.expect(200, 'GET', '/api/users/me', adminToken)
  const estate = me.user.currentEstate as number
  await api.expect(201, 'POST', '/api/users', adminToken, {
    ...CS,
    name: 'Bench customer service',
    memberships: [{ estate, roles: ['cs'] }],
  })
  const csToken = await api.login('users', CS.email, CS.password)
  // Extra passes cost nothing in this estate's settings: operation A issues hundreds of passes
  // to a few members, which the brake on unpaid passes (at most 20 awaiting payment) would stop.
  // With a fee, issuing one also reads the member's unpaid places: one indexed query more.
  const settings = await api.expect(
    200,
    'GET',
    `/api/estate-settings?where[estate][equals]=${estate}`,
    adminToken,
  )
  await api.expect(200, 'PATCH', `/api/estate-settings/${settings.docs[0].id}`, adminToken, {
    extraPassFee: 0,
  })

  const household = async (unit: string) =>
    (await api.expect(201, 'POST', '/api/households', adminToken, { unit })).doc.id as
      number | string
  const members = async (householdId: number | string, count: number, prefix: string) => {
    const ids: (number | string)[] = []
    for (let i = 0; i < count; i++) {
      const body = await api.expect(201, 'POST', '/api/members', adminToken, {
        household: householdId,
        name: `${prefix} ${i + 1}`,
        gender: 'male',
        relationship: 'owner',
      })
      ids.push(body.doc.id)
    }
    return ids
  }

  // The resident's household: its members' free passes, topped up to a realistic list.
  const listHousehold = await household('9-0901')
  const listMembers = await members(listHousehold, SETTINGS.listMembers, 'Bench list member')
  const extra = SETTINGS.listPasses - 3 * SETTINGS.listMembers
  for (let i = 0; i < extra; i++) {
    await api.expect(201, 'POST', '/api/passes/request', csToken, {
      member: listMembers[i % listMembers.length],
    })
  }
  await api.expect(201, 'POST', '/api/residents', adminToken, {
    ...RESIDENT,
    name: 'Bench resident',
    household: listHousehold,
  })
  const residentToken = await api.login('residents', RESIDENT.email, RESIDENT.password)

  // Another household, whose members receive the passes created in operation A: the list of
  // household 9-0901 stays the same size while the passes table grows around it.
  const creationHousehold = await household('9-0902')
  const creationMembers = await members(creationHousehold, SETTINGS.creationMembers, 'Bench member')
  // Operation B's members: one per client, so simultaneous requests never share a member.
  const burstHousehold = await household('9-0903')
  const burstMembers = await members(burstHousehold, SETTINGS.burstClients, 'Bench burst member')

  // What the resident sees, copied row for row into the baseline collection.
  const seen = await api.expect(200, 'GET', '/api/passes?limit=100&depth=0', residentToken)
  if (seen.totalDocs !== SETTINGS.listPasses || seen.docs.length !== SETTINGS.listPasses) {
    throw new Error(`the resident sees ${seen.totalDocs} passes, expected ${SETTINGS.listPasses}`)
  }
  const foreign = seen.docs.filter((d: any) => String(d.household) !== String(listHousehold))
  if (foreign.length)
    throw new Error(`the resident sees ${foreign.length} passes of another household`)
  for (const pass of seen.docs) {
    await api.expect(201, 'POST', '/api/benchmark-baselines', adminToken, {
      member: pass.member,
      household: listHousehold,
      number: pass.number,
      fee: pass.fee,
      currency: pass.currency,
      feePaidAt: pass.feePaidAt,
      status: pass.status,
      qrToken: pass.qrToken,
      ordinal: pass.ordinal,
    })
  }
  const baseline = await api.expect(200, 'GET', baselineListPath(listHousehold), adminToken)
  if (baseline.totalDocs !== seen.totalDocs) {
    throw new Error(
      `baseline holds ${baseline.totalDocs} rows for the household, expected ${seen.totalDocs}`,
    )
  }
  const portal = await api.expect(200, 'GET', oursListPath(), residentToken)
  const fieldsOf = (docs: Record<string, unknown>[]) =>
    [...new Set(docs.flatMap((d) => Object.keys(d)))].sort()
  // `moves` is computed per pass on every read (the workflow's moves open to the reader): a cost
  // ours pays and the hook-free baseline has no counterpart for, so it is not asked of it.
  const computed = new Set(['moves'])
  const listFields = {
    ours: fieldsOf(portal.docs).filter((field) => !computed.has(field)),
    baseline: fieldsOf(baseline.docs),
  }
  if (listFields.ours.join() !== listFields.baseline.join()) {
    throw new Error(`the lists read different fields: ${JSON.stringify(listFields)}`)
  }
  return {
    adminToken,
    csToken,
    residentToken,
    creationHousehold,
    creationMembers,
    burstHousehold,
    burstMembers,
    listHousehold,
    listPasses: seen.totalDocs,
    baselineRows: baseline.totalDocs,
    listFields,
  }
}

// ---------------------------------------------------------------------------------------------
// The operations and their baselines

type Targets = { ours: Target; baseline: Target }

function passCreation(
  members: (number | string)[],
  household: number | string,
  f: Fixture,
): Targets {
  const memberFor = (lane: number) => members[lane % members.length]!
  return {
    ours: {
      label: 'POST /api/passes/request (cs)',
      expectStatus: 201,
      make: (_i, lane) => ({
        method: 'POST',
        path: '/api/passes/request',
        headers: { Authorization: `JWT ${f.csToken}` },
        json: { member: memberFor(lane) },
      }),
    },
    baseline: {
      // depth=0 as the pass endpoint answers: without it Payload populates member and household.
      label: 'POST /api/benchmark-baselines?depth=0 (admin)',
      expectStatus: 201,
      make: (i, lane) => ({
        method: 'POST',
        path: '/api/benchmark-baselines?depth=0',
        headers: { Authorization: `JWT ${f.adminToken}` },
        json: {
          member: memberFor(lane),
          household,
          number: `${household}-${String((lane % members.length) + 1).padStart(2, '0')}-${i + 4}`,
          fee: 50,
          currency: 'CNY',
          status: 'prepared',
          qrToken: randomBytes(18).toString('base64url'),
          ordinal: i + 4,
        },
      }),
    },
  }
}

function passList(f: Fixture): Targets {
  return {
    ours: {
      label: 'GET /api/passes, portal fields (resident)',
      expectStatus: 200,
      make: () => ({
        method: 'GET',
        path: oursListPath(),
        headers: { Authorization: `JWT ${f.residentToken}` },
      }),
    },
    baseline: {
      label: 'GET /api/benchmark-baselines, same fields (admin)',
      expectStatus: 200,
      make: () => ({
        method: 'GET',
        path: baselineListPath(f.listHousehold),
        headers: { Authorization: `JWT ${f.adminToken}` },
      }),
    },
  }
}

const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? a / b : NaN)

function spread(values: number[]): Spread {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b)
  if (sorted.length === 0) return { median: NaN, min: NaN, max: NaN, runs: values }
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: values }
}

type MetricDef<R extends Run> = [metric: string, unit: Metric['unit'], value: (r: R) => number]

/** One repeat of a phase: both sides' results, in the order the targets were given. */
type RunBoth<R extends Run> = (first: Target, second: Target, firstIndex: number) => Promise<[R, R]>

/** The first side's whole run, a pause, then the second side's. */
const oneAfterTheOther =
  <R extends Run>(run: (target: Target, firstIndex: number) => Promise<R>): RunBoth<R> =>
  async (first, second, firstIndex) => {
    const a = await run(first, firstIndex)
    await sleep(SETTINGS.pauseBetweenRunsMs)
    return [a, await run(second, firstIndex)]
  }

/**
 * Runs one phase `repeats` times for both sides, ours first in even repeats and the baseline
 * first in odd ones, so neither side always meets a warmer (or busier) server.
 */
async function comparePhase<R extends Run>(
  phase: string,
  targets: Targets,
  runBoth: RunBoth<R>,
  requestsPerRun: number,
  next: { index: number },
  defs: MetricDef<R>[],
): Promise<PhaseResult> {
  const result = { phase, order: [] as PhaseResult['order'], ours: [] as R[], baseline: [] as R[] }
  for (let r = 0; r < SETTINGS.repeats; r++) {
    const sides = r % 2 === 0 ? (['ours', 'baseline'] as const) : (['baseline', 'ours'] as const)
    result.order.push(sides[0])
    const outcomes = await runBoth(targets[sides[0]], targets[sides[1]], next.index)
    next.index += requestsPerRun
    sides.forEach((side, i) => {
      result[side].push(outcomes[i]!)
      log(`    ${phase}, run ${r + 1}, ${side.padEnd(8)}: ${brief(outcomes[i]!)}`)
    })
    await sleep(SETTINGS.pauseBetweenRunsMs)
  }
  const metrics = defs.map(([metric, unit, value]): Metric => {
    const ours = result.ours.map(value)
    const baseline = result.baseline.map(value)
    return {
      metric,
      unit,
      ours: spread(ours),
      baseline: spread(baseline),
      ratio: spread(ours.map((o, i) => ratio(o, baseline[i]!))),
    }
  })
  const oursStatuses: Record<string, number> = {}
  for (const r of result.ours) {
    for (const [status, n] of Object.entries(r.statuses)) {
      oursStatuses[status] = (oursStatuses[status] ?? 0) + n
    }
  }
  const errors = {
    ours: result.ours.reduce((n, r) => n + r.errors, 0),
    baseline: result.baseline.reduce((n, r) => n + r.errors, 0),
    oursStatuses,
  }
  return { ...result, metrics, errors }
}

/** One client taking turns between the two sides: p50 and p95 (the steadiest ratio on a busy machine). */
const takingTurns = (baseUrl: string, targets: Targets, next: { index: number }) =>
  comparePhase<SequentialResult>(
    '1 client, taking turns',
    targets,
    (first, second, firstIndex) =>
      sequentialTurns(
        baseUrl,
        first,
        second,
        SETTINGS.warmup,
        SETTINGS.sequentialRequests,
        firstIndex,
      ),
    SETTINGS.warmup + SETTINGS.sequentialRequests,
    next,
    [
      ['p50 latency, 1 client', 'ms', (r) => r.p50],
      ['p95 latency, 1 client', 'ms', (r) => r.p95],
    ],
  )

const metricOf = (op: OperationResult, metric: string) =>
  op.phases.flatMap((p) => p.metrics).find((m) => m.metric === metric)

/** A: one client, 20 clients (closed loop), 50 req/s (open loop); same shape for C. */
async function measureRequests(
  baseUrl: string,
  name: string,
  targets: Targets,
): Promise<OperationResult> {
  const s = SETTINGS
  const next = { index: 0 }
  log(`  ${name}: ${targets.ours.label} vs ${targets.baseline.label}`)
  const phases = [
    await takingTurns(baseUrl, targets, next),
    await comparePhase<ClosedLoopResult>(
      `${s.clients} clients`,
      targets,
      oneAfterTheOther((t, first) =>
        closedLoop(baseUrl, t, s.clients, s.closedLoopMaxRequests, s.closedLoopMaxMs, first),
      ),
      s.closedLoopMaxRequests,
      next,
      [
        [`throughput, ${s.clients} clients`, 'req/s', (r) => r.throughput],
        [`p95 latency, ${s.clients} clients`, 'ms', (r) => r.p95],
      ],
    ),
    await comparePhase<OpenLoopResult>(
      `${s.openLoopRate} req/s`,
      targets,
      oneAfterTheOther((t, first) => openLoop(baseUrl, t, s.openLoopRate, s.openLoopMs, first)),
      Math.round((s.openLoopMs / 1000) * s.openLoopRate),
      next,
      [
        [`p95 latency, ${s.openLoopRate} req/s open loop`, 'ms', (r) => r.p95],
        [`responses/s achieved, ${s.openLoopRate} req/s`, 'req/s', (r) => r.achievedRate],
        [`client send lag p95, ${s.openLoopRate} req/s`, 'ms', (r) => r.sendLagP95],
      ],
    ),
  ]
  const op: OperationResult = {
    name,
    labels: { ours: targets.ours.label, baseline: targets.baseline.label },
    phases,
    goals: [],
  }
  const p50 = metricOf(op, 'p50 latency, 1 client')!
  const throughput = metricOf(op, `throughput, ${s.clients} clients`)!
  const openP95 = metricOf(op, `p95 latency, ${s.openLoopRate} req/s open loop`)!
  const [seq, , open] = phases
  op.goals = [
    {
      goal: `p50 at 1 client within ${GOALS.p50RatioMax}x of the baseline, without errors`,
      value: p50.ratio.median,
      shown: times(p50.ratio.median),
      met: p50.ratio.median <= GOALS.p50RatioMax && seq!.errors.ours === 0,
    },
    {
      goal: `throughput at ${s.clients} clients at least ${GOALS.throughputRatioMin}x the baseline`,
      value: throughput.ratio.median,
      shown: times(throughput.ratio.median),
      met: throughput.ratio.median >= GOALS.throughputRatioMin,
    },
    {
      goal: `p95 at ${s.openLoopRate} req/s under ${GOALS.openLoopP95MaxMs} ms, without errors`,
      value: openP95.ours.median,
      shown: `${openP95.ours.median.toFixed(1)} ms, ${open!.errors.ours} errors`,
      met: openP95.ours.median < GOALS.openLoopP95MaxMs && open!.errors.ours === 0,
    },
  ]
  return op
}

/** B: `burstClients` clients at the same moment, each for its own member. */
async function measureBursts(baseUrl: string, name: string, targets: Targets) {
  const s = SETTINGS
  log(`  ${name}: ${targets.ours.label} vs ${targets.baseline.label}`)
  const phase = await comparePhase<BurstResult>(
    `${s.burstClients} at once`,
    targets,
    oneAfterTheOther((t, first) => bursts(baseUrl, t, s.burstClients, s.burstRounds, first)),
    s.burstClients * s.burstRounds,
    { index: 0 },
    [
      [`throughput, ${s.burstClients} at once`, 'req/s', (r) => r.throughput],
      [`p50 latency, ${s.burstClients} at once`, 'ms', (r) => r.p50],
      [`p95 latency, ${s.burstClients} at once`, 'ms', (r) => r.p95],
      [`409 answers, ${s.burstClients} at once`, 'count', (r) => r.conflicts],
    ],
  )
  const op: OperationResult = {
    name,
    labels: { ours: targets.ours.label, baseline: targets.baseline.label },
    phases: [phase],
    goals: [],
  }
  const throughput = metricOf(op, `throughput, ${s.burstClients} at once`)!
  op.goals = [
    {
      goal:
        `throughput at ${s.burstClients} at once ` +
        `at least ${GOALS.throughputRatioMin}x the baseline`,
      value: throughput.ratio.median,
      shown: times(throughput.ratio.median),
      met: throughput.ratio.median >= GOALS.throughputRatioMin,
    },
    {
      goal: 'no 409 or other error for distinct members',
      value: phase.errors.ours,
      shown: `${phase.errors.ours} errors`,
      met: phase.errors.ours === 0,
    },
  ]
  return op
}

function brief(r: Run): string {
  const errors = r.errors ? `, ${r.errors} errors (${r.errorSamples.join(' | ')})` : ''
  const extra =
    'pollMs' in r
      ? `, max ${r.max.toFixed(0)} ms over ${r.created} requests × ${r.boards} boards; ` +
        `board read p95 ${r.readP95.toFixed(1)} ms (${r.reads} reads` +
        `${r.mode === 'push' ? `, ${r.events} events` : ''})`
      : 'achievedRate' in r
        ? `, p99 ${r.p99.toFixed(1)} ms, ${r.throughput.toFixed(1)} ok/s, ` +
          `send lag p95 ${r.sendLagP95.toFixed(1)} ms`
        : 'throughput' in r
          ? `, ${r.throughput.toFixed(1)} req/s in ${r.seconds.toFixed(1)} s`
          : ''
  return `${r.requests} requests, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms${extra}${errors}`
}

// ---------------------------------------------------------------------------------------------
// One database

/** The server's log of each database's run, in tmp/ (to see what happened behind a figure). */
function keepServerLog(server: RunningServer | undefined, name: string) {
  if (!server) return
  fs.mkdirSync(path.resolve('tmp'), { recursive: true })
  fs.writeFileSync(path.resolve('tmp', `bench-server-${name}.log`), server.output())
}

async function stopServer(server: RunningServer) {
  const exited = server.stop()
  const timeout = sleep(30_000).then(() => 'timeout' as const)
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    log('  server did not stop within 30 s; killing it')
    await server.stop('SIGKILL')
  }
}

/** A part's result before it runs (the load now; `label` names the part in the report). */
const newResult = (kind: TestDatabase, databaseUri: string, label?: string): DatabaseResult => ({
  kind,
  ...(label ? { label } : {}),
  databaseUri,
  setup: {},
  operations: [],
  loadAverage: { before: os.loadavg(), after: [] },
  seconds: 0,
})

/** A part that failed: the error goes in its result (not thrown), with each server's last words. */
function noteFailure(
  result: DatabaseResult,
  where: string,
  error: unknown,
  servers: (RunningServer | undefined)[],
) {
  result.error = error instanceof Error ? error.message : String(error)
  log(`  FAILED on ${where}: ${result.error}`)
  for (const server of servers) {
    if (server) log(`  last server output:\n${server.output().split('\n').slice(-30).join('\n')}`)
  }
}

/** Whatever happened: each server stopped and its log kept under its name, load and time noted. */
async function closePart(
  result: DatabaseResult,
  started: number,
  servers: [RunningServer | undefined, string][],
) {
  for (const [server, name] of servers) {
    if (server) await stopServer(server)
    keepServerLog(server, name)
  }
  result.loadAverage.after = os.loadavg()
  result.seconds = (Date.now() - started) / 1000
}

/** How every part starts its server: production, the bench's admin, crons off, logins unlimited. */
const benchServerEnv = (databaseUri: string) => ({
  DATABASE_URI: databaseUri,
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  PAYLOAD_SECRET: 'bench',
  JOBS_AUTORUN: 'off',
  LOGIN_RATE_LIMIT: '1000',
})

/** The part's data set up through a client of the server, closed whatever happens. */
async function withApi<T>(url: string, work: (api: Api) => Promise<T>): Promise<T> {
  const api = new Api(url)
  try {
    return await work(api)
  } finally {
    api.close()
  }
}

/**
 * One seeded part of the bench (mail, complaints) on one database: the database (`database()`),
 * the seed script in its own process, one production server, then the part's own `measure` (its
 * data and operations, into `result`). Whatever happens, the server is stopped, its log kept and
 * the load noted; a failure is reported in the result, not thrown.
 */
async function benchSeededPart(
  kind: TestDatabase,
  part: { name: string; heading: string; database: () => Promise<string>; seed: string },
  measure: (server: RunningServer, result: DatabaseResult) => Promise<void>,
): Promise<DatabaseResult> {
  const started = Date.now()
  log(`\n== ${kind}, ${part.name}: ${part.heading}`)
  const databaseUri = await part.database()
  const result = newResult(kind, databaseUri, `${kind}, ${part.name}`)
  let server: RunningServer | undefined
  try {
    const seed = await runSeed(part.seed, `${part.name} seed`, databaseUri)
    result.setup.seedSeconds = seed.seconds
    result.loadAverage.before = os.loadavg()
    server = await startServer(benchServerEnv(databaseUri))
    log(`  server up at ${server.url}; setting up data`)
    await measure(server, result)
  } catch (error) {
    noteFailure(result, `${kind} (${part.name})`, error, [server])
  } finally {
    await closePart(result, started, [[server, `${kind}-${part.name}`]])
  }
  return result
}

async function benchDatabase(kind: TestDatabase, name: string): Promise<DatabaseResult> {
  const started = Date.now()
  log(`\n== ${kind}: fresh database, starting the server (production)`)
  const databaseUri = await freshDatabase(kind, name)
  const result = newResult(kind, databaseUri)
  let server: RunningServer | undefined
  try {
    server = await startServer(benchServerEnv(databaseUri))
    log(
      `  server up at ${server.url} after ${((Date.now() - started) / 1000).toFixed(1)} s; setting up data`,
    )
    const fixture = await withApi(server.url, setUp)
    result.setup = {
      listHousehold: fixture.listHousehold,
      residentSeesPasses: fixture.listPasses,
      baselineRowsForHousehold: fixture.baselineRows,
      creationHousehold: fixture.creationHousehold,
      creationMembers: fixture.creationMembers.length,
      burstHousehold: fixture.burstHousehold,
      burstMembers: fixture.burstMembers.length,
      listFields: fixture.listFields,
    }
    log(
      `  data ready: the resident sees ${fixture.listPasses} passes, the baseline holds ` +
        `${fixture.baselineRows} rows for that household; passes are created for ` +
        `${fixture.creationMembers.length} members of another household`,
    )
    log(
      `  list fields, ours: ${fixture.listFields.ours.join(' ')}; ` +
        `baseline: ${fixture.listFields.baseline.join(' ')}`,
    )
    const f = fixture
    result.operations.push(
      await measureRequests(
        server.url,
        'pass creation',
        passCreation(f.creationMembers, f.creationHousehold, f),
      ),
    )
    result.operations.push(
      await measureBursts(
        server.url,
        'concurrent pass creation',
        passCreation(f.burstMembers, f.burstHousehold, f),
      ),
    )
    result.operations.push(await measureRequests(server.url, 'portal pass list', passList(f)))
  } catch (error) {
    noteFailure(result, kind, error, [server])
  } finally {
    await closePart(result, started, [[server, kind]])
  }
  return result
}

// ---------------------------------------------------------------------------------------------
// Mail: the kiosk's code lookup and pickup, and CS recording an item, on a database holding
// 1,000,000 mail items (bench/seedMail.ts), each beside a hook-free baseline in the same run.
//
// The baselines are plain Payload REST calls on `benchmark-baselines` (no hooks, no versions, no
// access queries), which the seed fills with the same 1,000,000 rows (pickup code as `qrToken`,
// waiting as `prepared`), so both sides work on a table of the same size through an index:
//   lookup  — POST /api/mail-items/lookup { code } as the kiosk (a random waiting code)
//             vs GET /api/benchmark-baselines?where[qrToken]=<code>&where[status]=prepared,
//             sorted by createdAt, depth 0, the same number of fields, as admin: the read the
//             lookup is made of, without the device's attempt counter and the kiosk's rules.
//   pickup  — POST /api/mail-items/pickup { code, items: [id], signature } as the kiosk, a fresh
//             Idempotency-Key and a different waiting item each time
//             vs PATCH /api/benchmark-baselines/:id?depth=0 { status, feePaidAt }: the plain
//             update that "this item is picked up" is, without the claim, the signature file,
//             the workflow's record and the attempt check (the rules' cost).
//   record  — POST /api/mail-items?depth=0 { batch, household, member, kind } as CS
//             vs POST /api/benchmark-baselines?depth=0 with the same kind of row, as admin.
// Each: p50/p95 with one client taking turns between the two (steadiest ratio on a busy
// machine), then p50/p95/p99 and throughput at a steady 50 requests per second (open loop),
// `repeats` times, alternating which side goes first. The goals are judged at 50 req/s.
//
// The database is kept between runs (SQLite tmp/bench_mail.db, PostgreSQL `bench_mail`, each with
// BENCH_DB_NAME_SUFFIX after the name): the
// seed is skipped when it is there. Pickups use up waiting items and recording adds new ones,
// so a run leaves about as many waiting as it found. The bench sends only right codes, which cost
// none of the kiosk's attempts: the server runs with the production limit.

const MAIL_DATABASES = benchDatabases('bench_mail', 'bench_mail')

const MAIL = {
  /** Items recorded into one bench batch before the next is used (a day's post). */
  itemsPerBatch: 500,
  /** Room each bench batch is accepted with (the most a batch may hold). */
  batchRoom: 10_000,
}

const MAIL_KIOSK = { name: 'Bench mail kiosk', apiKey: 'bench-mail-kiosk-0123456789abcdef' }

/** A database kept between runs (made when missing): the seed takes minutes. */
async function keptDatabase(kind: TestDatabase, name: string): Promise<string> {
  if (kind === 'sqlite') {
    const file = path.resolve('tmp', `${name}.db`)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    return `file:${file}`
  }
  const admin = new pg.Client({ connectionString: `${postgresServerUri()}/postgres` })
  await admin.connect()
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (!found.rowCount) await admin.query(`CREATE DATABASE "${name}"`)
  } finally {
    await admin.end()
  }
  return `${postgresServerUri()}/${name}`
}

/** Runs a seed script (bench/seed*.ts) in its own process (it brings the schema up to date first). */
async function runSeed(
  script: string,
  tag: string,
  databaseUri: string,
): Promise<{ seconds: number; output: string }> {
  const started = Date.now()
  const child = spawn('node', ['--conditions=production', '--import', 'tsx', script], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NODE_OPTIONS: '--no-deprecation',
      DATABASE_URI: databaseUri,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      PAYLOAD_SECRET: 'bench',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    output += chunk
    for (const line of String(chunk).split('\n')) if (line.includes(tag)) log(line)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`the ${tag} failed (${code}):\n${output.slice(-2000)}`)
  return { seconds: (Date.now() - started) / 1000, output }
}

type MailFixture = {
  adminToken: string
  csToken: string
  estate: number | string
  lookupCodes: string[]
  pickups: { code: string; id: number | string }[]
  baselineCodes: string[]
  baselineUpdates: (number | string)[]
  batches: (number | string)[]
  addressees: { household: number | string; member: number | string; name: string }[]
  waitingAtStart: number
}

/** A fixed shuffle (the same order in every run), so "random" codes do not depend on luck. */
function shuffled<T>(list: T[], seed = 7): T[] {
  const out = [...list]
  let a = seed
  const next = () => {
    a = (a * 1_103_515_245 + 12_345) % 2_147_483_648
    return a / 2_147_483_648
  }
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** Requests one side sends in a run of the mail phases (both phases, every repeat). */
const mailRequestsPerSide = () =>
  SETTINGS.repeats *
  (SETTINGS.warmup +
    SETTINGS.sequentialRequests +
    Math.round((SETTINGS.openLoopMs / 1000) * SETTINGS.openLoopRate))

/** Every document of a list, 10,000 at a time (the most a page may hold). */
async function listAll<T>(api: Api, path: string, token: string): Promise<T[]> {
  const docs: T[] = []
  for (let page = 1; ; page++) {
    const body = await api.expect(200, 'GET', `${path}&limit=10000&page=${page}`, token)
    docs.push(...(body.docs as T[]))
    if (!body.hasNextPage) return docs
  }
}

async function setUpMail(api: Api): Promise<MailFixture> {
  const adminToken = await api.login('users', ADMIN.email, ADMIN.password)
  const sg = await api.expect(200, 'GET', '/api/estates?where[code][equals]=SG&depth=0', adminToken)
  const estate = sg.docs[0].id as number
  const existingCs = await api.expect(
    200,
    'GET',
    `/api/users?where[email][equals]=${encodeURIComponent(CS.email)}&depth=0`,
    adminToken,
  )
  if (!existingCs.totalDocs) {
    await api.expect(201, 'POST', '/api/users', adminToken, {
      ...CS,
      name: 'Bench customer service',
      memberships: [{ estate, roles: ['cs'] }],
    })
  }
  const csToken = await api.login('users', CS.email, CS.password)
  const kiosks = await api.expect(
    200,
    'GET',
    `/api/kiosks?where[name][equals]=${encodeURIComponent(MAIL_KIOSK.name)}&depth=0`,
    adminToken,
  )
  if (!kiosks.totalDocs) {
    await api.expect(201, 'POST', '/api/kiosks', adminToken, {
      name: MAIL_KIOSK.name,
      enableAPIKey: true,
      apiKey: MAIL_KIOSK.apiKey,
      estate,
    })
  }

  // The waiting items, by code: half the codes are looked up, the other half's items picked up.
  const waiting = await listAll<{ id: number | string; pickupCode: string }>(
    api,
    `/api/mail-items?where[estate][equals]=${estate}&where[status][equals]=waiting` +
      `&depth=0&select[pickupCode]=true&sort=id`,
    adminToken,
  )
  const byCode = new Map<string, (number | string)[]>()
  for (const item of waiting) {
    byCode.set(item.pickupCode, [...(byCode.get(item.pickupCode) ?? []), item.id])
  }
  const codes = shuffled([...byCode.keys()])
  const lookupCodes = codes.filter((_, i) => i % 2 === 0)
  const pickups = shuffled(
    codes
      .filter((_, i) => i % 2 === 1)
      .flatMap((code) => byCode.get(code)!.map((id) => ({ code, id }))),
  )
  const needed = mailRequestsPerSide()
  if (pickups.length < needed) {
    throw new Error(`${pickups.length} waiting items to pick up, ${needed} needed: seed again`)
  }
  const rows = await listAll<{ id: number | string; qrToken: string }>(
    api,
    '/api/benchmark-baselines?where[status][equals]=prepared&depth=0&select[qrToken]=true&sort=id',
    adminToken,
  )
  const baselineCodeSet = shuffled([...new Set(rows.map((r) => r.qrToken))])
  const baselineCodes = baselineCodeSet.filter((_, i) => i % 2 === 0)
  const lookedUp = new Set(baselineCodes)
  const baselineUpdates = shuffled(rows.filter((r) => !lookedUp.has(r.qrToken)).map((r) => r.id))
  if (baselineUpdates.length < needed) {
    throw new Error(`${baselineUpdates.length} baseline rows to update, ${needed} needed`)
  }

  // Fresh accepted batches for recording, counted and signed by CS like every batch.
  const batches: (number | string)[] = []
  for (let i = 0; i < Math.ceil((needed + 100) / MAIL.itemsPerBatch); i++) {
    const made = await api.expect(201, 'POST', '/api/mail-batches', csToken, {
      source: 'post-office',
      declaredCount: MAIL.batchRoom,
    })
    await api.expect(200, 'POST', `/api/mail-batches/${made.doc.id}/accept`, csToken, {
      countedCount: MAIL.batchRoom,
      signature: SIGNATURE_PNG,
    })
    batches.push(made.doc.id)
  }
  const members = await listAll<{ id: number | string; household: number | string; name: string }>(
    api,
    `/api/members?where[estate][equals]=${estate}&depth=0&select[household]=true` +
      '&select[name]=true&sort=id',
    adminToken,
  )
  const addressees = shuffled(
    members.map((m) => ({ household: m.household, member: m.id, name: m.name })),
  )
  return {
    adminToken,
    csToken,
    estate,
    lookupCodes,
    pickups,
    baselineCodes,
    baselineUpdates,
    batches,
    addressees,
    waitingAtStart: waiting.length,
  }
}

const kioskAuth = { Authorization: `kiosks API-Key ${MAIL_KIOSK.apiKey}` }

function mailLookup(f: MailFixture): Targets {
  return {
    ours: {
      label: 'POST /api/mail-items/lookup (kiosk)',
      expectStatus: 200,
      make: (i) => ({
        method: 'POST',
        path: '/api/mail-items/lookup',
        headers: kioskAuth,
        json: { code: f.lookupCodes[i % f.lookupCodes.length] },
      }),
    },
    baseline: {
      // The lookup reads kind, status, addressee, household, member, estate and pickupKey of the
      // code's waiting items, oldest first; the baseline as many columns of the code's rows.
      label: 'GET /api/benchmark-baselines?where[qrToken]… (admin)',
      expectStatus: 200,
      make: (i) => ({
        method: 'GET',
        path:
          '/api/benchmark-baselines?limit=100&depth=0&sort=createdAt' +
          `&where[qrToken][equals]=${f.baselineCodes[i % f.baselineCodes.length]}` +
          '&where[status][equals]=prepared&select[status]=true&select[number]=true' +
          '&select[household]=true&select[member]=true&select[currency]=true' +
          '&select[fee]=true&select[ordinal]=true',
        headers: { Authorization: `JWT ${f.adminToken}` },
      }),
    },
  }
}

function mailPickup(f: MailFixture): Targets {
  return {
    ours: {
      label: 'POST /api/mail-items/pickup (kiosk)',
      expectStatus: 200,
      make: (i) => {
        const item = f.pickups[i]
        if (!item) throw new Error(`no waiting item left for pickup request ${i}`)
        return {
          method: 'POST',
          path: '/api/mail-items/pickup',
          headers: { ...kioskAuth, 'Idempotency-Key': randomUUID() },
          json: { code: item.code, items: [item.id], signature: SIGNATURE_PNG },
        }
      },
    },
    baseline: {
      label: 'PATCH /api/benchmark-baselines/:id?depth=0 (admin)',
      expectStatus: 200,
      make: (i) => {
        const id = f.baselineUpdates[i]
        if (id === undefined) throw new Error(`no baseline row left for update ${i}`)
        return {
          method: 'PATCH',
          path: `/api/benchmark-baselines/${id}?depth=0`,
          headers: { Authorization: `JWT ${f.adminToken}` },
          json: { status: 'active', feePaidAt: new Date().toISOString() },
        }
      },
    },
  }
}

const MAIL_KINDS_SENT = ['letter', 'letter', 'letter', 'registered', 'parcel'] as const

function mailRecord(f: MailFixture): Targets {
  const who = (i: number) => f.addressees[i % f.addressees.length]!
  const batch = (i: number) => f.batches[Math.floor(i / MAIL.itemsPerBatch) % f.batches.length]!
  return {
    ours: {
      label: 'POST /api/mail-items?depth=0 (cs)',
      expectStatus: 201,
      make: (i) => ({
        method: 'POST',
        path: '/api/mail-items?depth=0',
        headers: { Authorization: `JWT ${f.csToken}` },
        json: {
          batch: batch(i),
          household: who(i).household,
          member: who(i).member,
          kind: MAIL_KINDS_SENT[i % MAIL_KINDS_SENT.length],
        },
      }),
    },
    baseline: {
      label: 'POST /api/benchmark-baselines?depth=0 (admin)',
      expectStatus: 201,
      make: (i) => ({
        method: 'POST',
        path: '/api/benchmark-baselines?depth=0',
        headers: { Authorization: `JWT ${f.adminToken}` },
        json: {
          household: who(i).household,
          member: who(i).member,
          number: who(i).name,
          fee: 0,
          currency: 'CNY',
          status: 'prepared',
          qrToken: String(randomInt(1e9, 1e10)),
          ordinal: i,
        },
      }),
    },
  }
}

/** One client taking turns, then 50 req/s open loop; the goals are judged at 50 req/s. */
async function measureMail(
  baseUrl: string,
  name: string,
  targets: Targets,
): Promise<OperationResult> {
  const s = SETTINGS
  const next = { index: 0 }
  log(`  ${name}: ${targets.ours.label} vs ${targets.baseline.label}`)
  const rate = s.openLoopRate
  const phases = [
    await takingTurns(baseUrl, targets, next),
    await comparePhase<OpenLoopResult>(
      `${rate} req/s`,
      targets,
      oneAfterTheOther((t, first) => openLoop(baseUrl, t, rate, s.openLoopMs, first)),
      Math.round((s.openLoopMs / 1000) * rate),
      next,
      [
        [`p50 latency, ${rate} req/s open loop`, 'ms', (r) => r.p50],
        [`p95 latency, ${rate} req/s open loop`, 'ms', (r) => r.p95],
        [`p99 latency, ${rate} req/s open loop`, 'ms', (r) => r.p99],
        [`throughput (ok/s), ${rate} req/s`, 'req/s', (r) => r.throughput],
        [`client send lag p95, ${rate} req/s`, 'ms', (r) => r.sendLagP95],
      ],
    ),
  ]
  const op: OperationResult = {
    name,
    labels: { ours: targets.ours.label, baseline: targets.baseline.label },
    phases,
    goals: [],
  }
  const p50 = metricOf(op, `p50 latency, ${rate} req/s open loop`)!
  const p95 = metricOf(op, `p95 latency, ${rate} req/s open loop`)!
  const open = phases[1]!
  op.goals = [
    {
      goal: `p95 at ${rate} req/s under ${GOALS.openLoopP95MaxMs} ms, without errors`,
      value: p95.ours.median,
      shown: `${p95.ours.median.toFixed(1)} ms, ${open.errors.ours} errors`,
      met: p95.ours.median < GOALS.openLoopP95MaxMs && open.errors.ours === 0,
    },
    {
      goal: `p50 at ${rate} req/s within ${GOALS.p50RatioMax}x of the baseline`,
      value: p50.ratio.median,
      shown: times(p50.ratio.median),
      met: p50.ratio.median <= GOALS.p50RatioMax,
    },
  ]
  return op
}

function benchMail(kind: TestDatabase, name: string): Promise<DatabaseResult> {
  const part = {
    name: 'mail',
    heading: `kept database ${name}, seeding when needed`,
    database: () => keptDatabase(kind, name),
    seed: 'bench/seedMail.ts',
  }
  return benchSeededPart(kind, part, async (server, result) => {
    const f = await withApi(server.url, async (api) => {
      const fixture = await setUpMail(api)
      const counted = await api.expect(
        200,
        'GET',
        `/api/mail-items?where[estate][equals]=${fixture.estate}&limit=1&depth=0&select[id]=true`,
        fixture.adminToken,
      )
      result.setup.mailItems = counted.totalDocs
      return fixture
    })
    Object.assign(result.setup, {
      waitingAtStart: f.waitingAtStart,
      lookupCodes: f.lookupCodes.length,
      pickupItems: f.pickups.length,
      baselineLookupCodes: f.baselineCodes.length,
      baselineUpdateRows: f.baselineUpdates.length,
      recordBatches: f.batches.length,
      addressees: f.addressees.length,
    })
    log(
      `  data ready: ${result.setup.mailItems} mail items, ${f.waitingAtStart} waiting ` +
        `(${f.lookupCodes.length} codes to look up, ${f.pickups.length} items to pick up); ` +
        `${f.batches.length} new batches to record into`,
    )
    result.operations.push(await measureMail(server.url, 'mail: kiosk code lookup', mailLookup(f)))
    result.operations.push(await measureMail(server.url, 'mail: kiosk pickup', mailPickup(f)))
    result.operations.push(await measureMail(server.url, 'mail: CS records an item', mailRecord(f)))
  })
}

// ---------------------------------------------------------------------------------------------
// Visitors: a guard's pass check-in, and the time from a guard's request to the CS boards, each
// beside a hook-free baseline in the same run, on a fresh database.
//
//   check-in — POST /api/visitor-passes/check-in { token } as the gate guard, on passes the
//              resident made beforehand (several uses each; consecutive check-ins go to different
//              passes, so each pass is scanned at most `usesPerPass` times)
//              vs POST /api/benchmark-baselines?depth=0 as admin: one plain create, where the
//              check-in reads the pass, counts a use under its unique key and updates the pass.
//              p50/p95 with one client taking turns, p95 at a steady 50 requests per second.
//   board    — `boards` CS users each keep a CS board as the office page does: follow
//              GET /api/live/visitors (server-sent events) and read GET /api/visitor-requests/board
//              again on every event, while the guard records requests (POST /api/visitor-requests)
//              at irregular intervals; for every request and board, the time from the guard's send
//              to the board's first answer listing it. On PostgreSQL two server processes run on
//              the one database, the guard on the first and the boards on the second, so every
//              figure goes through LISTEN/NOTIFY from one process to the other.
//              vs admin boards POLLING a plain list of benchmark-baselines every BOARD_POLL_MS
//              (GET ?limit=200&depth=0&sort=-createdAt, as many rows as the board may hold) while
//              the guard creates baseline rows. The baseline gets no events (the hook-free
//              collection announces nothing): it is the page as it was before the streams, and as
//              it still is while its stream is down, without the board's access query, populated
//              host units, do-not-admit checks and moves.

const VISITORS = {
  usesPerPass: 10,
  boards: 20,
  boardRecords: SHORT ? 8 : 20,
  boardEveryMs: 1000,
}

const GUARD = { email: 'bench-guard@example.com', password: 'bench-guard-password-1' }
const boardUser = (i: number) => ({
  email: `bench-board-${i + 1}@example.com`,
  password: `bench-board-password-${i + 1}`,
})

type VisitorFixture = {
  adminToken: string
  guardToken: string
  boardTokens: string[]
  household: number | string
  member: number | string
  hostUnit: string
  passTokens: string[]
}

async function setUpVisitors(api: Api): Promise<VisitorFixture> {
  const adminToken = await api.login('users', ADMIN.email, ADMIN.password)
  const me = await api.expect(200, 'GET', '/api/users/me', adminToken)
  const estate = me.user.currentEstate as number
  const staff = async (who: { email: string; password: string }, name: string, role: string) => {
    await api.expect(201, 'POST', '/api/users', adminToken, {
      ...who,
      name,
      memberships: [{ estate, roles: [role] }],
    })
    return api.login('users', who.email, who.password)
  }
  const guardToken = await staff(GUARD, 'Bench guard', 'guard')
  const boardTokens: string[] = []
  for (let i = 0; i < VISITORS.boards; i++) {
    boardTokens.push(await staff(boardUser(i), `Bench CS board ${i + 1}`, 'cs'))
  }
  const hostUnit = '9-0911'
  const household = (
    await api.expect(201, 'POST', '/api/households', adminToken, { unit: hostUnit })
  ).doc.id as number | string
  const member = (
    await api.expect(201, 'POST', '/api/members', adminToken, {
      household,
      name: 'Bench host',
      gender: 'female',
      relationship: 'owner',
    })
  ).doc.id as number | string
  await api.expect(201, 'POST', '/api/residents', adminToken, {
    ...RESIDENT,
    name: 'Bench resident',
    household,
  })
  const residentToken = await api.login('residents', RESIDENT.email, RESIDENT.password)

  // Every check-in of ours in the run (with room): each pass is scanned at most usesPerPass times.
  const passes = Math.ceil((mailRequestsPerSide() * 1.1) / VISITORS.usesPerPass)
  const hours = (n: number) => new Date(Date.now() + n * 3600_000).toISOString()
  const passTokens: string[] = []
  for (let i = 0; i < passes; i++) {
    const made = await api.expect(201, 'POST', '/api/visitor-passes', residentToken, {
      visitorName: `Bench visitor ${i + 1}`,
      validFrom: hours(-1),
      validUntil: hours(12),
      maxUses: VISITORS.usesPerPass,
    })
    const share = await api.expect(
      200,
      'GET',
      `/api/visitor-passes/${made.doc.id}/share`,
      residentToken,
    )
    passTokens.push(share.token as string)
  }
  return { adminToken, guardToken, boardTokens, household, member, hostUnit, passTokens }
}

function passCheckIn(f: VisitorFixture): Targets {
  return {
    ours: {
      label: 'POST /api/visitor-passes/check-in (guard)',
      expectStatus: 200,
      make: (i) => ({
        method: 'POST',
        path: '/api/visitor-passes/check-in',
        headers: { Authorization: `JWT ${f.guardToken}` },
        json: { token: f.passTokens[i % f.passTokens.length] },
      }),
    },
    baseline: {
      label: 'POST /api/benchmark-baselines?depth=0 (admin)',
      expectStatus: 201,
      make: (i) => ({
        method: 'POST',
        path: '/api/benchmark-baselines?depth=0',
        headers: { Authorization: `JWT ${f.adminToken}` },
        json: {
          member: f.member,
          household: f.household,
          number: `V-${i}`,
          fee: 0,
          currency: 'CNY',
          status: 'active',
          qrToken: randomBytes(18).toString('base64url'),
          ordinal: i,
        },
      }),
    },
  }
}

type BoardTargets = { ours: BoardTarget; baseline: BoardTarget }

function boardTargets(f: VisitorFixture): BoardTargets {
  return {
    ours: {
      label:
        'GET /api/visitor-requests/board (cs) on each event of /api/live/visitors after POST /api/visitor-requests (guard)',
      mode: 'push',
      follow: (board) => ({
        path: '/api/live/visitors',
        headers: { Authorization: `JWT ${f.boardTokens[board % f.boardTokens.length]}` },
      }),
      read: (board) => ({
        method: 'GET',
        path: '/api/visitor-requests/board',
        headers: { Authorization: `JWT ${f.boardTokens[board % f.boardTokens.length]}` },
      }),
      idsOf: (body) => (body?.requests ?? []).map((r: { id: unknown }) => String(r.id)),
      create: (i) => ({
        method: 'POST',
        path: '/api/visitor-requests',
        headers: { Authorization: `JWT ${f.guardToken}` },
        json: { surname: `測${i}`, organisation: 'Bench courier', hostHousehold: f.household },
      }),
      createStatus: 201,
      idOfCreated: (body) => String(body?.doc?.id),
    },
    baseline: {
      label: `GET /api/benchmark-baselines?limit=200 (admin) polled every ${BOARD_POLL_MS} ms after a baseline create`,
      mode: 'poll',
      pollMs: BOARD_POLL_MS,
      read: () => ({
        method: 'GET',
        path: '/api/benchmark-baselines?limit=200&depth=0&sort=-createdAt',
        headers: { Authorization: `JWT ${f.adminToken}` },
      }),
      idsOf: (body) => (body?.docs ?? []).map((d: { id: unknown }) => String(d.id)),
      create: (i) => ({
        method: 'POST',
        path: '/api/benchmark-baselines?depth=0',
        headers: { Authorization: `JWT ${f.adminToken}` },
        json: {
          member: f.member,
          household: f.household,
          number: `B-${i}`,
          fee: 0,
          currency: 'CNY',
          status: 'prepared',
          qrToken: randomBytes(18).toString('base64url'),
          ordinal: i,
        },
      }),
      createStatus: 201,
      idOfCreated: (body) => String(body?.doc?.id),
    },
  }
}

/**
 * Board latency, `repeats` times, alternating which side goes first: the guard creates through
 * `guardUrl`, the boards follow and read through `boardsUrl`.
 */
async function measureBoard(
  guardUrl: string,
  boardsUrl: string,
  name: string,
  targets: BoardTargets,
): Promise<OperationResult> {
  const v = VISITORS
  const options = {
    boards: v.boards,
    records: v.boardRecords,
    everyMs: v.boardEveryMs,
    drainMs: 3 * BOARD_POLL_MS + 2000,
  }
  log(`  ${name}: ${targets.ours.label} vs ${targets.baseline.label}`)
  // comparePhase takes request targets; the board's sides are looked up by their label.
  const byLabel = new Map([targets.ours, targets.baseline].map((t) => [t.label, t]))
  const asTarget = (t: BoardTarget): Target => ({
    label: t.label,
    expectStatus: 200,
    make: () => t.read(0),
  })
  const phase = await comparePhase<BoardResult>(
    `${v.boards} boards, ours pushed, baseline polling every ${BOARD_POLL_MS} ms`,
    { ours: asTarget(targets.ours), baseline: asTarget(targets.baseline) },
    oneAfterTheOther((t, first) =>
      boardLatency(guardUrl, boardsUrl, byLabel.get(t.label)!, options, first),
    ),
    v.boardRecords,
    { index: 0 },
    [
      ['p50 request → board', 'ms', (r) => r.p50],
      ['p95 request → board', 'ms', (r) => r.p95],
      ['max request → board', 'ms', (r) => r.max],
      [`p95 of a board read, ${v.boards} boards`, 'ms', (r) => r.readP95],
      [`p95 of the guard's create`, 'ms', (r) => r.createP95],
      [`board reads/s, ${v.boards} boards`, 'req/s', (r) => r.reads / r.seconds],
    ],
  )
  const op: OperationResult = {
    name,
    labels: { ours: targets.ours.label, baseline: targets.baseline.label },
    phases: [phase],
    goals: [],
  }
  const p95 = metricOf(op, 'p95 request → board')!
  op.goals = [
    {
      goal: `a new request on every board within ${GOALS.boardP95MaxMs} ms at p95, without errors`,
      value: p95.ours.median,
      shown: `${p95.ours.median.toFixed(0)} ms, ${phase.errors.ours} errors`,
      met: p95.ours.median < GOALS.boardP95MaxMs && phase.errors.ours === 0,
    },
  ]
  return op
}

async function benchVisitors(kind: TestDatabase, name: string): Promise<DatabaseResult> {
  const started = Date.now()
  // PostgreSQL: two processes on the one database, as in a two-server installation, so the
  // boards hear of the guard's requests from the other process (LISTEN/NOTIFY).
  const processes = kind === 'postgres' ? 2 : 1
  log(
    `\n== ${kind}, visitors: fresh database, starting ${processes} server process(es) (production)`,
  )
  const databaseUri = await freshDatabase(kind, name)
  const result = newResult(kind, databaseUri, `${kind}, visitors`)
  const servers: RunningServer[] = []
  try {
    const env = benchServerEnv(databaseUri)
    // One after the other: the first migrates and seeds, the second finds it done.
    for (let i = 0; i < processes; i++) servers.push(await startServer(env))
    const [guardServer, boardServer] = [servers[0]!, servers[servers.length - 1]!]
    log(`  servers up at ${servers.map((s) => s.url).join(', ')}; setting up data`)
    const f = await withApi(guardServer.url, setUpVisitors)
    result.setup = {
      processes,
      passes: f.passTokens.length,
      usesPerPass: VISITORS.usesPerPass,
      boards: f.boardTokens.length,
      baselinePollMs: BOARD_POLL_MS,
      boardRecordsPerRun: VISITORS.boardRecords,
      boardEveryMs: VISITORS.boardEveryMs,
    }
    log(
      `  data ready: ${f.passTokens.length} visitor passes of ${VISITORS.usesPerPass} uses, ` +
        `${f.boardTokens.length} CS board users, a guard; the guard on ${guardServer.url}, ` +
        `the boards on ${boardServer.url}`,
    )
    const boards = boardTargets(f)
    result.operations.push(
      await measureBoard(guardServer.url, boardServer.url, 'visitors: request → CS board', boards),
    )
    result.operations.push(
      await measureMail(guardServer.url, 'visitors: pass check-in', passCheckIn(f)),
    )
    // Every check-in left a visitor inside, and every board read lists the visitors inside with
    // a pass: the same boards again, now that the estate has hundreds inside.
    result.operations.push(
      await measureBoard(
        guardServer.url,
        boardServer.url,
        'visitors: request → CS board, visitors inside after the check-ins',
        boards,
      ),
    )
  } catch (error) {
    noteFailure(result, `${kind} (visitors)`, error, servers)
  } finally {
    const named = servers.map((server, i): [RunningServer, string] => [
      server,
      `${kind}-visitors${servers.length > 1 ? `-${i + 1}` : ''}`,
    ])
    await closePart(result, started, named)
  }
  return result
}

// ---------------------------------------------------------------------------------------------
// Complaints: a resident creating a complaint, and the CS desk's queue with 100,000 complaints in
// the database (bench/seedComplaints.ts), each beside a hook-free baseline in the same run, on a
// fresh database seeded each time (the creations add to the queue, so a kept one would drift).
//
//   queue  — GET /api/complaints?<the desk page's own query> as CS (src/domain/complaints/
//            deskQueue.ts: open statuses, by status and oldest first, at most 500, no count,
//            the desk's fields, the unit's number among them as the complaint keeps it, depth 0),
//            i.e. exactly what /office/complaints reads
//            vs GET /api/benchmark-baselines with the same rows: the open rows (the seed copies
//            each complaint there, open as prepared/active), in the same order through a
//            (status, createdAt) index, at most 500, no count, every column (10; ours selects 12),
//            the household's unit read through the relation at depth 1 (a hook-free collection
//            has no unit of its own: this is how it would give the same answer), as admin
//   create — POST /api/complaints?depth=0 { problem, confirmed, photos: [] } as a resident, as
//            the portal's form sends it (the server numbers it, computes its deadline and queues
//            the job that stores the resident's and the managers' e-mails, which the bench's
//            server, its crons off, does not run; the form reads back only the number)
//            vs POST /api/benchmark-baselines?depth=0 with a row of the same size, as admin.
// The queue is measured first, while it holds only the seeded open complaints.

const COMPLAINT_DATABASES = benchDatabases('bench_complaints', 'estate_bench_complaints')

const COMPLAINT_RESIDENT = {
  email: 'bench-complaint-resident@example.com',
  password: 'bench-complaint-resident-password-1',
}

const BASELINE_QUEUE =
  '/api/benchmark-baselines?where[status][in]=prepared,active,lost&sort=status,createdAt' +
  '&limit=500&pagination=false&depth=1&populate[households][unit]=true'

type ComplaintFixture = {
  adminToken: string
  csToken: string
  residentToken: string
  household: number | string
  complaints: number
  openInQueue: number
  baselineInQueue: number
}

async function setUpComplaints(api: Api): Promise<ComplaintFixture> {
  const adminToken = await api.login('users', ADMIN.email, ADMIN.password)
  const sg = await api.expect(200, 'GET', '/api/estates?where[code][equals]=SG&depth=0', adminToken)
  const estate = sg.docs[0].id as number
  await api.expect(201, 'POST', '/api/users', adminToken, {
    ...CS,
    name: 'Bench customer service',
    memberships: [{ estate, roles: ['cs'] }],
  })
  const csToken = await api.login('users', CS.email, CS.password)
  const first = await api.expect(
    200,
    'GET',
    '/api/households?where[unit][equals]=11-0101&depth=0&limit=1',
    adminToken,
  )
  const household = first.docs[0].id as number
  await api.expect(201, 'POST', '/api/residents', adminToken, {
    ...COMPLAINT_RESIDENT,
    name: 'Bench complaint resident',
    household,
  })
  const residentToken = await api.login(
    'residents',
    COMPLAINT_RESIDENT.email,
    COMPLAINT_RESIDENT.password,
  )
  const all = await api.expect(200, 'GET', '/api/complaints?limit=1&depth=0', adminToken)
  const queue = await api.expect(200, 'GET', `/api/complaints?${deskQueueSearch()}`, csToken)
  const baseline = await api.expect(200, 'GET', BASELINE_QUEUE, adminToken)
  if (queue.docs.length !== baseline.docs.length) {
    throw new Error(
      `the queue lists ${queue.docs.length} complaints, the baseline ${baseline.docs.length} rows`,
    )
  }
  return {
    adminToken,
    csToken,
    residentToken,
    household,
    complaints: all.totalDocs,
    openInQueue: queue.docs.length,
    baselineInQueue: baseline.docs.length,
  }
}

function complaintQueue(f: ComplaintFixture): Targets {
  return {
    ours: {
      label: 'GET /api/complaints?<the desk’s query> (cs)',
      expectStatus: 200,
      make: () => ({
        method: 'GET',
        path: `/api/complaints?${deskQueueSearch()}`,
        headers: { Authorization: `JWT ${f.csToken}` },
      }),
    },
    baseline: {
      label: 'GET /api/benchmark-baselines, same shape (admin)',
      expectStatus: 200,
      make: () => ({
        method: 'GET',
        path: BASELINE_QUEUE,
        headers: { Authorization: `JWT ${f.adminToken}` },
      }),
    },
  }
}

const BENCH_PROBLEMS = ['廚房水喉漏水，櫃底已濕', '升降機運行時有異響', '走廊燈不亮，晚上很暗']

function complaintCreation(f: ComplaintFixture): Targets {
  return {
    ours: {
      label: 'POST /api/complaints (resident, portal)',
      expectStatus: 201,
      make: (i) => ({
        method: 'POST',
        path: '/api/complaints?depth=0',
        headers: { Authorization: `JWT ${f.residentToken}` },
        json: { problem: BENCH_PROBLEMS[i % BENCH_PROBLEMS.length], confirmed: true, photos: [] },
      }),
    },
    baseline: {
      label: 'POST /api/benchmark-baselines (admin)',
      expectStatus: 201,
      make: (i) => ({
        method: 'POST',
        path: '/api/benchmark-baselines?depth=0',
        headers: { Authorization: `JWT ${f.adminToken}` },
        json: {
          household: f.household,
          number: BENCH_PROBLEMS[i % BENCH_PROBLEMS.length],
          fee: 0,
          currency: 'CNY',
          status: 'prepared',
          ordinal: i,
        },
      }),
    },
  }
}

function benchComplaints(kind: TestDatabase, name: string): Promise<DatabaseResult> {
  const part = {
    name: 'complaints',
    heading: `fresh database ${name}, seeded`,
    database: () => freshDatabase(kind, name),
    seed: 'bench/seedComplaints.ts',
  }
  return benchSeededPart(kind, part, async (server, result) => {
    const f = await withApi(server.url, setUpComplaints)
    Object.assign(result.setup, {
      complaints: f.complaints,
      openInQueue: f.openInQueue,
      baselineInQueue: f.baselineInQueue,
    })
    log(
      `  data ready: ${f.complaints} complaints, the desk's queue lists ${f.openInQueue}, ` +
        `the baseline's ${f.baselineInQueue}`,
    )
    result.operations.push(
      await measureRequests(server.url, 'complaints: the CS desk’s queue', complaintQueue(f)),
    )
    result.operations.push(
      await measureRequests(server.url, 'complaints: a resident reports', complaintCreation(f)),
    )
  })
}

// ---------------------------------------------------------------------------------------------
// Report

const number = (n: number, unit: Metric['unit']) =>
  !Number.isFinite(n) ? 'n/a' : unit === 'count' ? String(Math.round(n)) : n.toFixed(1)
const withUnit = (unit: Metric['unit']) => (unit === 'count' ? '' : ` ${unit}`)
const times = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}x` : 'n/a')

/** "12.3 ms (11.8–14.0)": the median of the runs and their spread. */
function figure(s: Spread, unit: Metric['unit']): string {
  const range = s.min === s.max ? '' : ` (${number(s.min, unit)}–${number(s.max, unit)})`
  return `${number(s.median, unit)}${withUnit(unit)}${range}`
}

function ratioFigure(s: Spread): string {
  if (!Number.isFinite(s.median)) return ''
  return s.min === s.max ? times(s.median) : `${times(s.median)} (${times(s.min)}–${times(s.max)})`
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
  const line = (r: string[]) =>
    r.map((cell, c) => (c >= 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ')
  return [
    line(rows[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
  ].join('\n')
}

function report(db: DatabaseResult): string {
  const title = db.label ?? db.kind
  if (db.error && db.operations.length === 0) return `\n${title}: not measured (${db.error})`
  const rows: string[][] = [
    ['operation', 'metric', 'ours: median (min–max)', 'baseline: median (min–max)', 'ratio'],
  ]
  for (const op of db.operations) {
    let name = op.name
    for (const phase of op.phases) {
      for (const m of phase.metrics) {
        const counted = m.unit === 'count'
        rows.push([
          name,
          m.metric,
          figure(m.ours, m.unit),
          figure(m.baseline, m.unit),
          counted ? '' : ratioFigure(m.ratio),
        ])
        name = ''
      }
      const statuses = Object.entries(phase.errors.oursStatuses)
        .map(([status, n]) => `${n}×${status}`)
        .join(' ')
      rows.push([
        '',
        `errors, ${phase.phase} (all runs; ours' answers: ${statuses})`,
        String(phase.errors.ours),
        String(phase.errors.baseline),
        '',
      ])
    }
  }
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ')
  const lines = [
    `\n${title} (${db.seconds.toFixed(0)} s; ${SETTINGS.repeats} runs of each figure, ` +
      `alternating which side goes first; ratio = median of ours ÷ baseline per pair of runs; ` +
      `load average before ${load(db.loadAverage.before)}, after ${load(db.loadAverage.after)})`,
    table(rows),
  ]
  for (const op of db.operations) {
    const goals = op.goals.map((g) => `${g.goal}: ${g.met ? 'met' : 'NOT met'} (${g.shown})`)
    lines.push(`Goals, ${op.name}: ${goals.join('; ')}`)
  }
  if (db.error) lines.push(`(stopped early: ${db.error})`)
  return lines.join('\n')
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const startedAt = new Date()
  log(
    `estate-office benchmark: node ${process.version}, ${os.cpus().length} CPUs, ` +
      `load average ${os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
  )
  // BENCH_ONLY=passes|mail|visitors|complaints runs one part (for quick comparisons while tuning).
  const only = process.env.BENCH_ONLY
  const databases: DatabaseResult[] = []
  for (const { kind, name } of DATABASES) {
    if (!only || only === 'passes') databases.push(await benchDatabase(kind, name))
    const mail = MAIL_DATABASES.find((d) => d.kind === kind)
    if (mail && (!only || only === 'mail')) databases.push(await benchMail(mail.kind, mail.name))
    if (!only || only === 'visitors') {
      databases.push(
        await benchVisitors(kind, `${name.replace(/^(estate_)?bench/, '$1bench_visitors')}`),
      )
    }
    const complaints = COMPLAINT_DATABASES.find((d) => d.kind === kind)
    if (complaints && (!only || only === 'complaints')) {
      databases.push(await benchComplaints(complaints.kind, complaints.name))
    }
  }

  const output = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    settings: SETTINGS,
    goals: GOALS,
    databases,
  }
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true })
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(output, null, 2)}\n`)

  for (const db of databases) log(report(db))
  log(`\nResults written to ${path.relative(process.cwd(), RESULTS_FILE)}`)
  if (databases.some((db) => db.error)) process.exitCode = 1
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
