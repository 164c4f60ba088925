/**
 * Visitors at the gate (VIS-1, VIS-2, VIS-3, VIS-5, GEN-1, GEN-2, GEN-4, GEN-5): the guard records
 * a request, CS (or the host resident in the portal) answers it with who confirmed and how, the
 * guard checks an admitted visitor in and out; a request unanswered past the response limit is
 * escalated to the CS on duty. Grouped by who acts; each test makes its own data.
 */
import { randomUUID } from 'node:crypto'

import { beforeAll, describe, expect, it } from 'vitest'

import { escalateWaitingVisitors } from '@/domain/visitors/escalateWaitingVisitors'
import { type Auth, api, graphql, login } from '../support/http'
import {
  makeEstate,
  makeHousehold,
  makeKiosk,
  makeResident,
  makeStaff,
  testPayload,
} from '../support/payload'

type Id = number | string
let guard: Auth
let cs: Auth
let csId: Id
let security: Auth
let finance: Auth

beforeAll(async () => {
  const g = await makeStaff(['guard'], '保安甲')
  const c = await makeStaff(['cs'], '客服甲')
  const s = await makeStaff(['security'], '安全部甲')
  const f = await makeStaff(['finance'], '財務甲')
  csId = c.id
  guard = { token: await login(g.email, g.password) }
  cs = { token: await login(c.email, c.password) }
  security = { token: await login(s.email, s.password) }
  finance = { token: await login(f.email, f.password) }
})

function expectRefusal(res: { status: number; body: any }, status: number, code?: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  const [error] = res.body.errors
  if (code) expect(error.data?.code ?? error.extensions?.code).toBe(code)
  expect(error.message).toBeTruthy()
  return error
}

const ask = (json: Record<string, unknown>, auth: Auth = guard) =>
  api('/api/visitor-requests', { method: 'POST', auth, json: { surname: '張', ...json } })

const patch = (id: Id, json: Record<string, unknown>, auth: Auth) =>
  api(`/api/visitor-requests/${id}`, { method: 'PATCH', auth, json })

async function stored(id: Id) {
  const payload = await testPayload()
  return payload.findByID({ collection: 'visitor-requests', id, depth: 0 })
}

