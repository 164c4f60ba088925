/**
 * `npm run bench`: how much the passes' rules cost, measured against the real server in
 * production mode, first on SQLite and then on PostgreSQL, each on a fresh database.
 *
 * Two operations, each against a hook-free baseline collection (`benchmark-baselines`) in the
 * same run:
 *   A. pass creation  — POST /api/passes/request as customer service
 *                       vs POST /api/benchmark-baselines as admin
 *   B. portal list    — GET /api/passes?limit=100&depth=0&<the portal's fields> as a resident
 *                       (access query), i.e. what the portal page reads
 *                       vs GET /api/benchmark-baselines?…&where[household][equals]=… as admin,
 *                       with as many baseline rows in that household as the resident has passes
 * Three figures for each: p50/p95 latency with one client, requests per second with 20 clients
 * (closed loop), p95 latency at a steady 50 requests per second (open loop).
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
import {
  closedLoop,
  type ClosedLoopResult,
  newAgent,
  openLoop,
  type OpenLoopResult,
  send,
  sequential,
  type SequentialResult,
  type Target,
} from './load'
import { portalPassSelectQuery } from '../src/domain/passes/portalSelection'

const SETTINGS = {
  warmup: 20,
  sequentialRequests: 200,
  clients: 20,
  closedLoopMaxRequests: 1000,
  closedLoopMaxMs: process.env.BENCH_SHORT ? 3_000 : 10_000,
  openLoopRate: 50,
  openLoopMs: process.env.BENCH_SHORT ? 3_000 : 10_000,
  /** Members of the household whose passes are created during operation A. */
  creationMembers: 20,
  /** Members of the resident's household, and how many passes it holds for operation B. */
  listMembers: 8,
  listPasses: 80,
  pauseBetweenPhasesMs: 1000,
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

type Side = { sequential: SequentialResult; closedLoop: ClosedLoopResult; openLoop: OpenLoopResult }

type Goal = { goal: string; value: number; met: boolean }

type OperationResult = {
  name: string
  ours: Side
  baseline: Side
  ratios: { p50: number; p95: number; throughput: number; openLoopP95: number }
  goals: { p50: Goal; throughput: Goal; openLoopP95: Goal }
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

  async call(method: 'GET' | 'POST', path: string, token: string | undefined, json?: unknown) {
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
    method: 'GET' | 'POST',
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
  listHousehold: number | string
  listPasses: number
  baselineRows: number
}

async function setUp(api: Api): Promise<Fixture> {
  const adminToken = await api.login('users', ADMIN.email, ADMIN.password)
  await api.expect(201, 'POST', '/api/users', adminToken, {
    ...CS,
    name: 'Bench customer service',
    roles: ['cs'],
  })
  const csToken = await api.login('users', CS.email, CS.password)

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
      status: pass.status,
      qrToken: pass.qrToken,
    })
  }
  const baseline = await api.expect(
    200,
    'GET',
    `/api/benchmark-baselines?limit=100&depth=0&where[household][equals]=${listHousehold}`,
    adminToken,
  )
  if (baseline.totalDocs !== seen.totalDocs) {
    throw new Error(
      `baseline holds ${baseline.totalDocs} rows for the household, expected ${seen.totalDocs}`,
    )
  }
  return {
    adminToken,
    csToken,
    residentToken,
    creationHousehold,
    creationMembers,
    listHousehold,
    listPasses: seen.totalDocs,
    baselineRows: baseline.totalDocs,
  }
}

// ---------------------------------------------------------------------------------------------
// The two operations and their baselines

