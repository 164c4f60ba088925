/**
 * The mail bench's database: 1,000,000 mail items in the first estate (SG, the demo's Sunshine
 * Garden), written fast with
 * multi-row INSERTs through the adapter's own connection (`payload.db.drizzle`), in one
 * transaction. Bench-only: domain code never writes around Payload like this.
 *
 * What it writes, deterministically (a seeded random generator):
 *   - 2,000 households (units 11-0101 … 30-2504) with two members each; 60% have a portal account
 *     (so recording an item queues an e-mail, as it would);
 *   - 2,000 accepted batches of 500 items, two a day over the last 1,000 days;
 *   - 1,000,000 items: letters, registered mail and parcels for a member (80%) or a name on the
 *     envelope; those of the last 40 batches are waiting for about half (about 10,000 waiting,
 *     one pickup code per addressee while they have mail waiting, unique among waiting items),
 *     every older one picked up (a few returned), at the kiosk or the desk, within a few days;
 *   - the same 1,000,000 rows in the hook-free `benchmark-baselines` (pickup code as `qrToken`,
 *     waiting as `prepared`, picked up as `active`, returned as `void`): the baselines read and
 *     write a table of the same size.
 * Not written: the items' versions, claims, signatures, status changes and e-mails (each is
 * reached by an indexed key of its own, so their size hardly changes the measured requests).
 *
 * Idempotent: nothing is written when the estate already holds `MAIL_SEED.items` items.
 * On its own: `DATABASE_URI=file:./tmp/bench_mail.db node --conditions=production --import tsx
 * bench/seedMail.ts` (runs the migrations and the first start's seed first, like the server).
 */
import { pathToFileURL } from 'node:url'

import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

export const MAIL_SEED = {
  items: 1_000_000,
  households: 2_000,
  membersPerHousehold: 2,
  residentShare: 0.6,
  batchSize: 500,
  /** The last batches, whose items are partly still waiting. */
  recentBatches: 40,
  waitingShare: 0.5,
  returnedShare: 0.005,
  rowsPerInsert: 1_000,
}

const DAY = 24 * 60 * 60 * 1000

/** mulberry32: a small seeded generator, so every seeded database holds the same data. */
export function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Value = string | number | boolean | null
export type Row = Value[]

export const quote = (value: Value) =>
  value === null
    ? 'NULL'
    : typeof value === 'boolean'
      ? String(value).toUpperCase()
      : typeof value === 'number'
        ? String(value)
        : `'${value.replace(/'/g, "''")}'`

export const SURNAMES = [
  '陳',
  '林',
  '黃',
  '張',
  '李',
  '王',
  '吳',
  '劉',
  '蔡',
  '楊',
  '許',
  '鄭',
  '謝',
  '郭',
]
export const GIVEN = [
  '志明',
  '美玲',
  '家豪',
  '嘉欣',
  '小晴',
  '建國',
  '淑芬',
  '俊傑',
  '怡君',
  '冠宇',
  '雅婷',
]

/**
 * Raw SQL through the adapter's own connection (`payload.db.drizzle`), on SQLite or PostgreSQL,
 * for the bench seeds: `run` a statement, read `rows`, and multi-row INSERTs of `rowsPerInsert`
 * rows each (`inserter`), each on the executor given (the connection or a transaction).
 */
export function rawSql(payload: Payload) {
  const kind = payload.db.name === 'postgres' ? ('postgres' as const) : ('sqlite' as const)
  const db = payload.db.drizzle as any
  const run = (executor: any, text: string) =>
    kind === 'postgres' ? executor.execute(sql.raw(text)) : executor.run(sql.raw(text))
  const rows = async (executor: any, text: string): Promise<Record<string, unknown>[]> => {
    const result =
      kind === 'postgres'
        ? await executor.execute(sql.raw(text))
        : await executor.all(sql.raw(text))
    return Array.isArray(result) ? result : result.rows
  }
  const inserter =
    (executor: any, rowsPerInsert: number) =>
    async (table: string, columns: string[], data: Row[]) => {
      for (let i = 0; i < data.length; i += rowsPerInsert) {
        const values = data
          .slice(i, i + rowsPerInsert)
          .map((r) => `(${r.map(quote).join(',')})`)
          .join(',')
        await run(executor, `INSERT INTO ${table} (${columns.join(',')}) VALUES ${values}`)
      }
    }
  return { kind, db, run, rows, inserter }
}

