/**
 * Maintenance Notices (CMP-4) and home visits (HV-1 … HV-4): the supervisor signs a notice before
 * Engineering may see it or hear of it; the notice is done only with both the CS follow-up's and
 * the worker's signatures; a later time is told to the resident with its reason. Visits are
 * booked, rebooked (kept and told) and end with the resident's acceptance or not.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { type Auth, api, graphql, login } from '../support/http'
import {
  makeHousehold,
  makeKiosk,
  makeResident,
  makeStaff,
  SIGNATURE_PNG,
  testPayload,
} from '../support/payload'

type Id = number | string
let cs: Auth
let csId: Id
let otherCs: Auth
let supervisor: Auth
let engineering: Auth
let engineeringEmail: string

beforeAll(async () => {
  const [c, c2, s, e] = await Promise.all([
    makeStaff(['cs'], '客服跟進'),
    makeStaff(['cs'], '客服乙'),
    makeStaff(['supervisor'], '主管甲'),
    makeStaff(['engineering'], '機電甲'),
  ])
  csId = c.id
  engineeringEmail = e.email
  ;[cs, otherCs, supervisor, engineering] = await Promise.all(
    [c, c2, s, e].map(async (u) => ({ token: await login(u.email, u.password) })),
  )
})

function expectRefusal(res: { status: number; body: any }, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  expect(res.body.errors[0].data?.code ?? res.body.errors[0].extensions?.code).toBe(code)
  expect(res.body.errors[0].message).toBeTruthy()
}

async function complaintForEngineering() {
  const { household, members } = await makeHousehold([{ name: '李四', relationship: 'owner' }])
  const resident = await makeResident(household.id, members[0]!.id)
  const res = await api('/api/complaints', {
    method: 'POST',
    auth: cs,
    json: {
      household: household.id,
      residentName: '李四',
      channel: 'phone',
      readBack: true,
      problem: '冷氣機漏水',
      department: 'engineering',
    },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return { complaint: res.body.doc, household, resident }
}

const sign = (id: Id, signer: string, auth: Auth, extra: Record<string, unknown> = {}) =>
  api(`/api/maintenance-notices/${id}/sign`, {
    method: 'POST',
    auth,
    json: { signer, signature: SIGNATURE_PNG, ...extra },
  })

async function draftNotice() {
  const made = await complaintForEngineering()
  const res = await api('/api/maintenance-notices', {
    method: 'POST',
    auth: cs,
    json: { complaint: made.complaint.id, work: '檢查冷氣機去水喉' },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return { ...made, notice: res.body.doc }
}

async function outboxFor(to: string) {
  const payload = await testPayload()
  return (
    await payload.find({
      collection: 'notifications',
      where: { to: { equals: to } },
      limit: 200,
      depth: 0,
    })
  ).docs
}

describe('staff: cs', () => {
  it('CMP-4: fills in a notice for a complaint of the estate; it starts as a draft', async () => {
    const { notice } = await draftNotice()
    expect(notice.status).toBe('draft')
    expect(notice.household).toBeTruthy()
    const bad = await api('/api/maintenance-notices', {
      method: 'POST',
      auth: cs,
      json: { complaint: 99999999, work: 'x' },
    })
    expectRefusal(bad, 400, 'notice.complaint-unknown')
  })

  it('CMP-4: cannot sign as supervisor, assign the follow-up, set the time, or mark it signed', async () => {
    const { notice } = await draftNotice()
    expectRefusal(await sign(notice.id, 'supervisor', cs), 403, 'notice.supervisor-only')
    expectRefusal(
      await api(`/api/maintenance-notices/${notice.id}`, {
        method: 'PATCH',
        auth: cs,
        json: { followUpBy: csId },
      }),
      400,
      'notice.supervisor-fields',
    )
    expectRefusal(
      await api(`/api/maintenance-notices/${notice.id}`, {
        method: 'PATCH',
        auth: cs,
        json: { status: 'signed' },
      }),
      400,
      'notice.sign-to-send',
    )
  })
})

describe('staff: engineering', () => {
  it('CMP-4: cannot read an unsigned notice through any door, and has no notification before the signature', async () => {
    const { notice } = await draftNotice()
    const before = (await outboxFor(engineeringEmail)).length
    expect((await api(`/api/maintenance-notices/${notice.id}`, { auth: engineering })).status).toBe(
      404,
    )
    const list = await api('/api/maintenance-notices?limit=500&where[status][equals]=draft', {
      auth: engineering,
    })
    expect(list.body.docs).toHaveLength(0)
    const gql = await graphql(`{ MaintenanceNotice(id: ${notice.id}) { id } }`, engineering)
    expect(gql.body.data?.MaintenanceNotice ?? null).toBeNull()
    expect((await api('/api/maintenance-notices/versions', { auth: engineering })).status).toBe(403)
    expect((await outboxFor(engineeringEmail)).length).toBe(before)
  })
})

describe('staff: supervisor', () => {
  it('CMP-4: assigns a CS follow-up and signs: only then does Engineering see the notice and get told', async () => {
    const { notice } = await draftNotice()
    const before = (await outboxFor(engineeringEmail)).length
    const assign = await api(`/api/maintenance-notices/${notice.id}`, {
      method: 'PATCH',
      auth: supervisor,
      json: { followUpBy: csId, scheduledAt: '2026-12-01T03:00:00.000Z' },
    })
    expect(assign.status, JSON.stringify(assign.body)).toBe(200)
    expect((await outboxFor(engineeringEmail)).length).toBe(before)
    const signed = await sign(notice.id, 'supervisor', supervisor)
    expect(signed.status, JSON.stringify(signed.body)).toBe(200)
    expect(signed.body.doc.status).toBe('signed')
    expect((await api(`/api/maintenance-notices/${notice.id}`, { auth: engineering })).status).toBe(
      200,
    )
    expect((await outboxFor(engineeringEmail)).length).toBe(before + 1)
    expectRefusal(await sign(notice.id, 'supervisor', supervisor), 409, 'notice.already-signed')
  })

  it('CMP-4: the notice keeps the supervisor’s and the follow-up’s names: Engineering sees them on screen and paper without reading the users', async () => {
    const { notice } = await draftNotice()
    const assign = await api(`/api/maintenance-notices/${notice.id}`, {
      method: 'PATCH',
      auth: supervisor,
      json: { followUpBy: csId, scheduledAt: '2026-12-01T03:00:00.000Z' },
    })
    expect(assign.body.doc.followUpName).toBe('客服跟進')
    // A client cannot write the names itself.
    const forged = await api(`/api/maintenance-notices/${notice.id}`, {
      method: 'PATCH',
      auth: supervisor,
      json: { supervisorName: '冒名', followUpName: '冒名' },
    })
    expect(forged.status).toBeLessThan(500)
    expect((await sign(notice.id, 'supervisor', supervisor)).status).toBe(200)
    const read = await api(`/api/maintenance-notices/${notice.id}?depth=0`, { auth: engineering })
    expect(read.body).toMatchObject({ supervisorName: '主管甲', followUpName: '客服跟進' })
    const page = await api(`/office/maintenance-notices/${notice.id}`, { auth: engineering })
    expect(page.status).toBe(200)
    expect(String(page.body)).toContain('主管甲')
    expect(String(page.body)).toContain('客服跟進')
    expect(String(page.body)).not.toContain('冒名')
  })

  it('CMP-4: the follow-up must be a CS member of the estate', async () => {
    const { notice } = await draftNotice()
    const eng = await makeStaff(['engineering'])
    expectRefusal(
      await api(`/api/maintenance-notices/${notice.id}`, {
        method: 'PATCH',
        auth: supervisor,
        json: { followUpBy: eng.id },
      }),
      400,
      'notice.follow-up-not-cs',
    )
  })

  it('CMP-4: a later time once signed needs a reason, and the resident is told it', async () => {
    const { notice, resident } = await draftNotice()
    await api(`/api/maintenance-notices/${notice.id}`, {
      method: 'PATCH',
      auth: supervisor,
      json: { followUpBy: csId, scheduledAt: '2026-12-01T03:00:00.000Z' },
    })
    await sign(notice.id, 'supervisor', supervisor)
    const patch = (json: Record<string, unknown>) =>
      api(`/api/maintenance-notices/${notice.id}`, { method: 'PATCH', auth: supervisor, json })
    expectRefusal(
      await patch({ scheduledAt: '2026-12-02T03:00:00.000Z' }),
      400,
      'notice.delay-reason-required',
    )
    const ok = await patch({
      scheduledAt: '2026-12-02T03:00:00.000Z',
      delayReason: '機電部今日人手不足',
    })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    const mails = await outboxFor(resident.email)
    expect(mails.some((m) => m.body.includes('機電部今日人手不足'))).toBe(true)
  })
})

describe('signatures: cs follow-up and maintenance worker', () => {
  async function signedNotice() {
    const made = await draftNotice()
    await api(`/api/maintenance-notices/${made.notice.id}`, {
      method: 'PATCH',
      auth: supervisor,
      json: { followUpBy: csId },
    })
    expect((await sign(made.notice.id, 'supervisor', supervisor)).status).toBe(200)
    return made
  }

  it('CMP-4: a notice with one signature is not done; with both it is, and who and when are kept', async () => {
    const { notice } = await signedNotice()
    expectRefusal(await sign(notice.id, 'follow-up', otherCs), 403, 'notice.follow-up-only')
    expectRefusal(
      await sign(notice.id, 'worker', cs, { name: '張師傅' }),
      403,
      'notice.worker-only',
    )
    expectRefusal(await sign(notice.id, 'worker', engineering), 400, 'notice.worker-name-required')
    const one = await sign(notice.id, 'follow-up', cs)
    expect(one.status, JSON.stringify(one.body)).toBe(200)
    expect(one.body.doc.status).toBe('signed')
    expectRefusal(
      await api(`/api/maintenance-notices/${notice.id}`, {
        method: 'PATCH',
        auth: supervisor,
        json: { status: 'done' },
      }),
      400,
      'notice.both-signatures',
    )
    const two = await sign(notice.id, 'worker', engineering, { name: '張師傅' })
    expect(two.status, JSON.stringify(two.body)).toBe(200)
    expect(two.body.doc).toMatchObject({ status: 'done', workerName: '張師傅' })
    expect(two.body.doc.followUpSignedAt).toBeTruthy()
    expect(two.body.doc.workerSignedAt).toBeTruthy()
  })

  it('CMP-4: both signing at the same moment still leaves the notice done', async () => {
    const { notice } = await signedNotice()
    const [a, b] = await Promise.all([
      sign(notice.id, 'follow-up', cs),
      sign(notice.id, 'worker', engineering, { name: '張師傅' }),
    ])
    expect(a.status).toBe(200)
    expect(b.status).toBe(200)
    const payload = await testPayload()
    const doc = await payload.findByID({
      collection: 'maintenance-notices',
      id: notice.id,
      depth: 0,
    })
    expect(doc.status).toBe('done')
    // Neither signature erased the other.
    expect(doc.followUpSignedAt).toBeTruthy()
    expect(doc.followUpSignature).toBeTruthy()
    expect(doc.workerSignedAt).toBeTruthy()
    expect(doc.workerName).toBe('張師傅')
  })

  it('CMP-4: one box signed twice at the same moment (two workers) keeps one signature: the other is told it is signed', async () => {
    const { notice } = await signedNotice()
    const e2 = await makeStaff(['engineering'], '機電乙')
    const second = { token: await login(e2.email, e2.password) }
    const results = await Promise.all([
      sign(notice.id, 'worker', engineering, { name: '張師傅' }),
      sign(notice.id, 'worker', second, { name: '李師傅' }),
    ])
    const statuses = results.map((r) => r.status).sort()
    expect(statuses, JSON.stringify(results.map((r) => r.body))).toEqual([200, 409])
    const won = results.find((r) => r.status === 200)!
    expectRefusal(
      results.find((r) => r.status === 409)!,
      409,
      'notice.already-signed',
    )
    const payload = await testPayload()
    const doc = await payload.findByID({
      collection: 'maintenance-notices',
      id: notice.id,
      depth: 0,
    })
    // The stored signature is the one the winner was told was taken.
    expect(doc.workerName).toBe(won.body.doc.workerName)
    expect(String(doc.workerSignature)).toBe(String(won.body.doc.workerSignature))
  })

  it('CMP-4: a signature that is not a PNG is refused', async () => {
    const { notice } = await signedNotice()
    expectRefusal(
      await sign(notice.id, 'follow-up', cs, { signature: 'data:image/png;base64,AAAA' }),
      400,
      'signature.not-png',
    )
    expectRefusal(
      await sign(notice.id, 'follow-up', cs, { signature: '' }),
      400,
      'signature.missing',
    )
  })
})

describe('resident, kiosk, anonymous', () => {
  it('GEN-5: read no notices and sign none', async () => {
    const { notice, resident } = await draftNotice()
    const residentAuth = { token: await login(resident.email, resident.password, 'residents') }
    const kiosk = { apiKey: (await makeKiosk()).apiKey }
    for (const auth of [residentAuth, kiosk, undefined]) {
      expect(
        (await api(`/api/maintenance-notices/${notice.id}`, { auth })).status,
      ).toBeGreaterThanOrEqual(403)
      expect((await sign(notice.id, 'supervisor', auth)).status).toBe(403)
    }
  })
})

describe('home visits', () => {
  async function bookVisit() {
    const made = await complaintForEngineering()
    const res = await api('/api/home-visits', {
      method: 'POST',
      auth: cs,
      json: {
        household: made.household.id,
        complaint: made.complaint.id,
        scheduledAt: '2026-12-01T02:00:00.000Z',
        residentName: '歐陽娜娜',
        pronunciation: 'Au-yeung Na-na',
        work: '更換冷氣機去水喉',
        expectedMinutes: 45,
        notes: '住戶有狗',
        parties: ['cs', 'engineering'],
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return { ...made, visit: res.body.doc }
  }

  it('HV-1, HV-2: CS books a visit with the resident’s name, pronunciation, work, duration, notes and parties', async () => {
    const { visit } = await bookVisit()
    expect(visit).toMatchObject({
      residentName: '歐陽娜娜',
      pronunciation: 'Au-yeung Na-na',
      expectedMinutes: 45,
      parties: ['cs', 'engineering'],
    })
    expect(visit.createdBy).toBeTruthy()
  })

  it('HV-1: a visit needs a unit of the register, a time, the work and who attends', async () => {
    const res = await api('/api/home-visits', {
      method: 'POST',
      auth: cs,
      json: { household: 99999999, scheduledAt: 'soon', work: '', parties: [] },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBeTruthy()
  })

  it('HV-3: running late is a rebooking: the reason, from, to and when the resident was told are kept; the resident is told', async () => {
    const { visit, resident } = await bookVisit()
    expectRefusal(
      await api(`/api/home-visits/${visit.id}`, {
        method: 'PATCH',
        auth: cs,
        json: { scheduledAt: '2026-12-01T04:00:00.000Z' },
      }),
      400,
      'visit.rebook-reason-required',
    )
    const res = await api(`/api/home-visits/${visit.id}`, {
      method: 'PATCH',
      auth: cs,
      json: { scheduledAt: '2026-12-01T04:00:00.000Z', rebookReason: '前一單工作延誤' },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.doc.rebookings).toHaveLength(1)
    expect(res.body.doc.rebookings[0]).toMatchObject({
      reason: '前一單工作延誤',
      from: '2026-12-01T02:00:00.000Z',
      to: '2026-12-01T04:00:00.000Z',
    })
    expect(res.body.doc.rebookings[0].residentToldAt).toBeTruthy()
    const mails = await outboxFor(resident.email)
    expect(mails.map((m) => m.body).join('\n')).toContain('前一單工作延誤')
    // The record of rebookings is the server's: a client cannot rewrite it.
    const forged = await api(`/api/home-visits/${visit.id}`, {
      method: 'PATCH',
      auth: cs,
      json: { rebookings: [] },
    })
    expect(forged.status).toBe(200)
    expect(forged.body.doc.rebookings).toHaveLength(1)
  })

  it('HV-4: "not satisfied" at the visit reopens the complaint at once with the remark; "accepted" closes it', async () => {
    const { visit, complaint, resident } = await bookVisit()
    for (const [status, auth, extra] of [
      ['planned', supervisor, { plan: '上門', committedTime: '2026-12-01T02:00:00.000Z' }],
      ['scheduled', cs, {}],
      ['in-progress', engineering, {}],
      ['awaiting-acceptance', engineering, {}],
    ] as const) {
      const r = await api(`/api/complaints/${complaint.id}`, {
        method: 'PATCH',
        auth,
        json: { status, ...extra },
      })
      expect(r.status, JSON.stringify(r.body)).toBe(200)
    }
    expectRefusal(
      await api(`/api/home-visits/${visit.id}`, {
        method: 'PATCH',
        auth: cs,
        json: { outcome: 'not-satisfied' },
      }),
      400,
      'complaint.reopen-reason-required',
    )
    const res = await api(`/api/home-visits/${visit.id}`, {
      method: 'PATCH',
      auth: cs,
      json: { outcome: 'not-satisfied', outcomeRemark: '仍有滴水' },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const payload = await testPayload()
    const reopened = await payload.findByID({
      collection: 'complaints',
      id: complaint.id,
      depth: 0,
    })
    expect(reopened).toMatchObject({
      status: 'in-progress',
      reopenCount: 1,
      reopenReason: '仍有滴水',
    })
    // The resident sees their booked visit and its time; another household does not.
    const mine = { token: await login(resident.email, resident.password, 'residents') }
    const seen = await api(`/api/home-visits/${visit.id}`, { auth: mine })
    expect(seen.status).toBe(200)
    expect(seen.body.scheduledAt).toBe('2026-12-01T02:00:00.000Z')
    const other = await complaintForEngineering()
    const theirs = {
      token: await login(other.resident.email, other.resident.password, 'residents'),
    }
    expect((await api(`/api/home-visits/${visit.id}`, { auth: theirs })).status).toBe(404)
  })

  it('GEN-5: a resident cannot book or change a visit; engineering reads but cannot change one', async () => {
    const { visit, resident } = await bookVisit()
    const auth = { token: await login(resident.email, resident.password, 'residents') }
    expect(
      (await api(`/api/home-visits/${visit.id}`, { method: 'PATCH', auth, json: { notes: 'x' } }))
        .status,
    ).toBe(403)
    expect((await api(`/api/home-visits/${visit.id}`, { auth: engineering })).status).toBe(200)
    expect(
      (
        await api(`/api/home-visits/${visit.id}`, {
          method: 'PATCH',
          auth: engineering,
          json: { notes: 'x' },
        })
      ).status,
    ).toBe(403)
  })
})
