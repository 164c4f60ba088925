/**
 * The gate beyond the procedure (issue 10): the estate's do-not-admit list and its warnings on
 * requests and passes (VIS-2, VIS-4), recurring visitor passes on days and hours (VIS-4),
 * residents' own access passes checked at the gate (PAS-5), and visitors who came in with a
 * visitor pass on the end-of-day list and e-mail, with their check-out (VIS-5). Grouped by who
 * acts; each test makes its own data. Time-dependent rules use the server's clock: a recurring
 * pass is made for today's weekday and the hours around now, or for another weekday.
 */
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/domain/relations'
import { localTime, WEEKDAYS } from '@/domain/visitors/schedule'
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
let kiosk: Auth

beforeAll(async () => {
  const g = await makeStaff(['guard'], '保安丁')
  const c = await makeStaff(['cs'], '客服丁')
  const s = await makeStaff(['security'], '安全部丁')
  csId = c.id
  guard = { token: await login(g.email, g.password) }
  cs = { token: await login(c.email, c.password) }
  security = { token: await login(s.email, s.password) }
  kiosk = { apiKey: (await makeKiosk()).apiKey }
})

function expectRefusal(res: { status: number; body: any }, status: number, code?: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  const [error] = res.body.errors
  if (code) expect(error.data?.code ?? error.extensions?.code).toBe(code)
  expect(error.message).toBeTruthy()
  return error
}

const tag = () => Math.random().toString(36).slice(2, 8)
const hours = (n: number) => new Date(Date.now() + n * 3600_000).toISOString()

const list = (json: Record<string, unknown>, auth: Auth = cs) =>
  api('/api/do-not-admit', { method: 'POST', auth, json })

const ask = (json: Record<string, unknown>, auth: Auth = guard) =>
  api('/api/visitor-requests', { method: 'POST', auth, json })

const patch = (id: Id, json: Record<string, unknown>, auth: Auth) =>
  api(`/api/visitor-requests/${id}`, { method: 'PATCH', auth, json })

async function resident(estate?: Id) {
  const { household, members } = await makeHousehold(undefined, estate ? { estate } : {})
  const account = await makeResident(household.id, members[0]!.id)
  return {
    household,
    members,
    auth: { token: await login(account.email, account.password, 'residents') } as Auth,
  }
}

