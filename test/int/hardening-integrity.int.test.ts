/**
 * Issue 6 #9, #11–#13: integrity under races and crashes. A handover is all or nothing even when
 * the server is killed (-9) in the middle of it, on SQLite (no transactions: finished at the next
 * start) and PostgreSQL (rolled back); of simultaneous handovers exactly one wins; unpaid extra
 * passes have a brake; the demo's accounts hold exactly their roles.
 */
import { randomUUID } from 'node:crypto'
import { describe, expect, inject, it } from 'vitest'

import { freshDatabase, testDatabase } from '../support/database'
import { api, login } from '../support/http'
import {
  makeHousehold,
  makeResident,
  makeStaff,
  SIGNATURE_PNG,
  testPayload,
} from '../support/payload'
import { startServer } from '../support/server'

async function householdState(householdId: number | string) {
  const payload = await testPayload()
  const [household, passes, receipts] = await Promise.all([
    payload.findByID({ collection: 'households', id: householdId, depth: 0 }),
    payload.find({
      collection: 'passes',
      where: { household: { equals: householdId } },
      limit: 100,
      depth: 0,
    }),
    payload.find({
      collection: 'pass-receipts',
      where: { household: { equals: householdId } },
      limit: 100,
      depth: 0,
    }),
  ])
  const recipients = await payload.find({
    collection: 'notifications',
    where: { subject: { contains: household.unit } },
    limit: 100,
    depth: 0,
  })
  return {
    status: household.status,
    passStatuses: passes.docs.map((p) => p.status).sort(),
    receipts: receipts.docs,
    emailsTo: recipients.docs.map((n) => n.to).sort(),
  }
}

const handover = (
  token: string,
  household: number | string,
  headers: Record<string, string> = {},
) =>
  api('/api/pass-receipts/handover', {
    method: 'POST',
    auth: { token },
    headers: { 'Accept-Language': 'en', ...headers },
    json: { household, signedByName: '業主本人', signerNote: '業主', signature: SIGNATURE_PNG },
  })

