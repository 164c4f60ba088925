/**
 * `npm run bench:breakdown`: where a resident's complaint spends its time, in process (Local API,
 * no HTTP), beside the hook-free baseline's create in the same run. For each it prints the p50 of
 * the whole operation and of the adapter's calls inside it (SQL and the ORM's work around it),
 * and the rest: Payload's operation (its field traversals, validation, the read of the new row
 * back) and our hooks. Then each adapter call of the complaint by its own p50.
 *
 * Why: the HTTP bench (`npm run bench`) says how much slower the complaint is than the baseline;
 * this says which layer the difference lies in, so a change can be aimed (and its effect seen)
 * without the noise of a whole server. SQLite by default (a fresh tmp/bench_breakdown.db);
 * BENCH_DB=postgres for a fresh PostgreSQL database. BENCH_BREAKDOWN_N sets the rounds (300).
 */
import { randomUUID } from 'node:crypto'
import { pathToFileURL } from 'node:url'

import type { Payload, PayloadRequest } from 'payload'

import { freshDatabase } from '../test/support/database'
import { exitWith, runSeedAlone } from './seedMail'

const ROUNDS = Math.max(20, Number(process.env.BENCH_BREAKDOWN_N) || 300)
const WARM_UP = 30
type Call = { key: string; ms: number }

const p50 = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[xs.length >> 1]! : 0)
const ms = (x: number) => `${x.toFixed(2)} ms`

/**
 * Times every call of the adapter's that an operation makes (by method and collection) while
 * `recording` holds a list; the adapter object is Payload's own, so this works on any database.
 */
function watchAdapter(payload: Payload) {
  const state: { calls: Call[] | null } = { calls: null }
  const db = payload.db as unknown as Record<string, unknown>
  const methods = ['create', 'createVersion', 'updateOne', 'updateMany', 'find', 'findOne']
  const transactions = ['beginTransaction', 'commitTransaction', 'rollbackTransaction']
  for (const method of [
    ...methods,
    'count',
    'deleteMany',
    'upsert',
    'updateJobs',
    ...transactions,
  ]) {
    const original = db[method]
    if (typeof original !== 'function') continue
    db[method] = async function (this: unknown, ...args: unknown[]) {
      const list = state.calls
      const started = performance.now()
      try {
        return await (original as (...a: unknown[]) => Promise<unknown>).apply(this, args)
      } finally {
        const of = (typeof args[0] === 'object' ? args[0] : undefined) as
          { collection?: string; collectionSlug?: string } | undefined
        list?.push({
          key: `${method} ${of?.collection ?? of?.collectionSlug ?? ''}`.trim(),
          ms: performance.now() - started,
        })
      }
    }
  }
  return state
}

type Measured = { total: number[]; adapter: number[]; calls: Map<string, number[]>; n: number[] }

async function measure(state: { calls: Call[] | null }, run: () => Promise<unknown>) {
  const result: Measured = { total: [], adapter: [], calls: new Map(), n: [] }
  for (let i = 0; i < WARM_UP + ROUNDS; i++) {
    const calls: Call[] = []
    state.calls = calls
    const started = performance.now()
    await run()
    const total = performance.now() - started
    state.calls = null
    if (i < WARM_UP) continue
    result.total.push(total)
    result.adapter.push(calls.reduce((sum, c) => sum + c.ms, 0))
    result.n.push(calls.length)
    for (const c of calls) result.calls.set(c.key, [...(result.calls.get(c.key) ?? []), c.ms])
  }
  return result
}

async function breakdown(payload: Payload) {
  const state = watchAdapter(payload)
  const estate = (
    await payload.find({ collection: 'estates', where: { code: { equals: 'SG' } }, limit: 1 })
  ).docs[0]!
  const household = await payload.create({
    collection: 'households',
    data: { unit: `B-${randomUUID().slice(0, 6)}`, estate: estate.id },
  })
  const member = await payload.create({
    collection: 'members',
    data: { household: household.id, name: '陳小明', relationship: 'owner', gender: 'male' },
  })
  const resident = await payload.create({
    collection: 'residents',
    data: {
      email: `breakdown-${randomUUID().slice(0, 8)}@bench.example`,
      password: `Bench-${randomUUID()}`,
      name: '陳小明',
      household: household.id,
      member: member.id,
    },
  })
  const user = { ...resident, collection: 'residents' } as unknown as PayloadRequest['user']

  const baseline = await measure(state, () =>
    payload.create({
      collection: 'benchmark-baselines',
      data: { number: '廚房水喉漏水', status: 'active', household: household.id },
      depth: 0,
    }),
  )
  const complaint = await measure(state, () =>
    payload.create({
      collection: 'complaints',
      data: { problem: '廚房水喉漏水，櫃底已濕', confirmed: true, photos: [] } as never,
      user,
      overrideAccess: false,
      depth: 0,
    }),
  )

  const row = (label: string, m: Measured, against?: Measured) => {
    const total = p50(m.total)
    const adapter = p50(m.adapter)
    const ratio = against ? `   ${(total / p50(against.total)).toFixed(2)}x the baseline` : ''
    console.log(
      `  ${label.padEnd(30)} ${ms(total).padStart(9)}   adapter ${ms(adapter).padStart(9)} ` +
        `(${p50(m.n)} call${p50(m.n) === 1 ? '' : 's'})   operation and hooks ${ms(total - adapter).padStart(9)}${ratio}`,
    )
  }
  console.log(
    `\nbreakdown (${payload.db.name}): Local API in process, ${ROUNDS} rounds each after ` +
      `${WARM_UP} to warm up, p50`,
  )
  row('baseline create', baseline)
  row('resident reports a problem', complaint, baseline)
  console.log(`\n  the complaint's adapter calls, each by its p50:`)
  for (const [key, times] of [...complaint.calls].sort((a, b) => p50(b[1]) - p50(a[1]))) {
    const often =
      times.length % ROUNDS === 0
        ? `×${times.length / ROUNDS} per complaint`
        : `${times.length} in ${ROUNDS} complaints`
    console.log(`    ${key.padEnd(34)} ${ms(p50(times)).padStart(9)}   ${often}`)
  }
}

async function main() {
  const kind = process.env.BENCH_DB === 'postgres' ? 'postgres' : 'sqlite'
  process.env.DATABASE_URI = await freshDatabase(kind, 'bench_breakdown')
  process.env.JOBS_AUTORUN = 'off'
  await runSeedAlone(breakdown, 'bench_breakdown')
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) exitWith(main(), 'bench:breakdown')