/** A household with a portal account and a request waiting at the gate for it. */
async function waitingFor(extra: Record<string, unknown> = {}) {
  const { household, members } = await makeHousehold()
  const resident = await makeResident(household.id, members[0]!.id)
  const res = await ask({
    organisation: '順豐速運',
    plate: 'ab 1234',
    hostHousehold: household.id,
    ...extra,
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return { household, resident, request: res.body.doc as { id: Id; status: string } }
}

async function admitted() {
  const made = await waitingFor()
  const res = await patch(
    made.request.id,
    { status: 'admitted', confirmedBy: '住戶王先生', confirmedHow: 'phone' },
    cs,
  )
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return made
}

describe('guard', () => {
  it('VIS-1: records a request with surname, organisation, plate and a host unit; it waits', async () => {
    const { household, request } = await waitingFor()
    const doc = await stored(request.id)
    expect(doc).toMatchObject({
      surname: '張',
      organisation: '順豐速運',
      plate: 'AB1234',
      status: 'waiting',
    })
    expect(
      String(
        (doc.hostHousehold as { id: Id } | Id | null) &&
          (typeof doc.hostHousehold === 'object' ? doc.hostHousehold?.id : doc.hostHousehold),
      ),
    ).toBe(String(household.id))
    expect(doc.createdBy).toMatchObject({ relationTo: 'users' })
  })

  it('VIS-1: a department may be the host instead of a unit', async () => {
    const res = await ask({ organisation: '電梯公司', hostDepartment: 'engineering' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc.hostDepartment).toBe('engineering')
  })

  it('VIS-1: no host, both hosts, an unknown unit, another estate’s unit or no surname is a 400 that writes nothing', async () => {
    const other = await makeEstate()
    const { household: theirs } = await makeHousehold(undefined, { estate: other.id })
    const { household: ours } = await makeHousehold()
    const surname = `無效${randomUUID().slice(0, 6)}`
    expectRefusal(await ask({ surname }), 400, 'visitors.host-required')
    expectRefusal(
      await ask({ surname, hostHousehold: ours.id, hostDepartment: 'finance' }),
      400,
      'visitors.host-required',
    )
    expectRefusal(await ask({ surname, hostHousehold: theirs.id }), 400, 'visitors.host-unknown')
    expect((await ask({ surname, hostHousehold: 999_999_999 })).status).toBe(400)
    expectRefusal(await ask({ surname: '   ', hostHousehold: ours.id }), 400)
    expect((await ask({ surname, hostHousehold: 'abc' })).status).toBe(400)
    const payload = await testPayload()
    const found = await payload.find({
      collection: 'visitor-requests',
      where: { surname: { equals: surname } },
    })
    expect(found.totalDocs).toBe(0)
  })

  it('GEN-1: a guard cannot write the answer, times or status on creation', async () => {
    const { household } = await makeHousehold()
    const res = await ask({
      hostHousehold: household.id,
      status: 'checked-in',
      confirmedBy: 'me',
      confirmedHow: 'portal',
      answeredAt: '2020-01-01T00:00:00.000Z',
      checkedInAt: '2020-01-01T00:00:00.000Z',
      escalatedAt: '2020-01-01T00:00:00.000Z',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const doc = await stored(res.body.doc.id)
    expect(doc.status).toBe('waiting')
    expect(doc.confirmedBy ?? null).toBeNull()
    expect(doc.answeredAt ?? null).toBeNull()
    expect(doc.checkedInAt ?? null).toBeNull()
    expect(doc.escalatedAt ?? null).toBeNull()
  })

  it('VIS-2: a guard cannot check in a visitor who was not admitted, nor answer the request', async () => {
    const { request } = await waitingFor()
    expectRefusal(
      await patch(request.id, { status: 'checked-in' }, guard),
      400,
      'workflow.illegal-move',
    )
    expectRefusal(
      await patch(
        request.id,
        { status: 'admitted', confirmedBy: 'x', confirmedHow: 'phone' },
        guard,
      ),
      400,
      'visitors.answer-by-cs',
    )
    const gql = await graphql(
      `mutation { updateVisitorRequest(id: ${JSON.stringify(request.id)}, data: { status: checked_in }) { status } }`,
      guard,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect((await stored(request.id)).status).toBe('waiting')
  })

  it('VIS-2: a refused visitor is never checked in', async () => {
    const { request } = await waitingFor()
    const refused = await patch(
      request.id,
      { status: 'refused', confirmedBy: '住戶', confirmedHow: 'phone' },
      cs,
    )
    expect(refused.status).toBe(200)
    expectRefusal(
      await patch(request.id, { status: 'checked-in' }, guard),
      400,
      'workflow.illegal-move',
    )
  })

  it('VIS-5: checks an admitted visitor in and out; both times are kept and each move is logged', async () => {
    const { request } = await admitted()
    const inside = await patch(request.id, { status: 'checked-in' }, guard)
    expect(inside.status, JSON.stringify(inside.body)).toBe(200)
    const out = await patch(request.id, { status: 'checked-out' }, guard)
    expect(out.status).toBe(200)
    const doc = await stored(request.id)
    expect(doc.checkedInAt).toBeTruthy()
    expect(doc.checkedOutAt).toBeTruthy()
    expect(new Date(doc.checkedOutAt!).getTime()).toBeGreaterThanOrEqual(
      new Date(doc.checkedInAt!).getTime(),
    )
    const payload = await testPayload()
    const log = await payload.find({
      collection: 'status-changes',
      where: {
        collectionSlug: { equals: 'visitor-requests' },
        documentId: { equals: String(request.id) },
      },
      sort: 'createdAt',
    })
    expect(log.docs.map((d) => d.to)).toEqual(['admitted', 'checked-in', 'checked-out'])
  })

  it('GEN-1: the surname, host and plate cannot be changed after the request is made', async () => {
    const { request } = await waitingFor()
    const res = await patch(
      request.id,
      { surname: '李', plate: 'ZZ9', hostDepartment: 'finance' },
      guard,
    )
    expect(res.status).toBe(200)
    const doc = await stored(request.id)
    expect(doc.surname).toBe('張')
    expect(doc.plate).toBe('AB1234')
    expect(doc.hostDepartment ?? null).toBeNull()
  })

  it('VIS-1: the gate board lists the request at once with its waiting time and the moves the guard may make', async () => {
    const { request } = await admitted()
    const board = await api('/api/visitor-requests/board', { auth: guard })
    expect(board.status).toBe(200)
    expect(board.body.responseSeconds).toBe(120)
    const row = board.body.requests.find((r: { id: Id }) => String(r.id) === String(request.id))
    expect(row).toMatchObject({
      status: 'admitted',
      confirmedBy: '住戶王先生',
      confirmedHow: 'phone',
    })
    expect(row.moves.map((m: { to: string }) => m.to)).toEqual(['checked-in'])
  })
})

describe('staff: cs', () => {
  it('VIS-2: admits with who confirmed and how; who answered and when are kept', async () => {
    const { request } = await waitingFor()
    const res = await patch(
      request.id,
      { status: 'admitted', confirmedBy: '住戶王先生', confirmedHow: 'in-person' },
      cs,
    )
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const doc = await stored(request.id)
    expect(doc).toMatchObject({
      status: 'admitted',
      confirmedBy: '住戶王先生',
      confirmedHow: 'in-person',
    })
    expect(doc.answeredBy).toMatchObject({ relationTo: 'users' })
    expect(String((doc.answeredBy!.value as { id: Id }).id ?? doc.answeredBy!.value)).toBe(
      String(csId),
    )
    expect(doc.answeredAt).toBeTruthy()
  })

  it('VIS-2: an answer without who confirmed, or confirmed "by the portal", is a 400 that changes nothing', async () => {
    const { request } = await waitingFor()
    expectRefusal(
      await patch(request.id, { status: 'admitted' }, cs),
      400,
      'visitors.confirmation-required',
    )
    expectRefusal(
      await patch(request.id, { status: 'admitted', confirmedBy: 'x', confirmedHow: 'portal' }, cs),
      400,
      'visitors.confirmation-required',
    )
    expectRefusal(
      await patch(
        request.id,
        { status: 'admitted', confirmedBy: '   ', confirmedHow: 'phone' },
        cs,
      ),
      400,
      'visitors.confirmation-required',
    )
    expect((await stored(request.id)).status).toBe('waiting')
  })

  it('VIS-2: who confirmed is kept as given: it cannot be rewritten after the answer', async () => {
    const { request } = await admitted()
    await patch(request.id, { confirmedBy: '別人', confirmedHow: 'in-person' }, cs)
    const doc = await stored(request.id)
    expect(doc.confirmedBy).toBe('住戶王先生')
    expect(doc.confirmedHow).toBe('phone')
  })

  it('VIS-2: CS answers but neither records requests nor checks visitors in', async () => {
    const { household } = await makeHousehold()
    expect((await ask({ hostHousehold: household.id }, cs)).status).toBe(403)
    const { request } = await admitted()
    expectRefusal(
      await patch(request.id, { status: 'checked-in' }, cs),
      400,
      'visitors.check-in-by-guard',
    )
  })

  it('VIS-1: the CS board shows a request the moment the guard records it, with how long it has waited', async () => {
    const { request } = await waitingFor()
    const board = await api('/api/visitor-requests/board', { auth: cs })
    expect(board.status).toBe(200)
    expect(board.headers.get('cache-control')).toContain('no-store')
    const row = board.body.requests.find((r: { id: Id }) => String(r.id) === String(request.id))
    expect(row).toMatchObject({ status: 'waiting', surname: '張', plate: 'AB1234', overdue: false })
    expect(row.waitedSeconds).toBeGreaterThanOrEqual(0)
    expect(row.moves.map((m: { to: string }) => m.to).sort()).toEqual(['admitted', 'refused'])
  })

  it('VIS-3: staff go on and off duty; the board says which', async () => {
    const c = await makeStaff(['cs'])
    const auth = { token: await login(c.email, c.password) }
    expect((await api('/api/visitor-requests/board', { auth })).body.onDuty).toBe(false)
    const on = await api('/api/visitor-requests/duty', {
      method: 'POST',
      auth,
      json: { onDuty: true },
    })
    expect(on.status).toBe(200)
    expect((await api('/api/visitor-requests/board', { auth })).body.onDuty).toBe(true)
    await api('/api/visitor-requests/duty', { method: 'POST', auth, json: { onDuty: false } })
    expect((await api('/api/visitor-requests/board', { auth })).body.onDuty).toBe(false)
    expectRefusal(
      await api('/api/visitor-requests/duty', { method: 'POST', auth, json: { onDuty: 'yes' } }),
      400,
      'visitors.duty-flag',
    )
    expect(
      (
        await api('/api/visitor-requests/duty', {
          method: 'POST',
          auth,
          body: '{bad',
          headers: { 'Content-Type': 'application/json' },
        })
      ).status,
    ).toBe(400)
  })

  it('GEN-1: no client writes onDutyAt on a staff record', async () => {
    const c = await makeStaff(['cs', 'admin'])
    const auth = { token: await login(c.email, c.password) }
    const other = await makeEstate()
    await api(`/api/users/${c.id}`, { method: 'PATCH', auth, json: { onDutyAt: other.id } })
    const payload = await testPayload()
    const user = await payload.findByID({ collection: 'users', id: c.id, depth: 0 })
    expect(user.onDutyAt ?? null).toBeNull()
  })
})

describe('VIS-3: escalation after the response limit (the clock is moved, not waited for)', () => {
  it('escalates a request once, after 2 minutes by default, alerting every CS on duty through the outbox', async () => {
    const estate = await makeEstate('升級測試苑')
    const onDutyA = await makeStaff(['cs'], 'CS A', { estate: estate.id })
    const onDutyB = await makeStaff(['cs', 'supervisor'], 'CS B', { estate: estate.id })
    const offDuty = await makeStaff(['cs'], 'CS off', { estate: estate.id })
    const guardOnDuty = await makeStaff(['guard'], 'Guard on', { estate: estate.id })
    const localGuard = await makeStaff(['guard'], 'Guard', { estate: estate.id })
    for (const s of [onDutyA, onDutyB, guardOnDuty]) {
      const auth = { token: await login(s.email, s.password) }
      expect(
        (await api('/api/visitor-requests/duty', { method: 'POST', auth, json: { onDuty: true } }))
          .status,
      ).toBe(200)
    }
    const { household } = await makeHousehold(undefined, { estate: estate.id })
    const made = await ask(
      { hostHousehold: household.id, surname: '林' },
      { token: await login(localGuard.email, localGuard.password) },
    )
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const createdAt = new Date(made.body.doc.createdAt).getTime()
    const payload = await testPayload()

    await escalateWaitingVisitors(payload, { now: new Date(createdAt + 119_000) })
    expect((await stored(made.body.doc.id)).escalatedAt ?? null).toBeNull()

    const at = new Date(createdAt + 121_000)
    await escalateWaitingVisitors(payload, { now: at })
    const doc = await stored(made.body.doc.id)
    expect(doc.escalatedAt).toBe(at.toISOString())
    expect(doc.escalatedTo).toBe(2)
    const alerts = async (email: string) =>
      (await payload.find({ collection: 'notifications', where: { to: { equals: email } } })).docs
    expect(await alerts(onDutyA.email)).toHaveLength(1)
    expect((await alerts(onDutyA.email))[0]!.subject).toContain('Go to the gate')
    expect(await alerts(onDutyB.email)).toHaveLength(1)
    expect(await alerts(offDuty.email)).toHaveLength(0)
    expect(await alerts(guardOnDuty.email)).toHaveLength(0)

    // Once only.
    await escalateWaitingVisitors(payload, { now: new Date(createdAt + 600_000) })
    expect(await alerts(onDutyA.email)).toHaveLength(1)
    expect((await stored(made.body.doc.id)).escalatedAt).toBe(at.toISOString())
  })

  it('follows the estate’s own response limit, and an answered request is never escalated', async () => {
    const estate = await makeEstate('五分鐘苑')
    const payload = await testPayload()
    const settings = await payload.find({
      collection: 'estate-settings',
      where: { estate: { equals: estate.id } },
    })
    await payload.update({
      collection: 'estate-settings',
      id: settings.docs[0]!.id,
      data: { visitorResponseSeconds: 300 },
    })
    const localGuard = await makeStaff(['guard'], 'Guard', { estate: estate.id })
    const localCs = await makeStaff(['cs'], 'CS', { estate: estate.id })
    const gAuth = { token: await login(localGuard.email, localGuard.password) }
    const cAuth = { token: await login(localCs.email, localCs.password) }
    const { household } = await makeHousehold(undefined, { estate: estate.id })
    const slow = await ask({ hostHousehold: household.id }, gAuth)
    const answered = await ask({ hostHousehold: household.id }, gAuth)
    await patch(
      answered.body.doc.id,
      { status: 'refused', confirmedBy: '住戶', confirmedHow: 'phone' },
      cAuth,
    )
    const t0 = new Date(slow.body.doc.createdAt).getTime()
    await escalateWaitingVisitors(payload, { now: new Date(t0 + 200_000) })
    expect((await stored(slow.body.doc.id)).escalatedAt ?? null).toBeNull()
    await escalateWaitingVisitors(payload, { now: new Date(t0 + 301_000) })
    expect((await stored(slow.body.doc.id)).escalatedAt).toBeTruthy()
    expect((await stored(answered.body.doc.id)).escalatedAt ?? null).toBeNull()
    const board = await api('/api/visitor-requests/board', { auth: cAuth })
    expect(board.body.responseSeconds).toBe(300)
  })

  it('the board marks a request overdue past the limit', async () => {
    const { request } = await waitingFor()
    const payload = await testPayload()
    // Moving the request's creation back stands in for two minutes at the gate.
    await payload.db.updateOne({
      collection: 'visitor-requests',
      id: request.id,
      data: { createdAt: new Date(Date.now() - 125_000).toISOString() },
    } as never)
    const board = await api('/api/visitor-requests/board', { auth: cs })
    const row = board.body.requests.find((r: { id: Id }) => String(r.id) === String(request.id))
    expect(row.overdue).toBe(true)
    expect(row.waitedSeconds).toBeGreaterThanOrEqual(125)
  })
})

describe('resident (the host)', () => {
  it('VIS-2: sees the request waiting for their unit and admits it: "confirmed by the resident in the portal"', async () => {
    const { request, resident } = await waitingFor()
    const auth = { token: await login(resident.email, resident.password, 'residents') }
    const list = await api('/api/visitor-requests?where[status][equals]=waiting', { auth })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: { id: Id }) => String(d.id))).toEqual([String(request.id)])
    expect(list.body.docs[0].moves.map((m: { to: string }) => m.to).sort()).toEqual([
      'admitted',
      'refused',
    ])
    expect(list.body.docs[0].createdBy).toBeUndefined()
    const res = await patch(
      request.id,
      { status: 'admitted', confirmedHow: 'phone', confirmedBy: '假' },
      auth,
    )
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const doc = await stored(request.id)
    expect(doc).toMatchObject({
      status: 'admitted',
      confirmedHow: 'portal',
      confirmedBy: 'Resident 住戶',
    })
    expect(doc.answeredBy).toMatchObject({ relationTo: 'residents' })
    const board = await api('/api/visitor-requests/board', { auth: cs })
    const row = board.body.requests.find((r: { id: Id }) => String(r.id) === String(request.id))
    expect(row).toMatchObject({ status: 'admitted', confirmedHow: 'portal' })
  })

  it('GEN-5: another household’s resident neither sees nor answers the request', async () => {
    const { request } = await waitingFor()
    const { household } = await makeHousehold()
    const stranger = await makeResident(household.id)
    const auth = { token: await login(stranger.email, stranger.password, 'residents') }
    const list = await api('/api/visitor-requests', { auth })
    expect(list.body.docs.map((d: { id: Id }) => String(d.id))).not.toContain(String(request.id))
    expect((await api(`/api/visitor-requests/${request.id}`, { auth })).status).toBe(404)
    expect([403, 404]).toContain((await patch(request.id, { status: 'refused' }, auth)).status)
    const gql = await graphql('{ VisitorRequests { docs { id } } }', auth)
    expect(gql.body.data.VisitorRequests.docs.map((d: { id: Id }) => String(d.id))).not.toContain(
      String(request.id),
    )
    const viaHost = await api(`/api/visitor-requests?where[hostHousehold.unit][exists]=true`, {
      auth,
    })
    expect(viaHost.body.docs.map((d: { id: Id }) => String(d.id))).not.toContain(String(request.id))
    expect((await stored(request.id)).status).toBe('waiting')
  })

  it('GEN-5: the host resident cannot check a visitor in, record a request, read versions or the board', async () => {
    const { request, resident } = await admitted()
    const auth = { token: await login(resident.email, resident.password, 'residents') }
    expectRefusal(
      await patch(request.id, { status: 'checked-in' }, auth),
      400,
      'visitors.check-in-by-guard',
    )
    expect((await ask({ hostDepartment: 'finance' }, auth)).status).toBe(403)
    expect((await api('/api/visitor-requests/versions', { auth })).status).toBe(403)
    expect((await api('/api/visitor-requests/board', { auth })).status).toBe(403)
    expect(
      (await api('/api/visitor-requests/duty', { method: 'POST', auth, json: { onDuty: true } }))
        .status,
    ).toBe(403)
  })
})

describe('other staff, kiosk and anonymous', () => {
  it('GEN-5: Security reads requests (and the board) but answers nothing; finance sees none', async () => {
    const { request } = await waitingFor()
    expect((await api(`/api/visitor-requests/${request.id}`, { auth: security })).status).toBe(200)
    expect((await api('/api/visitor-requests/board', { auth: security })).status).toBe(200)
    expect(
      (
        await patch(
          request.id,
          { status: 'admitted', confirmedBy: 'x', confirmedHow: 'phone' },
          security,
        )
      ).status,
    ).toBe(403)
    expect((await api(`/api/visitor-requests/${request.id}`, { auth: finance })).status).toBe(403)
    expect((await api('/api/visitor-requests/board', { auth: finance })).status).toBe(403)
  })

  it('GEN-5: a kiosk and anonymous callers reach nothing; malformed ids are a 4xx, never a 5xx', async () => {
    const { request } = await waitingFor()
    const kiosk = await makeKiosk()
    const k: Auth = { apiKey: kiosk.apiKey }
    expect((await api('/api/visitor-requests', { auth: k })).status).toBe(403)
    expect((await api('/api/visitor-requests/board', { auth: k })).status).toBe(403)
    expect((await api(`/api/visitor-requests/${request.id}`)).status).toBe(403)
    expect((await api('/api/visitor-requests/board')).status).toBe(403)
    const anonymous = await api('/api/visitor-requests', {
      method: 'POST',
      json: { surname: '匿名', hostDepartment: 'finance' },
    })
    expect(anonymous.status).toBe(403)
    expect((await ask({ hostDepartment: 'finance' }, k)).status).toBe(403)
    for (const id of ['abc', '1e9999', '-1', "1'"]) {
      const res = await api(`/api/visitor-requests/${encodeURIComponent(id)}`, { auth: cs })
      expect(res.status, id).toBeGreaterThanOrEqual(400)
      expect(res.status, id).toBeLessThan(500)
    }
  })

  it('GEN-5: staff of another estate see none of this estate’s requests', async () => {
    const { request } = await waitingFor()
    const other = await makeEstate()
    const theirCs = await makeStaff(['cs'], 'CS B', { estate: other.id })
    const auth = { token: await login(theirCs.email, theirCs.password) }
    expect((await api(`/api/visitor-requests/${request.id}`, { auth })).status).toBe(404)
    const board = await api('/api/visitor-requests/board', { auth })
    expect(board.body.requests.map((r: { id: Id }) => String(r.id))).not.toContain(
      String(request.id),
    )
    const answer = { status: 'refused', confirmedBy: 'x', confirmedHow: 'phone' }
    expect([403, 404]).toContain((await patch(request.id, answer, auth)).status)
    expect((await stored(request.id)).status).toBe('waiting')
  })
})

describe('VIS-5: end of day (the clock is moved)', () => {
  it('e-mails Security the visitors still inside at the estate’s report hour, once a day', async () => {
    const { reportVisitorsInside } = await import('@/domain/visitors/reportVisitorsInside')
    const estate = await makeEstate('夜報苑')
    const sec = await makeStaff(['security'], 'Sec', { estate: estate.id })
    const localGuard = await makeStaff(['guard'], 'G', { estate: estate.id })
    const localCs = await makeStaff(['cs'], 'C', { estate: estate.id })
    const g = { token: await login(localGuard.email, localGuard.password) }
    const c = { token: await login(localCs.email, localCs.password) }
    const { household } = await makeHousehold(undefined, { estate: estate.id })
    const made = await ask({ hostHousehold: household.id, surname: '夜' }, g)
    await patch(
      made.body.doc.id,
      { status: 'admitted', confirmedBy: '住戶', confirmedHow: 'phone' },
      c,
    )
    expect((await patch(made.body.doc.id, { status: 'checked-in' }, g)).status).toBe(200)
    const payload = await testPayload()
    const mail = async () =>
      (await payload.find({ collection: 'notifications', where: { to: { equals: sec.email } } }))
        .docs
    // The estate is in Asia/Shanghai (UTC+8): 22:00 there is 14:00 UTC.
    await reportVisitorsInside(payload, { now: new Date('2026-12-01T13:30:00Z') })
    expect(await mail()).toHaveLength(0)
    await reportVisitorsInside(payload, { now: new Date('2026-12-01T14:05:00Z') })
    const sent = await mail()
    expect(sent).toHaveLength(1)
    expect(sent[0]!.subject).toContain('1')
    expect(sent[0]!.body).toContain('夜')
    expect(sent[0]!.body).toContain(household.unit)
    await reportVisitorsInside(payload, { now: new Date('2026-12-01T14:50:00Z') })
    expect(await mail()).toHaveLength(1)
    const page = await api('/office/visitors/inside', {
      auth: { token: await login(sec.email, sec.password) },
    })
    expect(page.status).toBe(200)
    expect(String(page.body)).toContain(household.unit)
  })
})
