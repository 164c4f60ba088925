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
 * Prints a table per database and writes everything to tmp/bench-results.json. It reports
 * figures; it does not pass or fail (exit code 1 only when a database could not be measured).
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { freshDatabase, type TestDatabase } from '../test/support/database'
import { type RunningServer, startServer } from '../test/support/server'
import { portalPassSelectQuery } from '../src/domain/passes/portalSelection'
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
}

const ADMIN = { email: 'bench-admin@example.com', password: 'bench-admin-password-1' }
const CS = { email: 'bench-cs@example.com', password: 'bench-cs-password-1' }
const RESIDENT = { email: 'bench-resident@example.com', password: 'bench-resident-password-1' }

// BENCH_DB=sqlite|postgres runs one database only (for quick comparisons while tuning).
const DATABASES: { kind: TestDatabase; name: string }[] = [
  { kind: 'sqlite' as const, name: 'bench' },
  { kind: 'postgres' as const, name: 'estate_bench' },
].filter((d) => !process.env.BENCH_DB || d.kind === process.env.BENCH_DB)

const RESULTS_FILE = path.resolve('tmp', 'bench-results.json')

type Run = SequentialResult | ClosedLoopResult | OpenLoopResult | BurstResult

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

  async call(method: 'GET' | 'POST' | 'PATCH', path: string, token: string | undefined, json?: unknown) {
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
    await comparePhase<SequentialResult>(
      '1 client, taking turns',
      targets,
      (first, second, firstIndex) =>
        sequentialTurns(baseUrl, first, second, s.warmup, s.sequentialRequests, firstIndex),
      s.warmup + s.sequentialRequests,
      next,
      [
        ['p50 latency, 1 client', 'ms', (r) => r.p50],
        ['p95 latency, 1 client', 'ms', (r) => r.p95],
      ],
    ),
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
    'throughput' in r
      ? `, ${r.throughput.toFixed(1)} req/s in ${r.seconds.toFixed(1)} s`
      : 'achievedRate' in r
        ? `, ${r.achievedRate.toFixed(1)} responses/s, send lag p95 ${r.sendLagP95.toFixed(1)} ms`
        : ''
  return `${r.requests} requests, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms${extra}${errors}`
}

// ---------------------------------------------------------------------------------------------
// One database

async function stopServer(server: RunningServer) {
  const exited = server.stop()
  const timeout = sleep(30_000).then(() => 'timeout' as const)
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    log('  server did not stop within 30 s; killing it')
    await server.stop('SIGKILL')
  }
}

async function benchDatabase(kind: TestDatabase, name: string): Promise<DatabaseResult> {
  const started = Date.now()
  log(`\n== ${kind}: fresh database, starting the server (production)`)
  const databaseUri = await freshDatabase(kind, name)
  const result: DatabaseResult = {
    kind,
    databaseUri,
    setup: {},
    operations: [],
    loadAverage: { before: os.loadavg(), after: [] },
    seconds: 0,
  }
  let server: RunningServer | undefined
  try {
    server = await startServer({
      DATABASE_URI: databaseUri,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      PAYLOAD_SECRET: 'bench',
      JOBS_AUTORUN: 'off',
      LOGIN_RATE_LIMIT: '1000',
    })
    log(
      `  server up at ${server.url} after ${((Date.now() - started) / 1000).toFixed(1)} s; setting up data`,
    )
    const api = new Api(server.url)
    let fixture: Fixture
    try {
      fixture = await setUp(api)
    } finally {
      api.close()
    }
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
    result.error = error instanceof Error ? error.message : String(error)
    log(`  FAILED on ${kind}: ${result.error}`)
    if (server) log(`  last server output:\n${server.output().split('\n').slice(-30).join('\n')}`)
  } finally {
    if (server) await stopServer(server)
    result.loadAverage.after = os.loadavg()
    result.seconds = (Date.now() - started) / 1000
  }
  return result
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
  if (db.error && db.operations.length === 0) return `\n${db.kind}: not measured (${db.error})`
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
    `\n${db.kind} (${db.seconds.toFixed(0)} s; ${SETTINGS.repeats} runs of each figure, ` +
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
  const databases: DatabaseResult[] = []
  for (const { kind, name } of DATABASES) databases.push(await benchDatabase(kind, name))

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