/**
 * The bench estate's households 11-0101 … (blocks of 25 floors of 4 flats), moved in, each with
 * its members (the first the owner, the others spouses, named from one surname), written with
 * `insert`. Returns the households' ids in order and each one's member names.
 */
export async function insertHouseholds(
  tx: any,
  raw: ReturnType<typeof rawSql>,
  insert: ReturnType<ReturnType<typeof rawSql>['inserter']>,
  o: {
    estate: number
    households: number
    membersPerHousehold: number
    created: string
    pick: <T>(list: readonly T[]) => T
  },
) {
  const units: Row[] = []
  for (let b = 11; units.length < o.households; b++) {
    for (let f = 1; f <= 25 && units.length < o.households; f++) {
      for (let u = 1; u <= 4 && units.length < o.households; u++) {
        const unit = `${b}-${String(f).padStart(2, '0')}${String(u).padStart(2, '0')}`
        units.push([unit, 'moved-in', o.estate, o.created, o.created])
      }
    }
  }
  await insert('households', ['unit', 'status', 'estate_id', 'updated_at', 'created_at'], units)
  const written = await raw.rows(
    tx,
    `SELECT id, unit FROM households WHERE estate_id = ${o.estate} AND unit LIKE '__-____' ORDER BY id`,
  )
  const households = written.map((r) => Number(r.id))
  const unitOf = new Map(written.map((r) => [Number(r.id), String(r.unit)]))
  const memberRows: Row[] = []
  const names = new Map<number, string[]>()
  for (const h of households) {
    const surname = o.pick(SURNAMES)
    const list: string[] = []
    for (let m = 1; m <= o.membersPerHousehold; m++) {
      const name = `${surname}${o.pick(GIVEN)}`
      list.push(name)
      memberRows.push([
        h,
        name,
        m === 1 ? 'male' : 'female',
        m === 1 ? 'owner' : 'spouse',
        m,
        `${h}#${m}`,
        o.estate,
        o.created,
        o.created,
      ])
    }
    names.set(h, list)
  }
  await insert(
    'members',
    [
      'household_id',
      'name',
      'gender',
      'relationship',
      'ordinal',
      'household_slot',
      'estate_id',
      'updated_at',
      'created_at',
    ],
    memberRows,
  )
  return { households, names, unitOf }
}

export type SeedReport = { skipped: boolean; items: number; seconds: number; estate: number }