async function pass(auth: Auth, json: Record<string, unknown> = {}) {
  const res = await api('/api/visitor-passes', {
    method: 'POST',
    auth,
    json: { visitorName: '陳訪客', validFrom: hours(-1), validUntil: hours(3), ...json },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const share = await api(`/api/visitor-passes/${res.body.doc.id}/share`, { auth })
  return { id: res.body.doc.id as Id, token: share.body.token as string, doc: res.body.doc }
}

const scan = (token: unknown, auth: Auth = guard, lang = 'en') =>
  api('/api/visitor-passes/check-in', {
    method: 'POST',
    auth,
    json: { token },
    headers: { 'Accept-Language': lang },
  })

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** Today in the estate (Asia/Shanghai): the weekday, and hours that hold now. */
function today(offsetDays = 0) {
  const now = localTime(new Date(Date.now() + offsetDays * 86_400_000), 'Asia/Shanghai')
  return {
    weekday: now.weekday,
    around: {
      dailyFrom: hhmm(Math.max(0, now.minutes - 60)),
      dailyUntil: hhmm(Math.min(23 * 60 + 59, now.minutes + 60)),
    },
  }
}

describe('cs and security (keeping the do-not-admit list)', () => {
  it('VIS-2: cs adds an entry; who and when are the server’s; guards read it; residents and kiosks do not', async () => {
    const made = await list({
      name: '  黃 大仙 ',
      plate: 'yue b-9 9999',
      reason: '多次滋擾',
      createdBy: { relationTo: 'users', value: 1 },
      estate: 999,
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    expect(made.body.doc).toMatchObject({ name: '黃 大仙', plate: 'YUEB99999', reason: '多次滋擾' })
    expect(String(made.body.doc.createdBy?.value?.id ?? made.body.doc.createdBy?.value)).toBe(
      String(csId),
    )
    expect(made.body.doc.createdAt).toBeTruthy()
    const byGuard = await api(`/api/do-not-admit/${made.body.doc.id}`, { auth: guard })
    expect(byGuard.status).toBe(200)
    expectRefusal(await list({ name: 'x', reason: 'y' }, guard), 403)
    const { auth } = await resident()
    expect((await api('/api/do-not-admit', { auth })).status).toBe(403)
    expect((await api('/api/do-not-admit', { auth: kiosk })).status).toBe(403)
    const query = '{ DoNotAdmitEntries(limit: 500) { docs { id reason } } }'
    const gql = await graphql(query, auth)
    expect(JSON.stringify(gql.body)).not.toContain('多次滋擾')
    const byCs = await graphql(query, cs)
    expect(JSON.stringify(byCs.body.data)).toContain('多次滋擾')
    expect((await list({ organisation: '黑名單公司', reason: '欠款' }, security)).status).toBe(201)
  })

  it('VIS-2: an entry that names nobody, or gives no reason, is a 400 that writes nothing', async () => {
    expectRefusal(await list({ name: '  ', reason: 'x' }), 400, 'visitors.do-not-admit-empty')
    expectRefusal(await list({ plate: '-·-', reason: 'x' }), 400, 'visitors.do-not-admit-empty')
    expectRefusal(await list({ name: '某人', reason: '  ' }), 400)
  })

  it('VIS-2: another estate’s staff neither read nor change the entry', async () => {
    const other = await makeEstate('名單他苑')
    const theirCs = await makeStaff(['cs'], 'C', { estate: other.id })
    const auth = { token: await login(theirCs.email, theirCs.password) }
    const made = await list({ name: `甲${tag()}`, reason: 'r' })
    expect((await api(`/api/do-not-admit/${made.body.doc.id}`, { auth })).status).toBe(404)
    const changed = await api(`/api/do-not-admit/${made.body.doc.id}`, {
      method: 'PATCH',
      auth,
      json: { reason: 'changed' },
    })
    expect([403, 404]).toContain(changed.status)
    const payload = await testPayload()
    const kept = await payload.findByID({ collection: 'do-not-admit', id: made.body.doc.id })
    expect(kept.reason).toBe('r')
  })
})

describe('guard (warnings and refusals at the gate)', () => {
  it('VIS-2: a request whose plate or organisation matches the list carries the warning on the gate board', async () => {
    const org = `ＡＣＭＥ 裝修${tag()}`
    await list({ organisation: org, reason: '未經批准施工' })
    await list({ plate: `粵Z·${tag()}`.toUpperCase(), reason: 'other' })
    const { household } = await makeHousehold()
    const made = await ask({
      surname: '林',
      organisation: org.replace('ＡＣＭＥ', 'acme').replace(' ', ''),
      hostHousehold: household.id,
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const board = await api('/api/visitor-requests/board', { auth: guard })
    const row = board.body.requests.find(
      (r: { id: Id }) => String(r.id) === String(made.body.doc.id),
    )
    expect(row.doNotAdmit).toEqual([
      expect.objectContaining({ fields: ['organisation'], reason: '未經批准施工' }),
    ])
    const clean = await ask({
      surname: '林',
      organisation: '別的公司',
      hostHousehold: household.id,
    })
    const cleanRow = (await api('/api/visitor-requests/board', { auth: guard })).body.requests.find(
      (r: { id: Id }) => String(r.id) === String(clean.body.doc.id),
    )
    expect(cleanRow.doNotAdmit).toEqual([])
  })

  it('VIS-4: a pass whose visitor is on the list (even added after the pass) is refused do-not-admit, with the reason for the guard only; taken off the list, the pass admits at once', async () => {
    const name = `周${tag()}`
    const { auth } = await resident()
    const p = await pass(auth, { visitorName: name, maxUses: 3 })
    // The pass's creation read the list just now (the server keeps it a moment): the entry added
    // after must still count at the next scan.
    const entry = await list({ name: ` ${name} `, reason: '曾偷竊' })
    const byGuard = await scan(p.token, guard, 'zh-TW')
    expect(byGuard.status).toBe(403)
    expect(byGuard.body.reason).toBe('do-not-admit')
    expect(byGuard.body.errors[0].data.code).toBe('visitors.pass-do-not-admit')
    expect(byGuard.body.message).toContain('曾偷竊')
    expect(byGuard.body.message).toContain('禁止進入名單')
    const byKiosk = await scan(p.token, kiosk, 'en')
    expect(byKiosk.status).toBe(403)
    expect(byKiosk.body.reason).toBe('do-not-admit')
    expect(byKiosk.body.message).not.toContain('曾偷竊')
    const payload = await testPayload()
    const uses = await payload.count({
      collection: 'visitor-pass-uses',
      where: { pass: { equals: p.id } },
    })
    expect(uses.totalDocs).toBe(0)
    const removed = await api(`/api/do-not-admit/${entry.body.doc.id}`, {
      method: 'DELETE',
      auth: cs,
    })
    expect(removed.status, JSON.stringify(removed.body)).toBe(200)
    expect((await scan(p.token, guard)).status).toBe(200)
  })

  it('VIS-4: the pass given for a listed visitor carries the warning for staff; the resident never sees it', async () => {
    const name = `吳${tag()}`
    await list({ name, reason: '滋擾' })
    const { auth } = await resident()
    const p = await pass(auth, { visitorName: name })
    expect(p.doc.doNotAdmit).toBeUndefined()
    const mine = await api(`/api/visitor-passes/${p.id}`, { auth })
    expect(mine.body.doNotAdmit).toBeUndefined()
    const byCs = await api(`/api/visitor-passes/${p.id}`, { auth: cs })
    expect(byCs.body.doNotAdmit).toEqual([expect.objectContaining({ fields: ['name'] })])
  })
})

describe('cs (answering a flagged request)', () => {
  it('VIS-2: admitting a visitor on the list needs the override and a note; both are kept with who and when', async () => {
    const surname = `鄭${tag()}`
    await list({ name: surname, reason: '上次損壞電梯' })
    const { household } = await makeHousehold()
    const made = await ask({ surname, hostHousehold: household.id })
    const id = made.body.doc.id
    const answer = { status: 'admitted', confirmedBy: '住戶', confirmedHow: 'phone' }
    expectRefusal(await patch(id, answer, cs), 400, 'visitors.do-not-admit-override')
    expectRefusal(
      await patch(id, { ...answer, overrideWarning: true, overrideNote: '  ' }, cs),
      400,
      'visitors.do-not-admit-override',
    )
    expectRefusal(
      await patch(id, { ...answer, overrideNote: '住戶親自到大門接' }, cs),
      400,
      'visitors.do-not-admit-override',
    )
    const payload = await testPayload()
    expect((await payload.findByID({ collection: 'visitor-requests', id })).status).toBe('waiting')
    const ok = await patch(
      id,
      { ...answer, overrideWarning: true, overrideNote: '住戶親自到大門接' },
      cs,
    )
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    const doc = await payload.findByID({ collection: 'visitor-requests', id, depth: 0 })
    expect(doc).toMatchObject({
      status: 'admitted',
      overrideWarning: true,
      overrideNote: '住戶親自到大門接',
      overriddenBy: csId,
    })
    expect(doc.overriddenAt).toBeTruthy()
  })

  it('VIS-2: refusing a flagged visitor needs no override; an override sent with an unflagged admission is not kept', async () => {
    const surname = `馮${tag()}`
    await list({ name: surname, reason: 'r' })
    const { household } = await makeHousehold()
    const flagged = await ask({ surname, hostHousehold: household.id })
    const refused = await patch(
      flagged.body.doc.id,
      { status: 'refused', confirmedBy: '住戶', confirmedHow: 'phone' },
      cs,
    )
    expect(refused.status).toBe(200)
    const plain = await ask({ surname: '普通', hostHousehold: household.id })
    await patch(
      plain.body.doc.id,
      {
        status: 'admitted',
        confirmedBy: '住戶',
        confirmedHow: 'phone',
        overrideWarning: true,
        overrideNote: 'x',
      },
      cs,
    )
    const payload = await testPayload()
    const doc = await payload.findByID({ collection: 'visitor-requests', id: plain.body.doc.id })
    expect(doc.status).toBe('admitted')
    expect(doc.overrideWarning).toBeFalsy()
    expect(doc.overriddenBy ?? null).toBeNull()
  })

  it('VIS-2: a guard may not write the override', async () => {
    const surname = `陸${tag()}`
    await list({ name: surname, reason: 'r' })
    const { household } = await makeHousehold()
    const made = await ask({ surname, hostHousehold: household.id })
    const res = await patch(
      made.body.doc.id,
      {
        status: 'admitted',
        overrideWarning: true,
        overrideNote: 'x',
        confirmedBy: 'x',
        confirmedHow: 'phone',
      },
      guard,
    )
    expect([400, 403]).toContain(res.status)
    const payload = await testPayload()
    expect(
      (await payload.findByID({ collection: 'visitor-requests', id: made.body.doc.id })).status,
    ).toBe('waiting')
  })
})

describe('resident', () => {
  it('VIS-2: a resident cannot admit a flagged visitor in the portal (the office must), and does not see the warning', async () => {
    const surname = `蔣${tag()}`
    await list({ name: surname, reason: '秘密原因' })
    const { household, auth } = await resident()
    const made = await ask({ surname, hostHousehold: household.id })
    const mine = await api(`/api/visitor-requests/${made.body.doc.id}`, { auth })
    expect(mine.status).toBe(200)
    expect(JSON.stringify(mine.body)).not.toContain('秘密原因')
    expect(mine.body.doNotAdmit).toBeUndefined()
    const res = await patch(made.body.doc.id, { status: 'admitted' }, auth)
    expectRefusal(res, 403, 'visitors.do-not-admit-resident')
    expect(res.body.errors[0].message).not.toContain('秘密原因')
  })

  it('VIS-4: gives a recurring pass (days and hours, up to 3 months); the portal read shows the schedule', async () => {
    const { auth } = await resident()
    const made = await api('/api/visitor-passes', {
      method: 'POST',
      auth,
      json: {
        visitorName: '清潔工李姐',
        validFrom: hours(-1),
        validUntil: hours(24 * 80),
        days: ['thu', 'tue'],
        dailyFrom: '9:00',
        dailyUntil: '12:00',
      },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    expect(made.body.doc).toMatchObject({
      days: ['tue', 'thu'],
      dailyFrom: '09:00',
      dailyUntil: '12:00',
      state: 'active',
    })
  })

  it('VIS-4: a recurring pass beyond 3 months, without days, with bad hours, or hours without days is a 400', async () => {
    const { auth } = await resident()
    const base = {
      visitorName: '清潔工',
      validFrom: hours(-1),
      dailyFrom: '09:00',
      dailyUntil: '12:00',
    }
    const cases: [Record<string, unknown>, string][] = [
      [
        { ...base, validUntil: hours(24 * 95), days: ['tue'] },
        'visitors.pass-window-recurring-too-long',
      ],
      [
        { ...base, validUntil: hours(24 * 30), days: ['tue'], dailyUntil: '08:00' },
        'visitors.pass-schedule-hours',
      ],
      [
        { ...base, validUntil: hours(24 * 30), days: ['tue'], dailyFrom: '9am' },
        'visitors.pass-schedule-hours',
      ],
      [{ ...base, validUntil: hours(24 * 30) }, 'visitors.pass-schedule-days'],
      // Without days it is a one-off pass: at most 7 days.
      [
        { visitorName: 'x', validFrom: hours(-1), validUntil: hours(24 * 30) },
        'visitors.pass-window-too-long',
      ],
    ]
    for (const [json, code] of cases) {
      const res = await api('/api/visitor-passes', { method: 'POST', auth, json })
      expect(res.status, JSON.stringify(json)).toBe(400)
      expect(res.body.errors[0].data?.code, JSON.stringify(res.body)).toBe(code)
    }
    const bad = await api('/api/visitor-passes', {
      method: 'POST',
      auth,
      json: { ...base, validUntil: hours(24 * 30), days: ['someday'] },
    })
    expect(bad.status).toBe(400)
    expect((await api('/api/visitor-passes?depth=0', { auth })).body.totalDocs).toBe(0)
  })
})

describe('guard and kiosk (recurring passes)', () => {
  it('VIS-4: a recurring pass checks the visitor in on its day within its hours, its uses counted per day', async () => {
    const { auth } = await resident()
    const now = today()
    const p = await pass(auth, {
      validUntil: hours(24 * 30),
      days: [now.weekday],
      ...now.around,
      maxUses: 1,
    })
    const first = await scan(p.token, kiosk)
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body).toMatchObject({ use: 1, maxUses: 1, perDay: true })
    expect(first.body.schedule).toContain(now.around.dailyFrom)
    const again = await scan(p.token, guard)
    expect(again.status).toBe(409)
    expect(again.body.reason).toBe('used-up')
    expect(again.body.errors[0].data.code).toBe('visitors.pass-used-up-today')
    const payload = await testPayload()
    const [use] = (
      await payload.find({ collection: 'visitor-pass-uses', where: { pass: { equals: p.id } } })
    ).docs
    expect(use!.slot).toMatch(new RegExp(`^${p.id}#\\d{4}-\\d{2}-\\d{2}#1$`))
  })

  it('VIS-4: 8 parallel scans of a recurring 2-a-day pass at the gate and kiosks check in exactly 2', async () => {
    const { auth } = await resident()
    const now = today()
    const p = await pass(auth, {
      validUntil: hours(24 * 30),
      days: [now.weekday],
      ...now.around,
      maxUses: 2,
    })
    const other = { apiKey: (await makeKiosk()).apiKey }
    const scanners = [guard, kiosk, other, guard, kiosk, other, guard, kiosk]
    const results = await Promise.all(scanners.map((who) => scan(p.token, who)))
    expect(results.filter((r) => r.status === 200)).toHaveLength(2)
    expect(results.filter((r) => r.status === 409).every((r) => r.body.reason === 'used-up')).toBe(
      true,
    )
    const payload = await testPayload()
    const uses = await payload.count({
      collection: 'visitor-pass-uses',
      where: { pass: { equals: p.id } },
    })
    expect(uses.totalDocs).toBe(2)
  })

  it('VIS-4: outside its days it is refused not-yet-valid, naming its days and hours; with no window left, expired', async () => {
    const { auth } = await resident()
    const other = WEEKDAYS.find((d) => d !== today().weekday && d !== today(1).weekday)!
    const p = await pass(auth, {
      validUntil: hours(24 * 30),
      days: [other],
      dailyFrom: '09:00',
      dailyUntil: '12:00',
    })
    const res = await scan(p.token, guard, 'en')
    expect(res.status).toBe(409)
    expect(res.body.reason).toBe('not-yet-valid')
    expect(res.body.errors[0].data.code).toBe('visitors.pass-off-hours')
    expect(res.body.message).toMatch(/only on \w+days 09:00–12:00/)
    const zh = await scan(p.token, kiosk, 'zh-TW')
    expect(zh.body.message).toContain('逢星期')
    // Ends before its next day comes round: no window is left.
    const ending = await pass(auth, {
      validUntil: hours(20),
      days: [today(3).weekday],
      dailyFrom: '09:00',
      dailyUntil: '12:00',
    })
    const over = await scan(ending.token, guard)
    expect(over.status).toBe(410)
    expect(over.body.reason).toBe('expired')
    expect(over.body.errors[0].data.code).toBe('visitors.pass-hours-over')
  })
})

describe('guard (residents’ own access passes, PAS-5)', () => {
  async function residentPass(status: 'active' | 'lost' | 'void' | 'prepared', estate?: Id) {
    const { household, members } = await makeHousehold(
      [{ name: '何美玲', relationship: 'owner', gender: 'female' }],
      estate ? { estate } : {},
    )
    const payload = await testPayload()
    const found = await payload.find({
      collection: 'passes',
      where: { member: { equals: members[0]!.id } },
      limit: 1,
      showHiddenFields: true,
    })
    const p = found.docs[0]!
    if (status !== 'prepared') {
      await payload.db.updateOne({ collection: 'passes', id: p.id, data: { status } } as never)
    }
    return { household, pass: p }
  }
  const check = (code: unknown, auth: Auth = guard, lang = 'en') =>
    api('/api/passes/gate-check', {
      method: 'POST',
      auth,
      json: { code },
      headers: { 'Accept-Language': lang },
    })

  it('PAS-5: the QR or the number shows holder, unit and status, and nothing more', async () => {
    const { household, pass: p } = await residentPass('active')
    const byToken = await check(p.qrToken)
    expect(byToken.status, JSON.stringify(byToken.body)).toBe(200)
    expect(byToken.body).toEqual({
      number: p.number,
      status: 'active',
      statusLabel: { en: 'Active', 'zh-TW': '有效' },
      admit: true,
      holder: '何美玲',
      unit: household.unit,
      photo: null,
    })
    const byNumber = await check(` ${p.number} `, security)
    expect(byNumber.status).toBe(200)
    expect(byNumber.body.holder).toBe('何美玲')
  })

  it('PAS-5: the holder’s photo comes inline with the check, while member photos stay closed to guards', async () => {
    const { pass: p } = await residentPass('active')
    const payload = await testPayload()
    const jpeg = await sharp({
      create: { width: 60, height: 80, channels: 3, background: { r: 40, g: 90, b: 160 } },
    })
      .jpeg()
      .toBuffer()
    const photo = await payload.create({
      collection: 'member-photos',
      data: { member: idOf(p.member)! } as never,
      file: { data: jpeg, mimetype: 'image/jpeg', name: 'holder.jpg', size: jpeg.length },
      overrideAccess: true,
    })
    const res = await check(p.qrToken)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.photo.alt).toBe('何美玲')
    expect(res.body.photo.url).toMatch(/^data:image\/jpeg;base64,/)
    const shown = await sharp(Buffer.from(res.body.photo.url.split(',')[1], 'base64')).metadata()
    expect([shown.width, shown.height]).toEqual([240, 300])
    // The guard saw that one photo; the collection itself is still the office's.
    const direct = await api(`/api/member-photos/${photo.id}`, { auth: guard })
    expect([403, 404]).toContain(direct.status)
  })

  it('PAS-5: a lost, void or not yet handed over pass is shown as such, not to be admitted', async () => {
    for (const status of ['lost', 'void', 'prepared'] as const) {
      const { pass: p } = await residentPass(status)
      const res = await check(p.qrToken)
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ status, admit: false })
    }
  })

  it('PAS-5: another estate’s pass, a malformed or unknown code is refused; cs, residents and kiosks may not check', async () => {
    const other = await makeEstate('出入證他苑')
    const { pass: theirs } = await residentPass('active', other.id)
    expectRefusal(await check(theirs.qrToken), 404, 'passes.gate-unknown')
    expectRefusal(await check({ $ne: '' }), 400, 'passes.gate-unknown')
    expectRefusal(await check('x'.repeat(300)), 400, 'passes.gate-unknown')
    expectRefusal(await check(theirs.qrToken, cs), 403, 'passes.gate-check-by-guard')
    expectRefusal(await check(theirs.qrToken, kiosk), 403, 'passes.gate-check-by-guard')
    const { auth } = await resident()
    expectRefusal(await check(theirs.qrToken, auth), 403, 'passes.gate-check-by-guard')
    const anonymous = await api('/api/passes/gate-check', {
      method: 'POST',
      json: { code: theirs.qrToken },
    })
    expect(anonymous.status).toBe(403)
  })

  it('PAS-5: codes that match nothing are limited per device (10 per 15 minutes)', async () => {
    const g = await makeStaff(['guard'], '保安試')
    const auth = { token: await login(g.email, g.password) }
    const { pass: p } = await residentPass('active')
    for (let i = 0; i < 10; i++) expect((await check(`NOPE-${i}`, auth)).status).toBe(404)
    expectRefusal(await check('NOPE-last', auth), 429, 'passes.gate-too-many')
    expectRefusal(await check(p.qrToken, auth), 429, 'passes.gate-too-many')
    expect((await check(p.qrToken)).status).toBe(200)
  })
})

describe('VIS-5: visitors with a visitor pass at the end of the day', () => {
  it('VIS-5: a pass visitor is on the board, the inside page and the e-mail until the guard checks them out', async () => {
    const { reportVisitorsInside } = await import('@/domain/visitors/reportVisitorsInside')
    const estate = await makeEstate('通行證夜報苑')
    const sec = await makeStaff(['security'], 'Sec', { estate: estate.id })
    const localGuard = await makeStaff(['guard'], 'G', { estate: estate.id })
    const g = { token: await login(localGuard.email, localGuard.password) }
    const k = { apiKey: (await makeKiosk({ estate: estate.id })).apiKey }
    const { auth, household } = await resident(estate.id)
    const name = `訪客${tag()}`
    const p = await pass(auth, { visitorName: name, maxUses: 2 })
    const inAtKiosk = await scan(p.token, k)
    expect(inAtKiosk.status, JSON.stringify(inAtKiosk.body)).toBe(200)

    const board = await api('/api/visitor-requests/board', { auth: g })
    expect(board.body.inside.count).toBe(1)
    expect(board.body.inside.latest).toEqual([
      expect.objectContaining({
        kind: 'pass',
        name,
        hostUnit: household.unit,
        place: 'kiosk',
        canCheckOut: true,
      }),
    ])
    const page = await api('/office/visitors/inside', {
      auth: { token: await login(sec.email, sec.password) },
    })
    expect(String(page.body)).toContain(name)

    const payload = await testPayload()
    await reportVisitorsInside(payload, { now: new Date('2026-12-02T14:05:00Z') })
    const mail = (
      await payload.find({ collection: 'notifications', where: { to: { equals: sec.email } } })
    ).docs
    expect(mail).toHaveLength(1)
    expect(mail[0]!.body).toContain(name)
    expect(mail[0]!.body).toContain(household.unit)
    expect(mail[0]!.subject).toContain('1')

    const out = await api('/api/visitor-passes/check-out', {
      method: 'POST',
      auth: g,
      json: { use: inAtKiosk.body.useId },
    })
    expect(out.status, JSON.stringify(out.body)).toBe(200)
    expect(out.body.checkedOutAt).toBeTruthy()
    const after = await api('/api/visitor-requests/board', { auth: g })
    expect(after.body.inside).toMatchObject({ count: 0, latest: [] })
    expectRefusal(
      await api('/api/visitor-passes/check-out', {
        method: 'POST',
        auth: g,
        json: { use: inAtKiosk.body.useId },
      }),
      409,
      'visitors.pass-use-checked-out',
    )
  })

  it('VIS-5: only a guard of the estate checks a pass visitor out; bad ids are 4xx', async () => {
    const { auth } = await resident()
    const p = await pass(auth)
    const inside = await scan(p.token, guard)
    const useId = inside.body.useId
    const out = (json: unknown, who: Auth) =>
      api('/api/visitor-passes/check-out', { method: 'POST', auth: who, json })
    expectRefusal(await out({ use: useId }, kiosk), 403, 'visitors.pass-use-by-guard')
    expectRefusal(await out({ use: useId }, cs), 403, 'visitors.pass-use-by-guard')
    expectRefusal(await out({ use: useId }, auth), 403, 'visitors.pass-use-by-guard')
    expectRefusal(await out({ use: 'abc' }, guard), 400, 'visitors.pass-use-unknown')
    expectRefusal(await out({ use: { in: [1] } }, guard), 400, 'visitors.pass-use-unknown')
    expectRefusal(await out({ use: 2_000_000_000 }, guard), 404, 'visitors.pass-use-unknown')
    const other = await makeEstate('退場他苑')
    const theirGuard = await makeStaff(['guard'], 'G', { estate: other.id })
    const theirs = { token: await login(theirGuard.email, theirGuard.password) }
    expectRefusal(await out({ use: useId }, theirs), 404, 'visitors.pass-use-unknown')
    expect((await out({ use: useId }, guard)).status).toBe(200)
  })
})
