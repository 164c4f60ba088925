/**
 * Work permit cards and the permit's work period (issue 10, PMT-1, PMT-4, GEN-1, GEN-5) through the
 * real server: the submitting department enters the first and last day (required, in order, at
 * most 90 days, kept as the estate's calendar days); CS may change them until Security verifies;
 * from then on the A4 card sheet prints one card per worker with the photo and the masked ID
 * number, for the roles that handle permits in the permit's estate only — everyone else, another
 * estate and malformed ids get the 404 page, never a 500.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { permitNumber } from '@/domain/permits/rules'
import { type Auth, api, login } from '../support/http'
import { makeEstate, makeHousehold, makeResident, makeStaff, testPayload } from '../support/payload'

type Id = number | string
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
const roles = ['engineering', 'cs', 'finance', 'security', 'guard'] as const
const auth: Record<(typeof roles)[number] | 'otherEstateCs' | 'resident', Auth> = {} as never

beforeAll(async () => {
  for (const role of roles) {
    const s = await makeStaff([role], `Card ${role}`)
    auth[role] = { token: await login(s.email, s.password) }
  }
  const other = await makeEstate('證卡別苑')
  const otherCs = await makeStaff(['cs'], '別苑客服證卡', { estate: other.id })
  auth.otherEstateCs = { token: await login(otherCs.email, otherCs.password) }
  const { household } = await makeHousehold()
  const resident = await makeResident(household.id)
  auth.resident = { token: await login(resident.email, resident.password, 'residents') }
})

async function upload(who: Auth) {
  const form = new FormData()
  form.append('_payload', '{}')
  form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'w.png')
  const headers: Record<string, string> = {}
  if (who && 'token' in who) headers.Authorization = `JWT ${who.token}`
  const res = await fetch(inject('baseURL') + '/api/permit-photos', {
    method: 'POST',
    headers,
    body: form,
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as { doc: { id: Id } }).doc.id
}

const WORKERS = [
  { name: '陳工人', idNumber: 'A123456(7)' },
  { name: '李師傅', idNumber: 'B234567(8)' },
  { name: '張技工', idNumber: '11010519491231002X' },
]

async function submit(json: Record<string, unknown> = {}, count = 1) {
  const workers = []
  for (const w of WORKERS.slice(0, count))
    workers.push({ ...w, photo: await upload(auth.engineering) })
  return api('/api/work-permits', {
    method: 'POST',
    auth: auth.engineering,
    json: {
      department: 'engineering',
      company: '證卡工程',
      personInCharge: '黃工頭',
      fee: 100,
      validFrom: '2026-12-01',
      validUntil: '2026-12-31',
      workers,
      ...json,
    },
  })
}

async function permit(count = 1) {
  const res = await submit({}, count)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: Id }
}

const move = (id: Id, step: string, who: Auth, extra: Record<string, unknown> = {}) =>
  api(`/api/work-permits/${id}`, { method: 'PATCH', auth: who, json: { step, ...extra } })

async function verify(id: Id) {
  for (const [step, who, extra] of [
    ['received', auth.cs],
    ['paid', auth.finance, { receiptNumber: 'R-C1' }],
    ['receipt-returned', auth.cs],
    ['verified', auth.security],
  ] as [string, Auth, Record<string, unknown>?][]) {
    const res = await move(id, step, who, extra)
    expect(res.status, `${step}: ${JSON.stringify(res.body)}`).toBe(200)
  }
}

async function stored(id: Id) {
  return (await testPayload()).findByID({ collection: 'work-permits', id, depth: 1 })
}

/** An office page as a browser asks for it, without following a redirect. */
async function page(path: string, who?: Auth, lang = 'zh-TW') {
  const res = await fetch(`${inject('baseURL')}${path}`, {
    redirect: 'manual',
    headers: {
      ...(who && 'token' in who ? { Authorization: `JWT ${who.token}` } : {}),
      Cookie: `payload-lng=${lang}`,
    },
  })
  return { status: res.status, location: res.headers.get('location'), html: await res.text() }
}

describe('the submitting department', () => {
  it('PMT-1: the work period is kept as the estate’s calendar days', async () => {
    const p = await permit()
    const doc = await stored(p.id)
    const tz = typeof doc.estate === 'object' ? (doc.estate?.timeZone ?? '') : ''
    expect(formatEstateDateTime(doc.validFrom, tz, 'en', { time: false })).toBe('1 Dec 2026')
    expect(formatEstateDateTime(doc.validUntil, tz, 'en', { time: false })).toBe('31 Dec 2026')
    // Noon UTC: the same day in the admin's date picker wherever the browser is.
    expect(doc.validFrom).toBe('2026-12-01T12:00:00.000Z')
  })

  it('PMT-1: no period, a last day before the first or more than 90 days is a 400 with its code that writes nothing', async () => {
    const before = (await (await testPayload()).count({ collection: 'work-permits' })).totalDocs
    const cases: [Record<string, unknown>, string, string][] = [
      [{ validFrom: undefined }, 'permits.validity-required', 'validFrom'],
      [{ validUntil: 'soon' }, 'permits.validity-required', 'validUntil'],
      [{ validUntil: '2026-11-30' }, 'permits.validity-order', 'validUntil'],
      [{ validUntil: '2027-03-01' }, 'permits.validity-too-long', 'validUntil'],
    ]
    for (const [json, code, path] of cases) {
      const res = await submit(json)
      expect(res.status, code).toBe(400)
      expect(res.body.errors[0].data?.code).toBe(code)
      expect(res.body.errors[0].data?.errors?.[0]?.path ?? path).toBe(path)
    }
    const en = await api('/api/work-permits', {
      method: 'POST',
      auth: auth.engineering,
      headers: { 'Accept-Language': 'en' },
      json: {
        department: 'engineering',
        company: 'x',
        personInCharge: 'y',
        fee: 1,
        validFrom: '2026-12-01',
        validUntil: '2027-06-01',
        workers: [{ ...WORKERS[0], photo: await upload(auth.engineering) }],
      },
    })
    expect(en.body.errors[0].message).toContain('at most 90 days')
    expect((await (await testPayload()).count({ collection: 'work-permits' })).totalDocs).toBe(
      before,
    )
    // 90 days counting both ends is allowed.
    expect((await submit({ validUntil: '2027-02-28' })).status).toBe(201)
  })

  it('PMT-4: the department that submitted opens no card sheet (404): the photos are for the handlers', async () => {
    const p = await permit()
    await verify(p.id)
    const res = await page(`/office/permits/${p.id}/cards`, auth.engineering)
    expect(res.status).toBe(404)
    expect(res.html).not.toContain('permit-card')
  })
})