/** Writes the mail bench's data unless it is there already; returns what it found or did. */
export async function seedMail(payload: Payload, log = (line: string) => console.log(line)) {
  const started = Date.now()
  const raw = rawSql(payload)
  const { db } = raw
  const rows = (text: string) => raw.rows(db, text)
  const estateRow = (await rows(`SELECT id FROM estates WHERE code = 'SG'`))[0]
  if (!estateRow) throw new Error('no estate SG (the first start makes it)')
  const estate = Number(estateRow.id)
  const [{ n }] = (await rows(
    `SELECT count(*) AS n FROM mail_items WHERE estate_id = ${estate}`,
  )) as {
    n: number
  }[]
  if (Number(n) >= MAIL_SEED.items) {
    log(`  mail seed: ${Number(n)} items already there; nothing written`)
    return { skipped: true, items: Number(n), seconds: (Date.now() - started) / 1000, estate }
  }
  if (Number(n) > 0) throw new Error(`the estate holds ${n} mail items: seed an empty database`)
  const kioskRow = (await rows(`SELECT id FROM kiosks WHERE estate_id = ${estate} ORDER BY id`))[0]
  const kiosk = kioskRow ? Number(kioskRow.id) : null
  const rand = random(20261127)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!
  const iso = (ms: number) => new Date(ms).toISOString()
  const now = Date.now()

  await db.transaction(async (tx: any) => {
    const insert = raw.inserter(tx, MAIL_SEED.rowsPerInsert)
    const idsOf = async (table: string, where: string) =>
      (await raw.rows(tx, `SELECT id FROM ${table} WHERE ${where} ORDER BY id`)).map((r) =>
        Number(r.id),
      )

    // Households 11-0101 … 30-2504, each with members and (most) a portal account.
    const created = iso(now - 1100 * DAY)
    const { households, names } = await insertHouseholds(tx, raw, insert, {
      estate,
      households: MAIL_SEED.households,
      membersPerHousehold: MAIL_SEED.membersPerHousehold,
      created,
      pick,
    })
    const memberIds = await idsOf(
      'members',
      `household_id IN (SELECT id FROM households WHERE estate_id = ${estate} AND unit LIKE '__-____')`,
    )
    // Members were inserted household by household, in order.
    const membersOf = new Map<number, number[]>()
    households.forEach((h, i) =>
      membersOf.set(
        h,
        memberIds.slice(i * MAIL_SEED.membersPerHousehold, (i + 1) * MAIL_SEED.membersPerHousehold),
      ),
    )
    // Portal accounts cannot sign in (no password): they only make recording an item queue mail.
    const residents: Row[] = households
      .filter(() => rand() < MAIL_SEED.residentShare)
      .map((h) => [
        names.get(h)![0]!,
        h,
        membersOf.get(h)![0]!,
        'zh-TW',
        estate,
        `bench-mail-${h}@example.invalid`,
        created,
        created,
      ])
    await insert(
      'residents',
      [
        'name',
        'household_id',
        'member_id',
        'language',
        'estate_id',
        'email',
        'updated_at',
        'created_at',
      ],
      residents,
    )

    // Batches: two a day, the newest last.
    const batchCount = Math.ceil(MAIL_SEED.items / MAIL_SEED.batchSize)
    const batchTimes = Array.from(
      { length: batchCount },
      (_, i) => now - (batchCount - i) * (DAY / 2) - 2 * 60 * 60 * 1000,
    )
    await insert(
      'mail_batches',
      [
        'label',
        'source',
        'declared_count',
        'status',
        'counted_count',
        'count_mismatch',
        'accepted_at',
        'estate_id',
        'updated_at',
        'created_at',
      ],
      batchTimes.map((t, i) => [
        `郵局 ${iso(t).slice(0, 10)} #${i + 1}`,
        'post-office',
        MAIL_SEED.batchSize,
        'accepted',
        MAIL_SEED.batchSize,
        false,
        iso(t + 10 * 60 * 1000),
        estate,
        iso(t + 10 * 60 * 1000),
        iso(t),
      ]),
    )
    const batches = await idsOf('mail_batches', `estate_id = ${estate}`)
    const seededBatches = batches.slice(-batchCount)

    // Items and their baseline rows, batch by batch (oldest first), written in slices.
    const itemColumns = [
      'batch_id',
      'household_id',
      'member_id',
      'addressee',
      'kind',
      'status',
      'pickup_code',
      'picked_up_at',
      'picked_up_by',
      'pickup_place',
      'pickup_kiosk_id',
      'returned_at',
      'return_reason',
      'reminders',
      'pickup_key',
      'estate_id',
      'updated_at',
      'created_at',
    ]
    const baselineColumns = [
      'member_id',
      'household_id',
      'number',
      'fee',
      'currency',
      'status',
      'qr_token',
      'ordinal',
      'updated_at',
      'created_at',
    ]
    const waitingCodes = new Map<string, string>()
    const usedWaiting = new Set<string>()
    const newCode = () => {
      let code = ''
      for (let i = 0; i < 10; i++) code += String(Math.floor(rand() * 10))
      return code
    }
    let written = 0
    let waiting = 0
    for (let b = 0; b < batchCount; b++) {
      const recent = b >= batchCount - MAIL_SEED.recentBatches
      // An addressee's code for the items of one batch that are picked up (one visit).
      const pastCodes = new Map<string, string>()
      const items: Row[] = []
      const baseline: Row[] = []
      const count = Math.min(MAIL_SEED.batchSize, MAIL_SEED.items - written)
      for (let i = 0; i < count; i++) {
        const h = households[Math.floor(rand() * households.length)]!
        const forMember = rand() < 0.8
        const m = Math.floor(rand() * MAIL_SEED.membersPerHousehold)
        const member = forMember ? membersOf.get(h)![m]! : null
        const addressee = forMember ? names.get(h)![m]! : `${pick(SURNAMES)}${pick(GIVEN)}`
        const who = `${h}:${member ?? addressee}`
        const r = rand()
        const kindOf = r < 0.7 ? 'letter' : r < 0.85 ? 'registered' : 'parcel'
        const createdAt = batchTimes[b]! + 20 * 60 * 1000 + i * 2000
        const status =
          recent && rand() < MAIL_SEED.waitingShare
            ? 'waiting'
            : rand() < MAIL_SEED.returnedShare
              ? 'returned'
              : 'picked-up'
        let code: string
        if (status === 'waiting') {
          code = waitingCodes.get(who) ?? ''
          if (!code) {
            do code = newCode()
            while (usedWaiting.has(code))
            usedWaiting.add(code)
            waitingCodes.set(who, code)
          }
          waiting++
        } else {
          code = pastCodes.get(who) ?? newCode()
          pastCodes.set(who, code)
        }
        const doneAt = Math.min(now - 60_000, createdAt + Math.floor(rand() * 5 * DAY))
        const atKiosk = rand() < 0.7
        items.push([
          seededBatches[b]!,
          h,
          member,
          addressee,
          kindOf,
          status,
          code,
          status === 'picked-up' ? iso(doneAt) : null,
          status === 'picked-up' ? addressee : null,
          status === 'picked-up' ? (atKiosk && kiosk ? 'kiosk' : 'desk') : null,
          status === 'picked-up' && atKiosk ? kiosk : null,
          status === 'returned' ? iso(doneAt) : null,
          status === 'returned' ? '查無此人 No such addressee' : null,
          0,
          status === 'picked-up' ? `seed:${b}:${i}` : null,
          estate,
          iso(status === 'waiting' ? createdAt : doneAt),
          iso(createdAt),
        ])
        baseline.push([
          member,
          h,
          addressee,
          0,
          'CNY',
          status === 'waiting' ? 'prepared' : status === 'picked-up' ? 'active' : 'void',
          code,
          written + i + 1,
          iso(status === 'waiting' ? createdAt : doneAt),
          iso(createdAt),
        ])
      }
      await insert('mail_items', itemColumns, items)
      await insert('benchmark_baselines', baselineColumns, baseline)
      written += count
      if (written % 100_000 === 0) {
        log(`  mail seed: ${written} items (${((Date.now() - started) / 1000).toFixed(0)} s)`)
      }
    }
    log(`  mail seed: ${written} items written, ${waiting} of them waiting`)
  })
  // Fresh statistics for the planners; on SQLite, the seed's one transaction left its pages in
  // the write-ahead log (about 700 MB), which every later commit would try to copy back.
  await raw.run(db, 'ANALYZE')
  if (raw.kind === 'sqlite') await raw.run(db, 'PRAGMA wal_checkpoint(TRUNCATE)')
  const seconds = (Date.now() - started) / 1000
  log(`  mail seed: done in ${seconds.toFixed(1)} s`)
  return { skipped: false, items: MAIL_SEED.items, seconds, estate }
}

