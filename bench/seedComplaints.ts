/**
 * The complaints bench's database: 100,000 complaints in the first estate (SG), written fast with
 * multi-row INSERTs through the adapter's own connection (`payload.db.drizzle`) in one
 * transaction, as bench/seedMail.ts does. Bench-only: domain code never writes around Payload.
 *
 * What it writes, deterministically (a seeded random generator):
 *   - 2,000 households (units 11-0101 … 30-2504), one member each;
 *   - 100,000 complaints over ten years (about 27 a day, evenly spaced, the newest a minute ago),
 *     by phone, in writing, at the desk or in the portal, routed to the six departments; by age:
 *     under 36 hours still `received` (the older ones past their 24-hour response time), under 4
 *     days planned, scheduled or in progress, under 9 days half awaiting acceptance, the rest
 *     closed (accepted or closed for no answer) — about 170 open, as an office would have;
 *   - the same 100,000 rows in the hook-free `benchmark-baselines` (open as `prepared` or
 *     `active`, closed as `void`), so the baseline lists from a table of the same size.
 * Not written: versions, status changes, photos and e-mails (none is read by the queue).
 */
import { pathToFileURL } from 'node:url'

import type { Payload } from 'payload'

import { exitWith, insertHouseholds, random, rawSql, type Row, runSeedAlone } from './seedMail'

export const COMPLAINT_SEED = {
  complaints: 100_000,
  households: 2_000,
  years: 10,
  rowsPerInsert: 1_000,
}

const HOUR = 3600_000
const DAY = 24 * HOUR
const DEPARTMENTS = ['cs', 'engineering', 'engineering', 'environment', 'security', 'developer']
const CHANNELS = ['phone', 'phone', 'written', 'walk-in', 'portal']
const PROBLEMS = [
  '廚房水喉漏水，櫃底已濕',
  '升降機運行時有異響',
  '走廊燈不亮',
  '露台去水渠淤塞',
  '樓上單位裝修噪音，晚上九時後仍未停',
  '大堂門禁卡失靈',
  '垃圾房異味',
  '外牆滲水，睡房天花有水漬',
]

/** Writes the complaints bench's data unless it is there already. */
export async function seedComplaints(payload: Payload, log = (line: string) => console.log(line)) {
  const started = Date.now()
  const raw = rawSql(payload)
  const { db, kind, rows, run } = raw
  const estateRow = (await rows(db, `SELECT id FROM estates WHERE code = 'SG'`))[0]
  if (!estateRow) throw new Error('no estate SG (the first start makes it)')
  const estate = Number(estateRow.id)
  const [{ n }] = (await rows(
    db,
    `SELECT count(*) AS n FROM complaints WHERE estate_id = ${estate}`,
  )) as { n: number }[]
  if (Number(n) >= COMPLAINT_SEED.complaints) {
    log(`  complaints seed: ${Number(n)} complaints already there; nothing written`)
    return
  }
  if (Number(n) > 0) throw new Error(`the estate holds ${n} complaints: seed an empty database`)
  const rand = random(20261127)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!
  const iso = (ms: number) => new Date(ms).toISOString()
  const now = Date.now()

  await db.transaction(async (tx: any) => {
    const insert = raw.inserter(tx, COMPLAINT_SEED.rowsPerInsert)
    const created = iso(now - (COMPLAINT_SEED.years * 365 + 30) * DAY)
    const { households, names, unitOf } = await insertHouseholds(tx, raw, insert, {
      estate,
      households: COMPLAINT_SEED.households,
      membersPerHousehold: 1,
      created,
      pick,
    })

    const complaintColumns = [
      'number',
      'household_id',
      'unit',
      'resident_name',
      'channel',
      'department',
      'major',
      'problem',
      'read_back',
      'confirmed',
      'plan',
      'committed_time',
      'planned_at',
      'status',
      'reopen_count',
      'respond_by',
      'respondby_tz',
      'warn_at',
      'awaiting_since',
      'closed_at',
      'closed_how',
      'estate_id',
      'updated_at',
      'created_at',
    ]
    const baselineColumns = [
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
    const span = COMPLAINT_SEED.years * 365 * DAY
    const step = span / COMPLAINT_SEED.complaints
    let open = 0
    let complaints: Row[] = []
    let baseline: Row[] = []
    for (let i = 0; i < COMPLAINT_SEED.complaints; i++) {
      const at = Math.round(now - 60_000 - (COMPLAINT_SEED.complaints - 1 - i) * step)
      const age = now - at
      const h = households[Math.floor(rand() * households.length)]!
      const channel = pick(CHANNELS)
      const r = rand()
      const status =
        age < 36 * HOUR
          ? 'received'
          : age < 4 * DAY
            ? r < 0.3
              ? 'planned'
              : r < 0.6
                ? 'scheduled'
                : 'in-progress'
            : age < 9 * DAY && r < 0.5
              ? 'awaiting-acceptance'
              : 'closed'
      if (status !== 'closed') open++
      const planned = status !== 'received'
      const plannedAt = at + Math.floor(rand() * 30) * HOUR
      const doneAt = plannedAt + (1 + Math.floor(rand() * 72)) * HOUR
      const number = `SG-${String(i + 1).padStart(6, '0')}`
      complaints.push([
        number,
        h,
        unitOf.get(h)!,
        names.get(h)![0]!,
        channel,
        pick(DEPARTMENTS),
        rand() < 0.02,
        pick(PROBLEMS),
        channel === 'phone' || channel === 'walk-in',
        channel === 'portal',
        planned ? '安排同事上門檢查及維修' : null,
        planned ? iso(plannedAt + 24 * HOUR) : null,
        planned ? iso(plannedAt) : null,
        status,
        rand() < 0.05 ? 1 : 0,
        iso(at + 24 * HOUR),
        'Asia/Shanghai',
        iso(at + 20 * HOUR),
        status === 'awaiting-acceptance' || status === 'closed' ? iso(doneAt) : null,
        status === 'closed' ? iso(doneAt + 12 * HOUR) : null,
        status === 'closed' ? (rand() < 0.9 ? 'accepted' : 'no-answer') : null,
        estate,
        iso(status === 'received' ? at : plannedAt),
        iso(at),
      ])
      baseline.push([
        h,
        number,
        0,
        'CNY',
        status === 'closed' ? 'void' : planned ? 'active' : 'prepared',
        null,
        i + 1,
        iso(status === 'received' ? at : plannedAt),
        iso(at),
      ])
      if (complaints.length === 10_000 || i === COMPLAINT_SEED.complaints - 1) {
        await insert('complaints', complaintColumns, complaints)
        await insert('benchmark_baselines', baselineColumns, baseline)
        complaints = []
        baseline = []
        log(
          `  complaints seed: ${i + 1} complaints (${((Date.now() - started) / 1000).toFixed(0)} s)`,
        )
      }
    }
    log(`  complaints seed: ${COMPLAINT_SEED.complaints} complaints written, ${open} of them open`)
  })
  await run(db, 'ANALYZE')
  if (kind === 'sqlite') await run(db, 'PRAGMA wal_checkpoint(TRUNCATE)')
  log(`  complaints seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  exitWith(runSeedAlone(seedComplaints, 'bench_complaints'), 'seedComplaints')
}