describe('cs', () => {
  it('PMT-1: changes the work period until Security verifies; then it is refused and unchanged', async () => {
    const p = await permit()
    const changed = await api(`/api/work-permits/${p.id}`, {
      method: 'PATCH',
      auth: auth.cs,
      json: { validUntil: '2026-12-20' },
    })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    const tz = 'Asia/Shanghai'
    const doc = await stored(p.id)
    const zone = typeof doc.estate === 'object' ? (doc.estate?.timeZone ?? tz) : tz
    expect(formatEstateDateTime(doc.validUntil, zone, 'en', { time: false })).toBe('20 Dec 2026')
    const backwards = await api(`/api/work-permits/${p.id}`, {
      method: 'PATCH',
      auth: auth.cs,
      json: { validUntil: '2026-11-01' },
    })
    expect(backwards.status).toBe(400)
    expect(backwards.body.errors[0].data?.code).toBe('permits.validity-order')
    await verify(p.id)
    const locked = await api(`/api/work-permits/${p.id}`, {
      method: 'PATCH',
      auth: auth.cs,
      json: { validUntil: '2026-12-25' },
    })
    expect(locked.status).toBe(400)
    expect(locked.body.errors[0].data?.code).toBe('permits.validity-locked')
    expect((await stored(p.id)).validUntil).toBe(doc.validUntil)
  })

  it('PMT-4: the card sheet of a verified permit has one card per worker: photo inline, masked ID, number and period; never the full ID', async () => {
    const p = await permit(3)
    await verify(p.id)
    const res = await page(`/office/permits/${p.id}/cards`, auth.cs)
    expect(res.status).toBe(200)
    expect(res.html.match(/class="pass-card permit-card"/g)).toHaveLength(3)
    expect(res.html.match(/src="data:image\/jpeg;base64,/g)).toHaveLength(3)
    for (const masked of ['A123****(7)', 'B234****(8)', '1101**********002X'])
      expect(res.html).toContain(masked)
    for (const full of ['A123456', 'B234567', '11010519491231002X'])
      expect(res.html).not.toContain(full)
    expect(res.html).toContain(permitNumber(p.id))
    expect(res.html).toContain('2026年12月1日至2026年12月31日')
    expect(res.html).toContain('施工許可證')
    const en = await page(`/office/permits/${p.id}/cards`, auth.cs, 'en')
    expect(en.html).toContain('1 Dec 2026 – 31 Dec 2026')
    expect(en.html).toContain('Work permit')
    expect(en.html).not.toContain('施工許可證卡')
  })

  it('PMT-4: before Security verifies there are no cards yet, and the page says so', async () => {
    const p = await permit()
    const res = await page(`/office/permits/${p.id}/cards`, auth.cs, 'en')
    expect(res.status).toBe(200)
    expect(res.html).not.toContain('permit-card')
    expect(res.html).toContain('once Security has verified this permit')
  })
})

describe('other staff, residents and another estate', () => {
  it('GEN-5: a guard, a resident and another estate’s cs get the 404 page in their language', async () => {
    const p = await permit()
    await verify(p.id)
    for (const who of [auth.guard, auth.resident, auth.otherEstateCs]) {
      const res = await page(`/office/permits/${p.id}/cards`, who, 'en')
      expect(res.status).toBe(404)
      expect(res.html).not.toContain('permit-card')
      expect(res.html).not.toContain('證卡工程')
      expect(res.html).toContain('Page not found')
    }
    const zh = await page(`/office/permits/${p.id}/cards`, auth.guard)
    expect(zh.status).toBe(404)
    expect(zh.html).toContain('找不到此頁')
  })
})

describe('anonymous and bad input', () => {
  it('GEN-1: malformed and unknown ids are the 404 page, never a 500; nobody signed in goes to sign in', async () => {
    for (const id of ['abc', '1e309', '-1', '0', '99999999', '%27%20OR%201%3D1']) {
      expect((await page(`/office/permits/${id}/cards`, auth.cs)).status, id).toBe(404)
    }
    const anonymous = await page('/office/permits/1/cards')
    expect(anonymous.status).toBe(307)
    expect(anonymous.location).toContain('/admin/login')
  })
})
