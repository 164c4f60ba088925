/**
 * VIS-1, VIS-4 with two server processes on one PostgreSQL database: a request recorded through
 * one process is on the CS board read through the other at its next poll, and a pass scanned at
 * the same moment through both processes checks in no more visitors than its uses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freshDatabase, testDatabase } from '../support/database'
import { requestTo } from '../support/http'
import { type RunningServer, startServer } from '../support/server'

const ADMIN = { email: 'vis-two-admin@test.example', password: 'Vis-two-admin-1' }
const kind = testDatabase()
let servers: RunningServer[] = []

const call = (server: RunningServer, path: string, options: Parameters<typeof requestTo>[3] = {}) =>
  requestTo(server.url, '127.0.0.1', path, {
    ...options,
    headers: { 'Accept-Language': 'en', ...options.headers },
  })
const as = (token: string) => ({ Authorization: `JWT ${token}` })

async function login(server: RunningServer, email: string, password: string, coll = 'users') {
  const res = await call(server, `/api/${coll}/login`, {
    method: 'POST',
    json: { email, password },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body.token as string
}

describe.runIf(kind === 'postgres')('operator: visitors on two servers', () => {
  let admin = ''
  let estate: number

  beforeAll(async () => {
    const suffix = process.env.TEST_DB_NAME_SUFFIX ?? ''
    const databaseUri = await freshDatabase(kind, `estate_int_vis_two_${kind}${suffix}`)
    const env = {
      DATABASE_URI: databaseUri,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      JOBS_AUTORUN: 'off',
    }
    const started = await Promise.allSettled([startServer(env, 180_000), startServer(env, 180_000)])
    servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))
    const failed = started.find((s) => s.status === 'rejected')
    if (failed) throw (failed as PromiseRejectedResult).reason
    admin = await login(servers[0]!, ADMIN.email, ADMIN.password)
    const estates = await call(servers[0]!, '/api/estates?where[code][equals]=SG', {
      headers: as(admin),
    })
    estate = estates.body.docs[0].id
  }, 240_000)

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()))
  })

  async function staff(roles: string[]) {
    const email = `${roles.join('-')}-${Math.random().toString(36).slice(2, 8)}@test.example`
    const password = 'Vis-two-staff-1'
    const res = await call(servers[0]!, '/api/users', {
      method: 'POST',
      headers: as(admin),
      json: { email, password, name: roles.join(' '), memberships: [{ estate, roles }] },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return { email, password }
  }

  it('VIS-1: a request recorded through one process is on the CS board read through the other', async () => {
    const guard = await staff(['guard'])
    const cs = await staff(['cs'])
    const guardToken = await login(servers[0]!, guard.email, guard.password)
    const csToken = await login(servers[1]!, cs.email, cs.password)
    const made = await call(servers[0]!, '/api/visitor-requests', {
      method: 'POST',
      headers: as(guardToken),
      json: { surname: '雙', hostDepartment: 'engineering' },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const started = Date.now()
    const board = await call(servers[1]!, '/api/visitor-requests/board', { headers: as(csToken) })
    expect(Date.now() - started).toBeLessThan(1000)
    expect(board.body.requests.map((r: { id: number }) => r.id)).toContain(made.body.doc.id)
    const answer = await call(servers[1]!, `/api/visitor-requests/${made.body.doc.id}`, {
      method: 'PATCH',
      headers: as(csToken),
      json: { status: 'admitted', confirmedBy: '機電部', confirmedHow: 'phone' },
    })
    expect(answer.status).toBe(200)
    const gate = await call(servers[0]!, '/api/visitor-requests/board', { headers: as(guardToken) })
    const row = gate.body.requests.find((r: { id: number }) => r.id === made.body.doc.id)
    expect(row.status).toBe('admitted')
  })

  it('VIS-4: a 2-use pass scanned 8 times at once through both processes checks in exactly 2', async () => {
    const household = await call(servers[0]!, '/api/households', {
      method: 'POST',
      headers: as(admin),
      json: { unit: '2-0202' },
    })
    expect(household.status, JSON.stringify(household.body)).toBe(201)
    const email = 'vis-two-resident@test.example'
    const resident = await call(servers[0]!, '/api/residents', {
      method: 'POST',
      headers: as(admin),
      json: {
        email,
        password: 'Vis-two-resident-1',
        name: '住戶',
        household: household.body.doc.id,
      },
    })
    expect(resident.status, JSON.stringify(resident.body)).toBe(201)
    const residentToken = await login(servers[1]!, email, 'Vis-two-resident-1', 'residents')
    const pass = await call(servers[1]!, '/api/visitor-passes', {
      method: 'POST',
      headers: as(residentToken),
      json: {
        visitorName: '雙訪客',
        validFrom: new Date(Date.now() - 60_000).toISOString(),
        validUntil: new Date(Date.now() + 3600_000).toISOString(),
        maxUses: 2,
      },
    })
    expect(pass.status, JSON.stringify(pass.body)).toBe(201)
    const share = await call(servers[1]!, `/api/visitor-passes/${pass.body.doc.id}/share`, {
      headers: as(residentToken),
    })
    const guard = await staff(['guard'])
    // One after the other: two logins of one account at the same moment can lose a session
    // (Payload keeps a user's sessions in one array on the user record).
    const tokens = [
      await login(servers[0]!, guard.email, guard.password),
      await login(servers[1]!, guard.email, guard.password),
    ]
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        call(servers[i % 2]!, '/api/visitor-passes/check-in', {
          method: 'POST',
          headers: as(tokens[i % 2]!),
          json: { token: share.body.token },
        }),
      ),
    )
    const seen = JSON.stringify(results.map((r) => [r.status, r.body?.reason ?? r.body?.errors]))
    expect(
      results.filter((r) => r.status === 200),
      seen,
    ).toHaveLength(2)
    expect(
      results.filter((r) => r.status === 409).map((r) => r.body.reason),
      seen,
    ).toEqual(Array(6).fill('used-up'))
  })
})