describe('staff: cs', () => {
  it('issue 6 #12 (PAS-5): of 6 simultaneous handovers for one household exactly one succeeds; the others get 409 with a message', async () => {
    const cs = await makeStaff(['cs'])
    const token = await login(cs.email, cs.password)
    const { household } = await makeHousehold([
      { name: '同時甲', relationship: 'owner', gender: 'male' },
      { name: '同時乙', relationship: 'spouse', gender: 'female' },
    ])
    const resident = await makeResident(household.id)
    const replies = await Promise.all(
      Array.from({ length: 6 }, () => handover(token, household.id)),
    )
    const statuses = replies.map((r) => r.status).sort()
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409])
    for (const loser of replies.filter((r) => r.status === 409)) {
      expect(['handover.in-progress', 'handover.nothing-prepared']).toContain(
        loser.body.errors[0].data.code,
      )
      expect(loser.body.errors[0].message).toMatch(/hand/i)
    }
    const state = await householdState(household.id)
    expect(state.receipts).toHaveLength(1)
    expect(state.receipts[0]!.state).toBe('complete')
    expect(state.passStatuses).toEqual(Array(6).fill('active'))
    expect(state.status).toBe('moved-in')
    expect(state.emailsTo).toEqual([resident.email])
    // The winner's answer shows none of the server's own fields.
    const winner = replies.find((r) => r.status === 201)!
    expect(winner.body.doc).not.toHaveProperty('claim')
    expect(winner.body.doc).not.toHaveProperty('idempotencyKey')
  })

  it('issue 6 #12 (PAS-5): a double-click or a retry with the same Idempotency-Key gets the first receipt back', async () => {
    const cs = await makeStaff(['cs'])
    const token = await login(cs.email, cs.password)
    const { household } = await makeHousehold()
    const key = `handover-${randomUUID()}`
    const [a, b] = await Promise.all([
      handover(token, household.id, { 'Idempotency-Key': key }),
      handover(token, household.id, { 'Idempotency-Key': key }),
    ])
    expect([a.status, b.status].sort()).toEqual(expect.arrayContaining([201]))
    const retry = await handover(token, household.id, { 'Idempotency-Key': key })
    expect(retry.status).toBe(200)
    const first = a.status === 201 ? a : b
    expect(retry.body.doc.id).toBe(first.body.doc.id)
    const other = a.status === 201 ? b : a
    if (other.status === 200) expect(other.body.doc.id).toBe(first.body.doc.id)
    else expect(other.status).toBe(409)
    expect((await householdState(household.id)).receipts).toHaveLength(1)
    // A malformed key is refused with a message, not stored.
    const bad = await handover(token, household.id, { 'Idempotency-Key': 'x' })
    expect(bad.status).toBe(400)
  })

  it('issue 6 #13 (PAS-3): a member may hold 2 unpaid extra passes; the 3rd is refused until one is paid', async () => {
    const cs = await makeStaff(['cs'])
    const finance = await makeStaff(['finance'])
    const [csToken, financeToken] = [
      await login(cs.email, cs.password),
      await login(finance.email, finance.password),
    ]
    const { members } = await makeHousehold()
    const request = () =>
      api('/api/passes/request', {
        method: 'POST',
        auth: { token: csToken },
        headers: { 'Accept-Language': 'en' },
        json: { member: members[0]!.id },
      })
    const first = await request()
    const second = await request()
    expect([first.status, second.status, first.body.doc.fee, second.body.doc.fee]).toEqual([
      201, 201, 50, 50,
    ])
    const third = await request()
    expect(third.status).toBe(409)
    expect(third.body.errors[0]).toMatchObject({
      data: { code: 'pass.unpaid-limit' },
      message: expect.stringMatching(/2 extra passes awaiting payment/),
    })
    const paid = await api('/api/payments/record', {
      method: 'POST',
      auth: { token: financeToken },
      json: { household: first.body.doc.household, passes: [first.body.doc.id], method: 'cash' },
    })
    expect(paid.status).toBe(201)
    const afterPayment = await request()
    expect(afterPayment.status).toBe(201)
    expect(afterPayment.body.doc.ordinal).toBe(6)
    // Voiding an unpaid pass frees its place too.
    expect((await request()).status).toBe(409)
    const voided = await api(`/api/passes/${second.body.doc.id}/status`, {
      method: 'POST',
      auth: { token: csToken },
      json: { status: 'void' },
    })
    expect(voided.status).toBe(200)
    expect((await request()).status).toBe(201)
  })
})

describe('resident', () => {
  it('issue 6 #13 (PAS-3): 8 simultaneous paid requests leave exactly 2 unpaid passes, and a flood is cut off with 429', async () => {
    const { household, members } = await makeHousehold()
    const resident = await makeResident(household.id, members[0]!.id)
    const token = await login(resident.email, resident.password, 'residents')
    const request = () =>
      api('/api/passes/request', {
        method: 'POST',
        auth: { token },
        headers: { 'Accept-Language': 'zh-TW' },
        json: { member: members[0]!.id },
      })
    const replies = await Promise.all(Array.from({ length: 8 }, request))
    expect(replies.filter((r) => r.status === 201)).toHaveLength(2)
    const refused = replies.filter((r) => r.status !== 201)
    expect(
      refused.every((r) => r.status === 409 && r.body.errors[0].data.code === 'pass.unpaid-limit'),
    ).toBe(true)
    expect(refused[0]!.body.errors[0].message).toContain('尚未繳費')
    const payload = await testPayload()
    const passes = await payload.find({
      collection: 'passes',
      where: { member: { equals: members[0]!.id } },
      limit: 50,
    })
    expect(passes.docs.map((p) => p.fee).sort()).toEqual([0, 0, 0, 50, 50])
    // 20 requests an hour per resident: the rest get 429 whatever they ask for.
    let last = replies[0]!
    for (let i = 0; i < 13; i++) last = await request()
    expect(last.status).toBe(429)
    expect(last.body.errors[0].data.code).toBe('pass.too-many-requests')
  })
})

