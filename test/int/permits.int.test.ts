/**
 * Contractor work permits (PMT-1 … PMT-4, GEN-1, GEN-2, GEN-4, GEN-5): a department submits the
 * workers, the chain moves one step at a time by its own role with who and when kept, against a
 * 30-minute deadline the server owns; ID numbers are masked for everyone but the roles that handle
 * permits. Grouped by who acts; each test makes its own data; the clock is moved, not waited for.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { alertPermitDeadlines } from '@/domain/permits/alertPermitDeadlines'
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
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
const roles = ['engineering', 'cs', 'finance', 'security', 'administration', 'guard'] as const
const auth: Record<(typeof roles)[number], Auth> = {} as never
const emails: Record<string, string> = {}

beforeAll(async () => {
  for (const role of roles) {
    const s = await makeStaff([role], `Permit ${role}`)
    emails[role] = s.email
    auth[role] = { token: await login(s.email, s.password) }
  }
})

async function upload(who: Auth, data: Buffer = PNG, type = 'image/png', name = 'w.png') {
  const form = new FormData()
  form.append('_payload', '{}')
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  const headers: Record<string, string> = {}
  if (who && 'token' in who) headers.Authorization = `JWT ${who.token}`
  const { inject } = await import('vitest')
  const res = await fetch(inject('baseURL') + '/api/permit-photos', {
    method: 'POST',
    headers,
    body: form,
  })
  return { status: res.status, body: await res.json().catch(() => null) }
}

async function submit(json: Record<string, unknown> = {}, who: Auth = auth.engineering) {
  const photo = await upload(who)
  expect(photo.status, JSON.stringify(photo.body)).toBe(201)
  return api('/api/work-permits', {
    method: 'POST',
    auth: who,
    json: {
      department: 'engineering',
      company: '大昌工程',
      personInCharge: '李工頭',
      fee: 200,
      validFrom: '2026-12-01',
      validUntil: '2026-12-31',
      workers: [{ name: '陳工人', idNumber: 'a123456(7)', photo: photo.body.doc.id }],
      ...json,
    },
  })
}

async function permit() {
  const res = await submit()
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: Id; deadline: string; createdAt: string; step: string }
}

const move = (id: Id, step: string, who: Auth, extra: Record<string, unknown> = {}) =>
  api(`/api/work-permits/${id}`, { method: 'PATCH', auth: who, json: { step, ...extra } })

async function stored(id: Id) {
  const payload = await testPayload()
  return payload.findByID({ collection: 'work-permits', id, depth: 0 })
}

const CHAIN: [string, (typeof roles)[number], Record<string, unknown>?][] = [
  ['received', 'cs'],
  ['paid', 'finance', { receiptNumber: 'R-0001' }],
  ['receipt-returned', 'cs'],
  ['verified', 'security'],
  ['stamped', 'cs'],
  ['laminated', 'administration'],
  ['issued', 'cs'],
]

describe('the submitting department', () => {
  it('PMT-1: submits workers, company, person in charge and fee; the deadline is submission + 30 minutes (server)', async () => {
    const res = await submit({ deadline: '2030-01-01T00:00:00.000Z', late: true, step: 'issued' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const doc = await stored(res.body.doc.id)
    expect(doc.step).toBe('submitted')
    expect(doc.late).toBe(false)
    const minutes = (Date.parse(doc.deadline!) - Date.parse(doc.submittedAt!)) / 60_000
    expect(minutes).toBe(30)
    expect(doc.workers![0]).toMatchObject({ idNumber: 'A123456(7)', idNumberMasked: 'A123****(7)' })
  })

  it('PMT-1: an ID number of the wrong shape, no workers, no photo or a negative fee is a 400 that writes nothing', async () => {
    const before = (await (await testPayload()).count({ collection: 'work-permits' })).totalDocs
    const bad = [
      { workers: [{ name: '甲', idNumber: '12345', photo: null }] },
      { workers: [] },
      { fee: -1 },
      { company: '  ' },
    ]
    const codes = []
    for (const json of bad) {
      const res = await submit(json)
      expect(res.status, JSON.stringify(json)).toBe(400)
      codes.push(res.body.errors[0].data?.code)
    }
    const photo = await upload(auth.engineering)
    const wrongId = await submit({
      workers: [{ name: '甲', idNumber: 'ZZ12', photo: photo.body.doc.id }],
    })
    expect(wrongId.status).toBe(400)
    expect(wrongId.body.errors[0].data?.code).toBe('permits.id-number-shape')
    expect((await (await testPayload()).count({ collection: 'work-permits' })).totalDocs).toBe(
      before,
    )
  })

  it('PMT-1: a photo that is not an image, or over 5 MB, is refused with a 400', async () => {
    expect(
      (await upload(auth.engineering, Buffer.from('hello'), 'text/plain', 'x.txt')).status,
    ).toBe(400)
    const big = Buffer.alloc(5 * 1024 * 1024 + 10, 1)
    PNG.copy(big)
    expect((await upload(auth.engineering, big, 'image/png', 'big.png')).status).toBe(400)
  })

  it('PMT-1: a department submits only for itself; a guard or resident cannot submit', async () => {
    const res = await submit({ department: 'security' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data?.code).toBe('permits.department-not-yours')
    const asGuard = await api('/api/work-permits', {
      method: 'POST',
      auth: auth.guard,
      json: { department: 'engineering', company: 'x', personInCharge: 'y', fee: 1, workers: [] },
    })
    expect(asGuard.status).toBe(403)
  })

  it('PMT-4: the department that submitted sees the full number; it cannot move a step', async () => {
    const p = await permit()
    const read = await api(`/api/work-permits/${p.id}`, { auth: auth.engineering })
    expect(read.body.workers[0].idNumber).toBe('A123456(7)')
    expect((await move(p.id, 'received', auth.engineering)).status).toBe(403)
  })
})

describe('the chain (cs, finance, security, administration)', () => {
  it('PMT-2: goes through all seven steps in order, each by its role, with who and when kept', async () => {
    const p = await permit()
    for (const [step, role, extra] of CHAIN) {
      const res = await move(p.id, step, auth[role], extra)
      expect(res.status, `${step}: ${JSON.stringify(res.body)}`).toBe(200)
    }
    const doc = (await stored(p.id)) as unknown as Record<string, unknown>
    expect(doc.step).toBe('issued')
    expect(doc.receiptNumber).toBe('R-0001')
    expect(doc.late).toBe(false)
    for (const key of [
      'received',
      'paid',
      'receiptReturned',
      'verified',
      'stamped',
      'laminated',
      'issued',
    ]) {
      expect(doc[`${key}At`], key).toBeTruthy()
      expect(doc[`${key}By`], key).toBeTruthy()
    }
    const payload = await testPayload()
    const log = await payload.find({
      collection: 'status-changes',
      where: { collectionSlug: { equals: 'work-permits' }, documentId: { equals: String(p.id) } },
      sort: 'createdAt',
    })
    expect(log.docs.map((d) => d.to)).toEqual(CHAIN.map(([s]) => s))
  })

  it('PMT-2: a step out of order, or by a role that does not own it, is refused with a message and changes nothing', async () => {
    const p = await permit()
    const skip = await move(p.id, 'paid', auth.finance, { receiptNumber: 'R1' })
    expect(skip.status).toBe(400)
    expect(skip.body.errors[0].message).toBeTruthy()
    const wrongRole = await move(p.id, 'received', auth.finance)
    expect(wrongRole.status).toBe(400)
    expect(wrongRole.body.errors[0].data?.code).toBe('permits.step-not-yours')
    expect((await move(p.id, 'received', auth.cs)).status).toBe(200)
    const noReceipt = await move(p.id, 'paid', auth.finance)
    expect(noReceipt.status).toBe(400)
    expect(noReceipt.body.errors[0].data?.code).toBe('permits.receipt-required')
    const back = await move(p.id, 'submitted', auth.cs)
    expect(back.status).toBe(400)
    const gql = await graphql(
      `mutation { updateWorkPermit(id: ${JSON.stringify(p.id)}, data: { step: verified }) { step } }`,
      auth.security,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const doc = await stored(p.id)
    expect(doc.step).toBe('received')
    expect(doc.receiptNumber ?? null).toBeNull()
  })

  it('PMT-3: the deadline and the late flag are the server’s; fields other than the step cannot change', async () => {
    const p = await permit()
    await move(p.id, 'received', auth.cs, {
      deadline: '2099-01-01T00:00:00.000Z',
      late: true,
      company: '別家',
      fee: 0,
      receivedAt: '2000-01-01T00:00:00.000Z',
    })
    const doc = await stored(p.id)
    expect(doc.deadline).toBe(p.deadline)
    expect(doc.late).toBe(false)
    expect(doc.company).toBe('大昌工程')
    expect(doc.fee).toBe(200)
    expect(doc.receivedAt).not.toBe('2000-01-01T00:00:00.000Z')
  })
})

describe('PMT-3: alerts before and at the deadline (the clock is moved)', () => {
  it('warns the department and CS 10 minutes before, then marks the permit late at the deadline, once each', async () => {
    const estate = await makeEstate('許可證苑')
    const eng = await makeStaff(['engineering'], 'Eng', { estate: estate.id })
    const cs = await makeStaff(['cs'], 'CS', { estate: estate.id })
    const fin = await makeStaff(['finance'], 'Fin', { estate: estate.id })
    const engAuth = { token: await login(eng.email, eng.password) }
    const res = await submit({}, engAuth)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const deadline = Date.parse(res.body.doc.deadline)
    const payload = await testPayload()
    const mail = async (email: string) =>
      (await payload.find({ collection: 'notifications', where: { to: { equals: email } } })).docs
    await alertPermitDeadlines(payload, { now: new Date(deadline - 11 * 60_000) })
    expect(await mail(eng.email)).toHaveLength(0)
    await alertPermitDeadlines(payload, { now: new Date(deadline - 9 * 60_000) })
    expect(await mail(eng.email)).toHaveLength(1)
    expect(await mail(cs.email)).toHaveLength(1)
    expect(await mail(fin.email)).toHaveLength(0)
    await alertPermitDeadlines(payload, { now: new Date(deadline - 5 * 60_000) })
    expect(await mail(eng.email)).toHaveLength(1)
    expect((await stored(res.body.doc.id)).late).toBe(false)
    await alertPermitDeadlines(payload, { now: new Date(deadline + 1000) })
    expect(await mail(eng.email)).toHaveLength(2)
    expect((await mail(cs.email)).map((m) => m.subject).join()).toContain('Work permit late')
    expect((await stored(res.body.doc.id)).late).toBe(true)
    await alertPermitDeadlines(payload, { now: new Date(deadline + 120_000) })
    expect(await mail(eng.email)).toHaveLength(2)
    const late = await api('/api/work-permits?where[late][equals]=true&depth=0', {
      auth: { token: await login(cs.email, cs.password) },
    })
    expect(late.body.docs.map((d: { id: Id }) => String(d.id))).toContain(String(res.body.doc.id))
  })
})

describe('PMT-4: personal data', () => {
  it('other staff see only masked ID numbers and no photo, through REST, GraphQL and versions', async () => {
    const p = await permit()
    const guardRead = await api(`/api/work-permits/${p.id}`, { auth: auth.guard })
    expect(guardRead.status).toBe(403)
    const otherEngineer = await makeStaff(['engineering'], 'Another engineer')
    const other = { token: await login(otherEngineer.email, otherEngineer.password) }
    const read = await api(`/api/work-permits/${p.id}?depth=1`, { auth: other })
    expect(read.status).toBe(200)
    expect(read.body.workers[0].idNumber).toBeUndefined()
    expect(read.body.workers[0].photo).toBeUndefined()
    expect(read.body.workers[0].idNumberMasked).toBe('A123****(7)')
    expect(JSON.stringify(read.body)).not.toContain('123456')
    const list = await api('/api/work-permits?depth=0&limit=100', { auth: other })
    expect(JSON.stringify(list.body)).not.toContain('A123456')
    const probe = await api(
      `/api/work-permits?where[workers.idNumber][equals]=${encodeURIComponent('A123456(7)')}`,
      { auth: other },
    )
    expect(probe.status).toBeLessThan(500)
    if (probe.status === 200) expect(probe.body.docs).toHaveLength(0)
    const gql = await graphql(
      `
        {
          WorkPermits {
            docs {
              workers {
                idNumber
                idNumberMasked
              }
            }
          }
        }
      `,
      other,
    )
    expect(JSON.stringify(gql.body)).not.toContain('A123456')
    expect((await api('/api/work-permits/versions', { auth: other })).status).toBe(403)
    const photos = await api('/api/permit-photos', { auth: other })
    expect(photos.status).toBe(403)
    const handler = await api(`/api/work-permits/${p.id}`, { auth: auth.security })
    expect(handler.body.workers[0].idNumber).toBe('A123456(7)')
  })

  it('GEN-5: residents, kiosks, anonymous callers and another estate’s staff reach no permit', async () => {
    const p = await permit()
    const { household, members } = await makeHousehold()
    const r = await makeResident(household.id, members[0]!.id)
    const resident = { token: await login(r.email, r.password, 'residents') }
    const kiosk = { apiKey: (await makeKiosk()).apiKey }
    for (const who of [resident, kiosk, undefined]) {
      expect((await api(`/api/work-permits/${p.id}`, { auth: who })).status).toBe(403)
      expect((await api('/api/work-permits', { auth: who })).status).toBe(403)
      expect((await api('/api/permit-photos', { auth: who })).status).toBe(403)
    }
    const other = await makeEstate()
    const theirCs = await makeStaff(['cs'], 'B cs', { estate: other.id })
    const theirs = { token: await login(theirCs.email, theirCs.password) }
    expect((await api(`/api/work-permits/${p.id}`, { auth: theirs })).status).toBe(404)
    expect([403, 404]).toContain((await move(p.id, 'received', theirs)).status)
    expect((await stored(p.id)).step).toBe('submitted')
  })
})
