/**
 * Two server processes on one database, as the README shows an operator running them: both run
 * the job queue, and both answer sign-ins. Failed logins are counted in the database, so the two
 * count together; each queued e-mail is sent exactly once however the two share the queue.
 * Both are started at the same moment on a fresh database, so start-up (migrations, the first
 * admin) must be safe with two processes too.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freshDatabase, testDatabase } from '../support/database'
import { smtpPeer } from '../support/smtp'
import { requestTo } from '../support/http'
import { freePort, type RunningServer, startServer } from '../support/server'

const ADMIN = { email: 'two-servers-admin@test.example', password: 'Two-servers-admin-1' }
const LOGIN_LIMIT = 4
const kind = testDatabase()

let servers: RunningServer[] = []
let catcher: ReturnType<typeof smtpPeer> | undefined

const call = (
  server: RunningServer,
  path: string,
  options: Parameters<typeof requestTo>[3] = {},
  from = '127.0.0.1',
) =>
  requestTo(server.url, from, path, {
    ...options,
    headers: { 'Accept-Language': 'en', ...options.headers },
  })

async function adminToken(server: RunningServer) {
  const res = await call(server, '/api/users/login', { method: 'POST', json: ADMIN })
  if (res.status !== 200)
    throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token as string
}

const wrongLogin = (server: RunningServer, from: string, email: string) =>
  call(
    server,
    '/api/users/login',
    { method: 'POST', json: { email, password: 'Wrong-password-2' } },
    from,
  )

async function makeGuard(token: string) {
  const email = `two-servers-guard-${Math.random().toString(36).slice(2, 8)}@test.example`
  const password = 'Guard-password-two-1'
  const res = await call(servers[0]!, '/api/users', {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    json: { email, password, name: 'Guard', roles: ['guard'] },
  })
  expect(res.status).toBe(201)
  return { email, password }
}

// Two processes on one SQLite file would each hold their own write lock and the file's busy
// timeout; the README supports two servers on PostgreSQL only.
const onPostgres = kind === 'postgres'
if (!onPostgres) {
  console.log(
    'two-servers.int: skipped on SQLite (two processes share a database on PostgreSQL only)',
  )
}

describe.runIf(onPostgres)('operator: two servers on one database', () => {
  beforeAll(async () => {
    const suffix = process.env.TEST_DB_NAME_SUFFIX ?? ''
    const databaseUri = await freshDatabase(kind, `estate_int_two_servers_${kind}${suffix}`)
    const smtpPort = await freePort()
    catcher = smtpPeer(smtpPort)
    await catcher.start()
    const env = {
      DATABASE_URI: databaseUri,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      // Both run the queue, every second.
      JOBS_AUTORUN: 'on',
      JOBS_CRON: '* * * * * *',
      LOGIN_RATE_LIMIT: String(LOGIN_LIMIT),
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      EMAIL_RETRY_DELAY_MS: '300',
    }
    // Started together on an empty database: one migrates and seeds, the other waits its turn.
    const started = await Promise.allSettled([startServer(env, 180_000), startServer(env, 180_000)])
    servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))
    const failed = started.find((s) => s.status === 'rejected')
    if (failed) throw (failed as PromiseRejectedResult).reason
  }, 240_000)

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()))
    // Each server's log, for reading after a failure.
    servers.forEach((s, i) =>
      fs.writeFileSync(path.resolve('tmp', `two-servers-${i}.log`), s.output()),
    )
    await catcher?.stop()
  })

  it('two servers started together on a fresh database both come up, with one admin account', async () => {
    const token = await adminToken(servers[1]!)
    const res = await call(servers[0]!, `/api/users?where[email][equals]=${ADMIN.email}`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBe(1)
  })

  it('two servers: each queued e-mail is sent exactly once with both running the queue', async () => {
    const tokens = [await adminToken(servers[0]!), await adminToken(servers[1]!)]
    const run = Math.random().toString(36).slice(2, 8)
    const recipients = Array.from({ length: 20 }, (_, i) => `two-servers-${run}-${i}@test.example`)
    // An admin writes 20 messages at once, half through each server; each gets a delivery job.
    const created = await Promise.all(
      recipients.map((to, i) =>
        call(servers[i % 2]!, '/api/notifications', {
          method: 'POST',
          headers: { Authorization: `JWT ${tokens[i % 2]}` },
          json: { to, subject: `Two servers ${i}`, body: 'Sent once.' },
        }),
      ),
    )
    expect(created.map((r) => r.status)).toEqual(recipients.map(() => 201))
    // Besides the crons (every second on both), both run the queue by hand, several times at once.
    await Promise.all(
      [0, 1, 0, 1, 0, 1].map((i) =>
        call(servers[i]!, '/api/payload-jobs/run?limit=20', {
          headers: { Authorization: `JWT ${tokens[i]}` },
        }),
      ),
    )
    const mine = () => catcher!.received.filter((m) => recipients.includes(m.to))
    const deadline = Date.now() + 60_000
    while (new Set(mine().map((m) => m.to)).size < recipients.length && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250))
    }
    // A few more cron ticks on both servers: a second copy would arrive now.
    await new Promise((r) => setTimeout(r, 3_000))
    const copies = Object.fromEntries(recipients.map((to) => [to, 0]))
    for (const m of mine()) copies[m.to]!++
    expect(copies).toEqual(Object.fromEntries(recipients.map((to) => [to, 1])))

    const outbox = await call(
      servers[1]!,
      `/api/notifications?where[to][like]=two-servers-${run}&limit=50&depth=0`,
      { headers: { Authorization: `JWT ${tokens[1]}` } },
    )
    expect(outbox.body.docs).toHaveLength(20)
    for (const doc of outbox.body.docs) expect(doc).toMatchObject({ status: 'sent', attempts: 1 })
  }, 120_000)

  it('two servers: wrong passwords alternating between them are counted together; the next is refused on either with 429', async () => {
    const guard = await makeGuard(await adminToken(servers[0]!))
    const from = '127.0.0.61'
    for (let i = 0; i < LOGIN_LIMIT; i++) {
      expect((await wrongLogin(servers[i % 2]!, from, guard.email)).status).toBe(401)
    }
    for (const server of servers) {
      const refused = await wrongLogin(server, from, guard.email)
      expect(refused.status).toBe(429)
      expect(refused.body.errors[0].data.code).toBe('auth.too-many-attempts')
    }
    // The right password from that address is refused too, on both: the counter is shared.
    const right = await call(servers[1]!, '/api/users/login', { method: 'POST', json: guard }, from)
    expect(right.status).toBe(429)
    // From another address the real user still signs in (no account lockout).
    expect(
      (await call(servers[0]!, '/api/users/login', { method: 'POST', json: guard }, '127.0.0.62'))
        .status,
    ).toBe(200)
  })

  it('two servers: of many wrong passwords sent at the same moment to both, no more than the limit get through', async () => {
    const guard = await makeGuard(await adminToken(servers[1]!))
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => wrongLogin(servers[i % 2]!, '127.0.0.63', guard.email)),
    )
    const statuses = answers.map((a) => a.status)
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true)
    // Insert-then-count may refuse more than it had to when attempts overlap, never fewer: what
    // gets through in the burst and one by one afterwards never adds up to more than the limit.
    let through = statuses.filter((s) => s === 401).length
    for (let i = 0; i <= LOGIN_LIMIT; i++) {
      const next = await wrongLogin(servers[i % 2]!, '127.0.0.63', guard.email)
      if (next.status === 429) break
      through++
    }
    expect(through).toBeLessThanOrEqual(LOGIN_LIMIT)
    expect((await wrongLogin(servers[0]!, '127.0.0.63', guard.email)).status).toBe(429)
  })

  it('two servers: a successful sign-in gives its attempt back on both', async () => {
    const guard = await makeGuard(await adminToken(servers[0]!))
    const from = '127.0.0.64'
    for (let i = 0; i < LOGIN_LIMIT - 1; i++) await wrongLogin(servers[i % 2]!, from, guard.email)
    // Three failures and a success through one server, then one more failure through the other:
    // still under the limit, because the success was not counted.
    const ok = await call(servers[0]!, '/api/users/login', { method: 'POST', json: guard }, from)
    expect(ok.status).toBe(200)
    expect((await wrongLogin(servers[1]!, from, guard.email)).status).toBe(401)
    expect((await wrongLogin(servers[0]!, from, guard.email)).status).toBe(429)
  })
})