describe('operator: kill -9 in the middle of a handover', () => {
  const kind = testDatabase()

  it.each(['handover:first-pass', 'handover:queued'])(
    `issue 6 #11 (PAS-5): killed at %s, the handover is all or nothing once the server is back (${kind})`,
    async (point) => {
      const { household, members } = await makeHousehold([
        { name: '斷電甲', relationship: 'owner', gender: 'male' },
        { name: '斷電乙', relationship: 'spouse', gender: 'female' },
      ])
      const resident = await makeResident(household.id, members[0]!.id)
      const cs = await makeStaff(['cs'])
      const env = { DATABASE_URI: inject('databaseUri'), JOBS_AUTORUN: 'off' }
      const doomed = await startServer({ ...env, ESTATE_FAILPOINTS: point })
      const token = await login(cs.email, cs.password)
      const cut = await fetch(`${doomed.url}/api/pass-receipts/handover`, {
        method: 'POST',
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          household: household.id,
          signedByName: '業主本人',
          signerNote: '業主',
          signature: SIGNATURE_PNG,
        }),
      }).then(
        (r) => r.status,
        () => 'connection cut',
      )
      expect(cut).toBe('connection cut')
      expect(await doomed.stop()).not.toBe(0)

      const during = await householdState(household.id)
      const allOrNothing = (s: typeof during) =>
        (s.receipts.length === 1 &&
          s.receipts[0]!.state === 'complete' &&
          s.passStatuses.every((p) => p === 'active') &&
          s.status === 'moved-in' &&
          JSON.stringify(s.emailsTo) === JSON.stringify([resident.email])) ||
        (s.receipts.length === 0 &&
          s.passStatuses.every((p) => p === 'prepared') &&
          s.status === 'pre-move-in' &&
          s.emailsTo.length === 0)
      if (kind === 'postgres') expect(allOrNothing(during)).toBe(true)
      else expect(during.receipts[0]?.state).not.toBe('complete') // the crash really left it half done

      const restarted = await startServer(env)
      try {
        const after = await householdState(household.id)
        expect(after.passStatuses).toHaveLength(6)
        expect(allOrNothing(after)).toBe(true)
        if (after.receipts.length === 0) {
          // Rolled back: the office simply hands over again.
          const again = await handover(token, household.id)
          expect(again.status).toBe(201)
          expect(allOrNothing(await householdState(household.id))).toBe(true)
        }
      } finally {
        await restarted.stop()
      }
    },
  )
})

type DemoComplaint = {
  id: number
  status: string
  channel: string
  respondBy?: string
  closedHow?: string
  reopenCount?: number
}

