/**
 * An installation that ran one estate upgrades by migration into a default estate with nothing
 * lost: a database at the release before estates (the `hardening` migration), filled with the
 * kind of data an office has, is migrated by the server at start-up and read back through REST.
 */
import { spawnSync } from 'node:child_process'
import { pbkdf2Sync, randomBytes } from 'node:crypto'
import { createClient } from '@libsql/client'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freshDatabase, testDatabase } from '../support/database'
import { startServer, type RunningServer } from '../support/server'

const PASSWORD = 'Old-release-password-1'
const SECRET = 'upgrade-test-secret'

/** A password as the older release stored it (Payload's pbkdf2, legacy parameters). */
function passwordColumns() {
  const salt = randomBytes(32).toString('hex')
  const hash = pbkdf2Sync(PASSWORD, salt, 25000, 512, 'sha256').toString('hex')
  return `'${salt}', '${hash}'`
}

/** What an office had before estates: staff with roles, fees, households, passes, a receipt, mail. */
const OLD_DATA = () => [
  `INSERT INTO "users" ("id", "name", "email", "salt", "hash") VALUES (1, '老管理員', 'old-admin@test.example', ${passwordColumns()})`,
  `INSERT INTO "users" ("id", "name", "email", "salt", "hash") VALUES (2, '老客服', 'old-cs@test.example', ${passwordColumns()})`,
  `INSERT INTO "users_roles" ("order", "parent_id", "value", "id") VALUES (1, 1, 'admin', 1), (2, 1, 'cs', 2), (1, 2, 'cs', 3)`,
  `INSERT INTO "pass_settings" ("id", "free_passes_per_member", "extra_pass_fee", "currency", "max_unpaid_extra_passes") VALUES (1, 3, 70, 'HKD', 2)`,
  `INSERT INTO "households" ("id", "unit", "status", "moved_in_at") VALUES (1, '1-0101', 'moved-in', '2026-10-01T02:00:00.000Z'), (2, '2-0202', 'pre-move-in', NULL)`,
  `INSERT INTO "_households_v" ("id", "parent_id", "version_unit", "version_status") VALUES (1, 1, '1-0101', 'pre-move-in'), (2, 1, '1-0101', 'moved-in')`,
  `INSERT INTO "members" ("id", "household_id", "name", "gender", "relationship", "age", "ordinal", "household_slot") VALUES (1, 1, '王大明', 'male', 'owner', NULL, 1, '1#1'), (2, 1, '王小明', 'male', 'child', 8, 2, '1#2'), (3, 2, '李四', 'female', 'owner', NULL, 1, '2#1')`,
  `INSERT INTO "pass_receipts" ("id", "household_id", "signed_by_name", "signed_at", "state", "sequence", "claim") VALUES (1, 1, '王大明', '2026-10-01T02:00:00.000Z', 'complete', 1, '1#1')`,
  `INSERT INTO "passes" ("id", "member_id", "number", "household_id", "status", "fee", "currency", "ordinal", "slot", "unpaid_slot", "qr_token", "receipt_id", "activated_at") VALUES
    (1, 1, '1-0101-01-1', 1, 'active', 0, 'HKD', 1, '1#1', NULL, 'old-token-1', 1, '2026-10-01T02:00:00.000Z'),
    (2, 2, '1-0101-02-1', 1, 'active', 0, 'HKD', 1, '2#1', NULL, 'old-token-2', 1, '2026-10-01T02:00:00.000Z'),
    (3, 3, '2-0202-01-1', 2, 'prepared', 0, 'HKD', 1, '3#1', NULL, 'old-token-3', NULL, NULL),
    (4, 1, '1-0101-01-4', 1, 'prepared', 70, 'HKD', 4, '1#4', '1#unpaid#1', 'old-token-4', NULL, NULL)`,
  `INSERT INTO "_passes_v" ("id", "parent_id", "version_member_id", "version_number", "version_household_id", "version_status", "version_fee") VALUES (1, 1, 1, '1-0101-01-1', 1, 'prepared', 0), (2, 1, 1, '1-0101-01-1', 1, 'active', 0)`,
  `INSERT INTO "residents" ("id", "name", "household_id", "member_id", "language", "email", "salt", "hash") VALUES (1, '王大明', 1, 1, 'en', 'old-resident@test.example', ${passwordColumns()})`,
  `INSERT INTO "kiosks" ("id", "name", "location") VALUES (1, 'Old lobby kiosk', 'Block 1')`,
  `INSERT INTO "notifications" ("id", "to", "subject", "body", "status", "attempts") VALUES (1, 'old-resident@test.example', '舊通知', '已發送的舊通知', 'sent', 1)`,
  `INSERT INTO "procedures" ("id", "numeral", "order", "key") VALUES (1, '(四)', 4, 'access-passes')`,
  `INSERT INTO "procedures_locales" ("title", "id", "_locale", "_parent_id") VALUES ('業戶出入證', 1, 'zh-TW', 1)`,
]
const TABLES_WITH_IDS = [
  'users',
  'households',
  '_households_v',
  'members',
  'pass_receipts',
  'passes',
  '_passes_v',
  'residents',
  'kiosks',
  'notifications',
  'procedures',
  'users_roles',
  'pass_settings',
  'procedures_locales',
]