/**
 * A seed on its own: the server's start-up work (migrations, the first estate and admin), then
 * the seed. The bench runs it in a process of its own, for each kept or fresh database.
 */
export async function runSeedAlone(seed: (payload: Payload) => Promise<unknown>, name: string) {
  process.env.PAYLOAD_SECRET ||= 'bench'
  process.env.DATABASE_URI ||= `file:./tmp/${name}.db`
  const { getPayload } = await import('payload')
  const { runMigrations, withStartupLock } = await import('../src/db/migrate')
  const { bootstrap } = await import('../src/seed/bootstrap')
  const { default: config } = await import('../payload.config')
  const uri = process.env.DATABASE_URI
  const payload = await getPayload({
    config,
    onInit: (instance) =>
      withStartupLock(instance, uri, async () => {
        await runMigrations(instance, uri)
        // The first estate (SG, the demo's Sunshine Garden) and the admin; not the demo's other
        // records: the bench makes its own accounts.
        await bootstrap(instance, {
          adminEmail: process.env.ADMIN_EMAIL,
          adminPassword: process.env.ADMIN_PASSWORD,
          demoEstate: false,
        })
      }),
  })
  try {
    await seed(payload)
  } finally {
    await payload.destroy()
  }
}

/** Exits with the seed's outcome; a failed INSERT's message holds the whole statement: its start is enough. */
export function exitWith(run: Promise<unknown>, name: string) {
  run.then(
    () => process.exit(0),
    (error: unknown) => {
      const text = error instanceof Error ? `${error.message}\n${error.cause ?? ''}` : String(error)
      process.stderr.write(
        `${name}: ${text.length > 1500 ? `${text.slice(0, 700)} … ${text.slice(-700)}` : text}\n`,
      )
      process.exit(1)
    },
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  exitWith(runSeedAlone(seedMail, 'bench_mail'), 'seedMail')
}