function passCreation(f: Fixture): { ours: Target; baseline: Target } {
  const memberFor = (lane: number) => f.creationMembers[lane % f.creationMembers.length]!
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
      label: 'POST /api/benchmark-baselines (admin)',
      expectStatus: 201,
      make: (i, lane) => ({
        method: 'POST',
        path: '/api/benchmark-baselines',
        headers: { Authorization: `JWT ${f.adminToken}` },
        json: {
          member: memberFor(lane),
          household: f.creationHousehold,
          number: `9-0902-${String((lane % f.creationMembers.length) + 1).padStart(2, '0')}-${i + 4}`,
          fee: 50,
          currency: 'CNY',
          status: 'prepared',
          qrToken: randomBytes(18).toString('base64url'),
        },
      }),
    },
  }
}

function passList(f: Fixture): { ours: Target; baseline: Target } {
  return {
    ours: {
      label: 'GET /api/passes, portal fields (resident)',
      expectStatus: 200,
      make: () => ({
        method: 'GET',
        path: `/api/passes?limit=100&depth=0&${portalPassSelectQuery()}`,
        headers: { Authorization: `JWT ${f.residentToken}` },
      }),
    },
    baseline: {
      label: 'GET /api/benchmark-baselines (admin)',
      expectStatus: 200,
      make: () => ({
        method: 'GET',
        path: `/api/benchmark-baselines?limit=100&depth=0&where[household][equals]=${f.listHousehold}`,
        headers: { Authorization: `JWT ${f.adminToken}` },
      }),
    },
  }
}

const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? a / b : NaN)

/** Each phase runs for ours, then for the baseline, before the next phase starts. */
async function measure(
  baseUrl: string,
  name: string,
  targets: { ours: Target; baseline: Target },
): Promise<OperationResult> {
  const s = SETTINGS
  const pause = () => sleep(s.pauseBetweenPhasesMs)
  const both = async <T extends SequentialResult | ClosedLoopResult | OpenLoopResult>(
    phase: string,
    run: (t: Target, first: number) => Promise<T>,
    first: number,
  ) => {
    const ours = await run(targets.ours, first)
    log(`    ${phase}, ours: ${brief(ours)}`)
    await pause()
    const baseline = await run(targets.baseline, first)
    log(`    ${phase}, baseline: ${brief(baseline)}`)
    await pause()
    return { ours, baseline }
  }
  log(`  ${name}: ${targets.ours.label} vs ${targets.baseline.label}`)
  const seq = await both(
    '1 client',
    (t, first) => sequential(baseUrl, t, s.warmup, s.sequentialRequests, first),
    0,
  )
  let first = s.warmup + s.sequentialRequests
  const closed = await both(
    `${s.clients} clients`,
    (t, f) => closedLoop(baseUrl, t, s.clients, s.closedLoopMaxRequests, s.closedLoopMaxMs, f),
    first,
  )
  first += s.closedLoopMaxRequests
  const open = await both(
    `${s.openLoopRate} req/s`,
    (t, f) => openLoop(baseUrl, t, s.openLoopRate, s.openLoopMs, f),
    first,
  )
  const ours: Side = { sequential: seq.ours, closedLoop: closed.ours, openLoop: open.ours }
  const baseline: Side = {
    sequential: seq.baseline,
    closedLoop: closed.baseline,
    openLoop: open.baseline,
  }
  const ratios = {
    p50: ratio(ours.sequential.p50, baseline.sequential.p50),
    p95: ratio(ours.sequential.p95, baseline.sequential.p95),
    throughput: ratio(ours.closedLoop.throughput, baseline.closedLoop.throughput),
    openLoopP95: ratio(ours.openLoop.p95, baseline.openLoop.p95),
  }
  return {
    name,
    ours,
    baseline,
    ratios,
    goals: {
      p50: {
        goal: `p50 at 1 client within ${GOALS.p50RatioMax}x of the baseline`,
        value: ratios.p50,
        met: ratios.p50 <= GOALS.p50RatioMax && ours.sequential.errors === 0,
      },
      throughput: {
        goal: `throughput at ${s.clients} clients at least ${GOALS.throughputRatioMin}x the baseline`,
        value: ratios.throughput,
        met: ratios.throughput >= GOALS.throughputRatioMin,
      },
      openLoopP95: {
        goal: `p95 at ${s.openLoopRate} req/s under ${GOALS.openLoopP95MaxMs} ms, without errors`,
        value: ours.openLoop.p95,
        met: ours.openLoop.p95 < GOALS.openLoopP95MaxMs && ours.openLoop.errors === 0,
      },
    },
  }
}