async function runSql(uri: string, statements: string[]) {
  if (uri.startsWith('file:')) {
    const client = createClient({ url: uri })
    for (const statement of statements) await client.execute(statement)
    client.close()
    return
  }
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    for (const statement of statements) await client.query(statement)
    // Explicit ids do not move PostgreSQL's sequences: move them as the old release's inserts had.
    for (const table of TABLES_WITH_IDS) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max("id") FROM "${table}"))`,
      )
    }
  } finally {
    await client.end()
  }
}

let server: RunningServer | undefined
const call = async (path: string, token?: string, init: RequestInit = {}) => {
  const res = await fetch(server!.url + path, {
    ...init,
    headers: {
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      'Content-Type': 'application/json',
      ...init.headers,
    },
  })
  return { status: res.status, body: (await res.json().catch(() => null)) as any }
}
const signIn = async (collection: string, email: string) => {
  const res = await call(`/api/${collection}/login`, undefined, {
    method: 'POST',
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  expect(res.status, `${email} signs in`).toBe(200)
  return res.body.token as string
}

beforeAll(async () => {
  const kind = testDatabase()
  const uri = await freshDatabase(
    kind,
    `estate_int_upgrade${process.env.TEST_DB_NAME_SUFFIX ?? ''}`,
  )
  const env = {
    ...process.env,
    DATABASE_URI: uri,
    PAYLOAD_SECRET: SECRET,
    NODE_ENV: 'production' as const,
    NODE_OPTIONS: '--no-deprecation',
  }
  const migrated = spawnSync(
    'node',
    ['--conditions=production', '--import', 'tsx', 'scripts/migrate-to.ts', 'hardening'],
    { env, encoding: 'utf8' },
  )
  expect(migrated.status, migrated.stderr + migrated.stdout).toBe(0)
  await runSql(uri, OLD_DATA())
  server = await startServer({
    DATABASE_URI: uri,
    PAYLOAD_SECRET: SECRET,
    JOBS_AUTORUN: 'off',
    ADMIN_EMAIL: '',
    ADMIN_PASSWORD: '',
  })
}, 240_000)

afterAll(async () => {
  await server?.stop()
})

describe('operator: upgrading a single-estate database', () => {
  it('estate upgrade: everything lands in one default estate (SG) that keeps the old fee and currency', async () => {
    const token = await signIn('users', 'old-admin@test.example')
    const estates = await call('/api/estates?depth=0', token)
    expect(estates.body.docs).toHaveLength(1)
    const [sg] = estates.body.docs
    expect(sg).toMatchObject({
      code: 'SG',
      name: '陽光嘉園',
      currency: 'HKD',
      timeZone: 'Asia/Shanghai',
    })
    const settings = await call(
      `/api/estate-settings?where[estate][equals]=${sg.id}&depth=0`,
      token,
    )
    expect(settings.body.docs[0]).toMatchObject({
      extraPassFee: 70,
      freePassesPerMember: 3,
      maxUnpaidExtraPasses: 2,
    })
    for (const [slug, count] of [
      ['households', 2],
      ['members', 3],
      ['passes', 4],
      ['pass-receipts', 1],
      ['residents', 1],
      ['kiosks', 1],
      ['notifications', 1],
      ['procedures', 1],
    ] as const) {
      const all = await call(`/api/${slug}?limit=100&depth=0`, token)
      expect(all.body.totalDocs, slug).toBe(count)
      for (const doc of all.body.docs) expect(doc.estate, `${slug} ${doc.id}`).toBe(sg.id)
    }
  })

  it('estate upgrade: staff keep their roles as roles at the default estate; the old admin administers every estate', async () => {
    const adminToken = await signIn('users', 'old-admin@test.example')
    const me = await call('/api/users/me', adminToken)
    expect(me.body.user).toMatchObject({ allEstates: true, name: '老管理員' })
    expect(me.body.user.memberships.map((m: { roles: string[] }) => m.roles)).toEqual([
      ['admin', 'cs'],
    ])
    const csToken = await signIn('users', 'old-cs@test.example')
    const cs = await call('/api/users/me', csToken)
    expect(cs.body.user.allEstates).toBe(false)
    expect(cs.body.user.memberships.map((m: { roles: string[] }) => m.roles)).toEqual([['cs']])
    const households = await call('/api/households?depth=0&sort=unit', csToken)
    expect(households.body.docs.map((h: { unit: string }) => h.unit)).toEqual(['1-0101', '2-0202'])
  })

  it('estate upgrade: passes, fees, receipts and versions read back as they were (PAS-3, PAS-5)', async () => {
    const token = await signIn('users', 'old-admin@test.example')
    const passes = await call('/api/passes?depth=0&sort=id&limit=10', token)
    expect(
      passes.body.docs.map((p: any) => [p.number, p.status, p.fee, p.currency, p.qrToken]),
    ).toEqual([
      ['1-0101-01-1', 'active', 0, 'HKD', 'old-token-1'],
      ['1-0101-02-1', 'active', 0, 'HKD', 'old-token-2'],
      ['2-0202-01-1', 'prepared', 0, 'HKD', 'old-token-3'],
      ['1-0101-01-4', 'prepared', 70, 'HKD', 'old-token-4'],
    ])
    const versions = await call('/api/passes/versions?where[parent][equals]=1&depth=0', token)
    expect(versions.body.totalDocs).toBe(2)
    const householdVersions = await call(
      '/api/households/versions?where[parent][equals]=1&depth=0',
      token,
    )
    expect(householdVersions.body.totalDocs).toBe(2)
    const child = await call('/api/members/2?depth=0', token)
    expect(child.body).toMatchObject({ name: '王小明', age: 8 })
  })

  it("estate upgrade: the resident signs in and sees their household; new work follows the estate's rules", async () => {
    const residentToken = await signIn('residents', 'old-resident@test.example')
    const mine = await call('/api/passes?depth=0&limit=10', residentToken)
    expect(mine.body.docs.map((p: { number: string }) => p.number).sort()).toEqual([
      '1-0101-01-1',
      '1-0101-01-4',
      '1-0101-02-1',
    ])
    const csToken = await signIn('users', 'old-cs@test.example')
    // The next pass of member 1 is their 5th: the migrated fee (70 HKD), numbered after the old ones.
    const next = await call('/api/passes/request', csToken, {
      method: 'POST',
      body: JSON.stringify({ member: 1 }),
    })
    expect(next.status).toBe(201)
    expect(next.body.doc).toMatchObject({ number: '1-0101-01-5', fee: 70, currency: 'HKD' })
    const duplicate = await call('/api/households', csToken, {
      method: 'POST',
      body: JSON.stringify({ unit: '1-0101' }),
    })
    expect(duplicate.status).toBe(400)
  })
})