/** A GET as a demo account of Sunshine Garden (`<who>@demo.sunshine-garden.example`). */
async function demoGet(url: string, collection: 'users' | 'residents', who: string, path: string) {
  const signIn = await fetch(`${url}/api/${collection}/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      email: `${who}@demo.sunshine-garden.example`,
      password: 'sunshine-demo',
    }),
  })
  const { token } = (await signIn.json()) as { token: string }
  const res = await fetch(`${url}${path}`, { headers: { Authorization: `JWT ${token}` } })
  expect(res.status, path).toBe(200)
  return (await res.json()) as { docs: DemoComplaint[]; totalDocs: number }
}

describe('operator: demo estate', () => {
  it('issue 6 #9: on an empty database the demo accounts hold exactly the roles they are printed with', async () => {
    const uri = await freshDatabase(
      testDatabase(),
      `estate_int_demo${process.env.TEST_DB_NAME_SUFFIX ?? ''}`,
    )
    const demo = await startServer({
      DATABASE_URI: uri,
      JOBS_AUTORUN: 'off',
      DEMO_ESTATE: '1',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
    })
    try {
      for (const role of ['guard', 'cs', 'finance', 'admin']) {
        const signIn = await fetch(`${demo.url}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            email: `${role}@demo.sunshine-garden.example`,
            password: 'sunshine-demo',
          }),
        })
        const body = (await signIn.json()) as {
          user: { memberships: { roles: string[] }[]; allEstates: boolean }
        }
        expect(
          body.user.memberships.map((m) => m.roles),
          role,
        ).toEqual([[role]])
        expect(body.user.allEstates, role).toBe(false)
      }
      expect(demo.output()).toMatch(/SG guard\s+guard@demo\.sunshine-garden\.example/)
      // SUB-1 … SUB-5: the demo resident finds a paper ordered and a letter waiting to be signed.
      for (const email of [
        'resident@demo.sunshine-garden.example',
        'resident@demo.jade-lake.example',
      ]) {
        const resident = await fetch(`${demo.url}/api/residents/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email, password: 'sunshine-demo' }),
        })
        const { token } = (await resident.json()) as { token: string }
        const mine = await fetch(`${demo.url}/api/subscriptions?sort=status&depth=0`, {
          headers: { Authorization: `JWT ${token}` },
        })
        const { docs } = (await mine.json()) as { docs: { status: string }[] }
        expect(docs.map((d) => d.status).sort(), email).toEqual([
          'confirmed-by-supplier',
          'ordered',
        ])
      }
      // CMP-1 … CMP-8, HV-1: the demo desk is alive — a complaint in each state, each moved by
      // the demo users whose move it is; the demo resident sees only their household's.
      const desk = await demoGet(demo.url, 'users', 'cs', '/api/complaints?depth=0&limit=50')
      const byStatus = (docs: DemoComplaint[]) => docs.map((d) => d.status).sort()
      expect(byStatus(desk.docs)).toEqual([
        'awaiting-acceptance',
        'closed',
        'planned',
        'received',
        'received',
        'scheduled',
      ])
      const received = desk.docs.filter((d) => d.status === 'received')
      expect(received.filter((d) => Date.parse(d.respondBy!) < Date.now())).toHaveLength(1)
      expect(received.map((d) => d.channel).sort()).toEqual(['phone', 'portal'])
      const closed = desk.docs.find((d) => d.status === 'closed')!
      expect(closed).toMatchObject({ closedHow: 'accepted', reopenCount: 1 })
      const planned = desk.docs.find((d) => d.status === 'planned')!
      const notices = await demoGet(
        demo.url,
        'users',
        'engineering',
        `/api/maintenance-notices?depth=0&where[complaint][equals]=${planned.id}`,
      )
      expect(notices.docs.map((n: { status: string }) => n.status)).toEqual(['signed'])
      const scheduled = desk.docs.find((d) => d.status === 'scheduled')!
      const visits = await demoGet(
        demo.url,
        'users',
        'cs',
        `/api/home-visits?depth=0&where[complaint][equals]=${scheduled.id}`,
      )
      expect(visits.docs).toHaveLength(1)
      const own = await demoGet(demo.url, 'residents', 'resident', '/api/complaints?depth=0')
      expect(byStatus(own.docs)).toEqual(['awaiting-acceptance', 'closed', 'received', 'scheduled'])
      // With staff already there, nobody can claim the "first user" door.
      const first = await fetch(`${demo.url}/api/users/first-register`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          email: 'late@test.example',
          password: 'Late-comer-password-1',
          name: 'Late',
        }),
      })
      expect(first.status).toBe(403)
    } finally {
      await demo.stop()
    }
    // Started again on the same database (`npm run demo` a second time): nothing is seeded twice,
    // and each demo estate keeps its own records.
    const again = await startServer({
      DATABASE_URI: uri,
      JOBS_AUTORUN: 'off',
      DEMO_ESTATE: '1',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
    })
    try {
      const signIn = await fetch(`${again.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          email: 'cs@demo.sunshine-garden.example',
          password: 'sunshine-demo',
        }),
      })
      const { token } = (await signIn.json()) as { token: string }
      const estates = await fetch(`${again.url}/api/mail-batches?depth=0&limit=10`, {
        headers: { Authorization: `JWT ${token}` },
      })
      expect(((await estates.json()) as { totalDocs: number }).totalDocs).toBe(1)
      const complaints = await demoGet(again.url, 'users', 'cs', '/api/complaints?depth=0')
      expect(complaints.totalDocs).toBe(6)
    } finally {
      await again.stop()
    }
    // Two server starts, the first seeding both demo estates through the real operations: more
    // than the default minute on a busy 2-core machine.
  }, 180_000)
})