function brief(r: SequentialResult | ClosedLoopResult | OpenLoopResult): string {
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
    }
    log(
      `  data ready: the resident sees ${fixture.listPasses} passes, the baseline holds ` +
        `${fixture.baselineRows} rows for that household; passes are created for ` +
        `${fixture.creationMembers.length} members of another household`,
    )
    result.operations.push(await measure(server.url, 'pass creation', passCreation(fixture)))
    result.operations.push(await measure(server.url, 'portal pass list', passList(fixture)))
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

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : 'n/a')
const perSecond = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} req/s` : 'n/a')
const times = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}x` : 'n/a')

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
  const s = SETTINGS
  if (db.error && db.operations.length === 0) return `\n${db.kind}: not measured (${db.error})`
  const rows: string[][] = [['operation', 'metric', 'ours', 'baseline', 'ratio']]
  for (const op of db.operations) {
    const { ours, baseline, ratios } = op
    rows.push(
      [
        op.name,
        `p50 latency, 1 client`,
        ms(ours.sequential.p50),
        ms(baseline.sequential.p50),
        times(ratios.p50),
      ],
      [
        '',
        `p95 latency, 1 client`,
        ms(ours.sequential.p95),
        ms(baseline.sequential.p95),
        times(ratios.p95),
      ],
      [
        '',
        `throughput, ${s.clients} clients`,
        perSecond(ours.closedLoop.throughput),
        perSecond(baseline.closedLoop.throughput),
        times(ratios.throughput),
      ],
      [
        '',
        `p95 latency, ${s.openLoopRate} req/s open loop`,
        ms(ours.openLoop.p95),
        ms(baseline.openLoop.p95),
        times(ratios.openLoopP95),
      ],
      [
        '',
        `responses/s achieved, ${s.openLoopRate} req/s`,
        perSecond(ours.openLoop.achievedRate),
        perSecond(baseline.openLoop.achievedRate),
        '',
      ],
      [
        '',
        `client send lag p95, ${s.openLoopRate} req/s`,
        ms(ours.openLoop.sendLagP95),
        ms(baseline.openLoop.sendLagP95),
        '',
      ],
      [
        '',
        `errors (1 client / ${s.clients} clients / open)`,
        `${ours.sequential.errors}/${ours.closedLoop.errors}/${ours.openLoop.errors}`,
        `${baseline.sequential.errors}/${baseline.closedLoop.errors}/${baseline.openLoop.errors}`,
        '',
      ],
    )
  }
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ')
  const lines = [
    `\n${db.kind} (${db.seconds.toFixed(0)} s; load average before ${load(db.loadAverage.before)}, ` +
      `after ${load(db.loadAverage.after)})`,
    table(rows),
  ]
  for (const op of db.operations) {
    const g = op.goals
    const mark = (goal: Goal) => (goal.met ? 'met' : 'NOT met')
    lines.push(
      `Goals, ${op.name}: ` +
        [
          `p50 at 1 client within ${GOALS.p50RatioMax}x of baseline: ${mark(g.p50)} (${times(g.p50.value)})`,
          `throughput at ${s.clients} clients at least ${GOALS.throughputRatioMin}x of baseline: ` +
            `${mark(g.throughput)} (${times(g.throughput.value)})`,
          `p95 at ${s.openLoopRate} req/s under ${GOALS.openLoopP95MaxMs} ms: ${mark(g.openLoopP95)} ` +
            `(${ms(g.openLoopP95.value)}${op.ours.openLoop.errors ? `, ${op.ours.openLoop.errors} errors` : ''})`,
        ].join('; '),
    )
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
