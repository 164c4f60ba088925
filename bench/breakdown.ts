/**
 * `npm run bench:breakdown`: where a resident's complaint and CS's recording of a mail item spend
 * their time, in process (Local API, no HTTP), beside the hook-free baseline's create in the same
 * run. For each it prints the p50 of the whole operation and of the adapter's calls inside it (SQL
 * and the ORM's work around it), and the rest: Payload's operation (its field traversals,
 * validation, the version) and our hooks. Then each adapter call by its own p50.
 *
 * Why: the HTTP bench (`npm run bench`) says how much slower these writes are than the baseline;
 * this says which layer the difference lies in, so a change can be aimed (and its effect seen)
 * without the noise of a whole server. SQLite by default (a fresh tmp/bench_breakdown.db);
 * BENCH_DB=postgres for a fresh PostgreSQL database. BENCH_BREAKDOWN_N sets the rounds (300).
 */
import { randomUUID } from 'node:crypto'
import { pathToFileURL } from 'node:url'

import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { acceptMailBatch } from '../src/domain/mail/acceptMailBatch'
import { freshDatabase } from '../test/support/database'
import { SIGNATURE_PNG } from '../test/support/payload'
import { percentile } from './load'
import { exitWith, runSeedAlone } from './seedMail'

const ROUNDS = Math.max(20, Number(process.env.BENCH_BREAKDOWN_N) || 300)
const WARM_UP = 30
type Call = { key: string; ms: number }

const p50 = (xs: number[]) =>
  xs.length
    ? percentile(
        [...xs].sort((a, b) => a - b),
        50,
      )
    : 0
const ms = (x: number) => `${x.toFixed(2)} ms`

/**
 * Times every call of the adapter's that an operation makes (by method and collection) while
 * `state.calls` holds a list; the adapter object is Payload's own, so this works on any database.
 * (`upsert` is not timed: SQL adapters run it as their own `updateOne`, which is.)
 */
function watchAdapter(payload: Payload) {
  const state: { calls: Call[] | null } = { calls: null }
  const db = payload.db as unknown as Record<string, unknown>
  const methods = ['create', 'createVersion', 'updateOne', 'updateMany', 'find', 'findOne', 'count']
  const more = ['deleteMany', 'updateJobs']
  const transactions = ['beginTransaction', 'commitTransaction', 'rollbackTransaction']
  for (const method of [...methods, ...more, ...transactions]) {
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
    for (const c of calls) {
      const times = result.calls.get(c.key) ?? []
      times.push(c.ms)
      result.calls.set(c.key, times)
    }
  }
  return result
}

async function breakdown(payload: Payload) {
  const state = watchAdapter(payload)
  const estate = (
    await payload.find({ collection: 'estates', where: { code: { equals: 'SG' } }, limit: 1 })
  ).docs[0]!
  const tag = randomUUID().slice(0, 6)
  const households: { household: number; member: number }[] = []
  for (let i = 0; i < 20; i++) {
    const household = await payload.create({
      collection: 'households',
      data: { unit: `B${i}-${tag}`, estate: estate.id },
    })
    const member = await payload.create({
      collection: 'members',
      data: { household: household.id, name: `陳小明${i}`, relationship: 'owner', gender: 'male' },
    })
    households.push({ household: household.id, member: member.id })
  }
  const resident = await payload.create({
    collection: 'residents',
    data: {
      email: `breakdown-${tag}@bench.example`,
      password: `Bench-${randomUUID()}`,
      name: '陳小明',
      household: households[0]!.household,
      member: households[0]!.member,
    },
  })
  const residentUser = { ...resident, collection: 'residents' } as unknown as PayloadRequest['user']
  const cs = await payload.create({
    collection: 'users',
    data: {
      email: `breakdown-cs-${tag}@bench.example`,
      password: `Bench-${randomUUID()}`,
      name: 'Bench CS',
      memberships: [{ estate: estate.id, roles: ['cs'] }],
    },
  })
  const csUser = { ...cs, collection: 'users' } as unknown as PayloadRequest['user']
  // A batch with room for every item recorded below, handed over and accepted by CS (MAIL-2).
  const room = 2 * (WARM_UP + ROUNDS)
  const batch = await payload.create({
    collection: 'mail-batches',
    data: { source: 'post-office', declaredCount: room },
    user: csUser,
    overrideAccess: false,
  })
  await acceptMailBatch(await createLocalReq({ user: csUser! }, payload), {
    batch: batch.id,
    countedCount: room,
    discrepancyNote: '',
    signature: Buffer.from(SIGNATURE_PNG.split(',')[1]!, 'base64'),
  })

  const baseline = await measure(state, () =>
    payload.create({
      collection: 'benchmark-baselines',
      data: { number: '廚房水喉漏水', status: 'active', household: households[0]!.household },
      depth: 0,
    }),
  )
  const complaint = await measure(state, () =>
    payload.create({
      collection: 'complaints',
      data: { problem: '廚房水喉漏水，櫃底已濕', confirmed: true, photos: [] } as never,
      user: residentUser,
      overrideAccess: false,
      depth: 0,
    }),
  )
  // As CS records a round of mail: one addressee after another, each with mail waiting already
  // after the first round (so most items join their addressee's code, as in the HTTP bench).
  let turn = 0
  const recording = await measure(state, () => {
    const to = households[turn++ % households.length]!
    return payload.create({
      collection: 'mail-items',
      data: { batch: batch.id, household: to.household, member: to.member, kind: 'letter' },
      user: csUser,
      overrideAccess: false,
      depth: 0,
    })
  })

  console.log(
    `\nbreakdown (${payload.db.name}): Local API in process, ${ROUNDS} rounds each after ` +
      `${WARM_UP} to warm up, p50`,
  )
  const row = (label: string, m: Measured) => {
    const total = p50(m.total)
    const adapter = p50(m.adapter)
    const calls = `${p50(m.n)} call${p50(m.n) === 1 ? '' : 's'}`
    const ratio =
      m === baseline ? '' : `   ${(total / p50(baseline.total)).toFixed(2)}x the baseline`
    console.log(
      `  ${label.padEnd(28)} ${ms(total).padStart(9)}   adapter ${ms(adapter).padStart(9)} ` +
        `(${calls})   operation and hooks ${ms(total - adapter).padStart(9)}${ratio}`,
    )
  }
  row('baseline create', baseline)
  row('resident reports a problem', complaint)
  row('CS records a mail item', recording)
  for (const [label, m] of [
    ['a complaint', complaint],
    ['a mail item', recording],
  ] as const) {
    console.log(`\n  the adapter calls of ${label}, each by its p50:`)
    for (const [key, times] of [...m.calls].sort((a, b) => p50(b[1]) - p50(a[1]))) {
      const often =
        times.length % ROUNDS === 0
          ? `×${times.length / ROUNDS} each`
          : `${times.length} in ${ROUNDS}`
      console.log(`    ${key.padEnd(34)} ${ms(p50(times)).padStart(9)}   ${often}`)
    }
  }
}

async function main() {
  const kind = process.env.BENCH_DB === 'postgres' ? 'postgres' : 'sqlite'
  process.env.DATABASE_URI = await freshDatabase(kind, 'bench_breakdown')
  process.env.JOBS_AUTORUN = 'off'
  await runSeedAlone(breakdown, 'bench_breakdown')
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) exitWith(main(), 'bench:breakdown')
