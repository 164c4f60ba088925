/**
 * Complaint deadlines (CMP-3, GEN-4): each department has its own response time for the
 * supervisor's answer (24 hours unless the estate says otherwise), with a warning before it runs
 * out; re-routing sets the new department's time; the queues mark "due soon" and "overdue" in
 * words; a job tells the department and customer service once at the warning and once at the
 * deadline, through the outbox. The job reads a clock the tests move. Grouped by who acts, in an
 * estate of their own, so no other test's settings or complaints count.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { alertComplaintDeadlines } from '@/domain/complaints/alertComplaintDeadlines'
import { type Auth, api, login } from '../support/http'
import { makeEstate, makeHousehold, makeStaff, testPayload } from '../support/payload'

type Id = number | string
const HOUR = 3600_000
let estate: Id
let settingsId: Id
const auth: Record<'cs' | 'supervisor' | 'manager' | 'engineering' | 'environment', Auth> =
  {} as never
const email: Record<keyof typeof auth, string> = {} as never
let unit: Id

beforeAll(async () => {
  estate = (await makeEstate('期限屋苑')).id
  const roles = ['cs', 'supervisor', 'manager', 'engineering', 'environment'] as const
  for (const role of roles) {
    const staff = await makeStaff([role], `${role} 期限`, { estate })
    email[role] = staff.email
    auth[role] = { token: await login(staff.email, staff.password) }
  }
  unit = (await makeHousehold(undefined, { estate })).household.id
  const payload = await testPayload()
  const found = await payload.find({
    collection: 'estate-settings',
    where: { estate: { equals: estate } },
    limit: 1,
    depth: 0,
  })
  settingsId = found.docs[0]!.id
})

function expectRefusal(res: { status: number; body: any }, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  expect(res.body.errors[0].data?.code).toBe(code)
}

const record = (json: Record<string, unknown> = {}) =>
  api('/api/complaints', {
    method: 'POST',
    auth: auth.cs,
    json: {
      household: unit,
      channel: 'written',
      residentName: '李小姐',
      problem: '走廊燈不亮',
      ...json,
    },
  })

const patch = (id: Id, json: Record<string, unknown>, who: Auth) =>
  api(`/api/complaints/${id}`, { method: 'PATCH', auth: who, json })

async function stored(id: Id) {
  return (await testPayload()).findByID({ collection: 'complaints', id, depth: 0 })
}

/** The deadline messages of one complaint in someone's outbox. */
async function alertsTo(to: string, number: string) {
  const { docs } = await (
    await testPayload()
  ).find({
    collection: 'notifications',
    where: { to: { equals: to }, dedupeKey: { like: 'complaint-' } },
    limit: 100,
    depth: 0,
  })
  return docs
    .filter((m) => m.subject.includes(number) && /^complaint-(warning|overdue):/.test(m.dedupeKey!))
    .map((m) => m.dedupeKey!.split(':')[0])
    .sort()
}

describe('staff: manager', () => {
  it('CMP-3 deadline: sets a response time per department and the warning lead; bad values are refused with a message', async () => {
    const res = await api(`/api/estate-settings/${settingsId}`, {
      method: 'PATCH',
      auth: auth.manager,
      json: { complaintResponseHours: { engineering: 8, security: 2 }, complaintWarnHours: 3 },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.doc.complaintResponseHours).toMatchObject({
      cs: 24,
      engineering: 8,
      environment: 24,
      security: 2,
      developer: 24,
      outside: 24,
    })
    for (const bad of [
      { complaintResponseHours: { engineering: 0 } },
      { complaintResponseHours: { cs: 'soon' } },
      { complaintWarnHours: -1 },
    ]) {
      const refused = await api(`/api/estate-settings/${settingsId}`, {
        method: 'PATCH',
        auth: auth.manager,
        json: bad,
      })
      expect(refused.status, JSON.stringify(bad)).toBe(400)
      expect(refused.body.errors[0].message).toBeTruthy()
    }
    const cs = await api(`/api/estate-settings/${settingsId}`, {
      method: 'PATCH',
      auth: auth.cs,
      json: { complaintWarnHours: 1 },
    })
    expect(cs.status).toBe(403)
  })
})

describe('staff: cs', () => {
  it('CMP-3 deadline: a complaint is due by its department’s time from when it was received, warned the lead before', async () => {
    const before = Date.now()
    const eng = await record({ department: 'engineering' })
    const plain = await record()
    expect(eng.status, JSON.stringify(eng.body)).toBe(201)
    const after = Date.now()
    const due = Date.parse(eng.body.doc.respondBy)
    expect(due).toBeGreaterThanOrEqual(before + 8 * HOUR)
    expect(due).toBeLessThanOrEqual(after + 8 * HOUR)
    expect(Date.parse(eng.body.doc.warnAt)).toBe(due - 3 * HOUR)
    expect(Date.parse(plain.body.doc.respondBy)).toBeGreaterThanOrEqual(before + 24 * HOUR)
    // A lead longer than the time itself warns from the start, never before the complaint.
    const security = await record({ department: 'security' })
    const sec = await stored(security.body.doc.id)
    expect(Date.parse(sec.warnAt!)).toBe(Date.parse(sec.createdAt))
    expect(Date.parse(sec.respondBy!)).toBe(Date.parse(sec.createdAt) + 2 * HOUR)
  })

  it('CMP-3 deadline: re-routing before the answer recomputes the time from receipt; the client cannot write it', async () => {
    const made = await record({ department: 'cs' })
    const id = made.body.doc.id
    const createdAt = Date.parse((await stored(id)).createdAt)
    const rerouted = await patch(id, { department: 'engineering' }, auth.cs)
    expect(rerouted.status, JSON.stringify(rerouted.body)).toBe(200)
    expect(Date.parse(rerouted.body.doc.respondBy)).toBe(createdAt + 8 * HOUR)
    expect(Date.parse(rerouted.body.doc.warnAt)).toBe(createdAt + 5 * HOUR)
    const forged = await patch(id, { respondBy: '2030-01-01T00:00:00.000Z' }, auth.cs)
    expect(forged.status).toBeLessThan(500)
    expect(Date.parse((await stored(id)).respondBy!)).toBe(createdAt + 8 * HOUR)
    const forgedOnCreate = await record({ respondBy: '2030-01-01T00:00:00.000Z', warnAt: null })
    expect(forgedOnCreate.status).toBe(201)
    expect(forgedOnCreate.body.doc.respondBy).not.toBe('2030-01-01T00:00:00.000Z')
    // An unknown department is a 400 with a message, not a broken deadline.
    const bad = await patch(id, { department: 'plumbing' }, auth.cs)
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toBeTruthy()
  })

  it('CMP-3 deadline: the desk shows "due soon" and "overdue" in words, overdue first; an answered one is neither', async () => {
    const payload = await testPayload()
    const [late, soon, calm, answered] = await Promise.all([
      record({ problem: '逾期的投訴' }),
      record({ problem: '快到期的投訴' }),
      record({ problem: '未到期的投訴' }),
      record({ problem: '已回應的投訴' }),
    ])
    const now = Date.now()
    const setDeadline = (id: Id, respondBy: number, warnAt: number) =>
      payload.db.updateOne({
        collection: 'complaints',
        where: { id: { equals: id } },
        data: {
          respondBy: new Date(respondBy).toISOString(),
          warnAt: new Date(warnAt).toISOString(),
        },
      })
    await setDeadline(late.body.doc.id, now - HOUR, now - 4 * HOUR)
    await setDeadline(soon.body.doc.id, now + HOUR, now - HOUR)
    await setDeadline(answered.body.doc.id, now - HOUR, now - 4 * HOUR)
    const planned = await patch(
      answered.body.doc.id,
      { status: 'planned', plan: '更換燈管', committedTime: '2026-12-01T02:00:00.000Z' },
      auth.supervisor,
    )
    expect(planned.status, JSON.stringify(planned.body)).toBe(200)

    for (const [lang, words] of [
      ['en', { overdue: 'Overdue', 'due-soon': 'Due soon' }],
      ['zh-TW', { overdue: '已逾期', 'due-soon': '即將逾期' }],
    ] as const) {
      const page = await api('/office/complaints', {
        auth: auth.cs,
        headers: { Cookie: `payload-lng=${lang}` },
      })
      expect(page.status).toBe(200)
      const html = String(page.body)
      const row = (number: string) => {
        const at = html.indexOf(`>${number}<`)
        expect(at, number).toBeGreaterThan(-1)
        return html.slice(html.lastIndexOf('<tr', at), html.indexOf('</tr>', at))
      }
      expect(row(late.body.doc.number)).toContain('data-deadline="overdue"')
      expect(row(late.body.doc.number)).toContain(words.overdue)
      expect(row(soon.body.doc.number)).toContain('data-deadline="due-soon"')
      expect(row(soon.body.doc.number)).toContain(words['due-soon'])
      expect(row(calm.body.doc.number)).not.toContain('data-deadline')
      expect(row(answered.body.doc.number)).not.toContain('data-deadline')
      // Overdue first in the received queue, then due soon, then the rest.
      const order = [late, soon, calm].map((c) => html.indexOf(`>${c.body.doc.number}<`))
      expect([...order].sort((a, b) => a - b)).toEqual(order)
    }
  })
})

describe('staff: engineering', () => {
  it('CMP-3 deadline: the department’s list is its own complaints, the due and overdue ones counted on its dashboard', async () => {
    const payload = await testPayload()
    const mine = await record({ department: 'engineering', problem: '機電：水泵異響' })
    const theirs = await record({ department: 'environment', problem: '環境：垃圾房異味' })
    for (const c of [mine, theirs]) {
      await payload.db.updateOne({
        collection: 'complaints',
        where: { id: { equals: c.body.doc.id } },
        data: { warnAt: new Date(Date.now() - HOUR).toISOString() },
      })
    }
    const { countDesks } = await import('@/domain/dashboard/countDesks')
    const user = await payload.find({
      collection: 'users',
      where: { email: { equals: email.engineering } },
      limit: 1,
    })
    const desks = await countDesks(payload, { ...user.docs[0]!, collection: 'users' } as never)
    const due = desks.find((d) => d.key === 'complaints-due')!
    expect(due.count).toBeGreaterThanOrEqual(1)
    expect(due.href).toContain('/admin/collections/complaints?')
    const list = await api(
      `/api/complaints${due.href.slice(due.href.indexOf('?'))}&depth=0&limit=100`,
      { auth: auth.engineering },
    )
    expect(list.status).toBe(200)
    const ids = list.body.docs.map((d: { id: Id }) => String(d.id))
    expect(ids).toContain(String(mine.body.doc.id))
    expect(ids).not.toContain(String(theirs.body.doc.id))
  })
})

describe('operator: the deadline job', () => {
  it('CMP-3 deadline: one warning at the warning point and one alert at the deadline, to the department and CS, through the outbox', async () => {
    const made = await record({ department: 'engineering' })
    const { id, number } = made.body.doc
    const doc = await stored(id)
    const warnAt = Date.parse(doc.warnAt!)
    const due = Date.parse(doc.respondBy!)
    const payload = await testPayload()

    await alertComplaintDeadlines(payload, { now: new Date(warnAt - 60_000) })
    expect(await alertsTo(email.engineering, number)).toEqual([])

    await alertComplaintDeadlines(payload, { now: new Date(warnAt + 60_000) })
    await alertComplaintDeadlines(payload, { now: new Date(warnAt + 120_000) })
    expect(await alertsTo(email.engineering, number)).toEqual(['complaint-warning'])
    expect(await alertsTo(email.cs, number)).toEqual(['complaint-warning'])
    // Not Environment's complaint; the supervisor answers only for outside parties.
    expect(await alertsTo(email.environment, number)).toEqual([])
    expect(await alertsTo(email.supervisor, number)).toEqual([])

    await alertComplaintDeadlines(payload, { now: new Date(due + 60_000) })
    await alertComplaintDeadlines(payload, { now: new Date(due + 3 * HOUR) })
    expect(await alertsTo(email.engineering, number)).toEqual([
      'complaint-overdue',
      'complaint-warning',
    ])
    expect(await alertsTo(email.cs, number)).toEqual(['complaint-overdue', 'complaint-warning'])
    const mails = await payload.find({
      collection: 'notifications',
      where: { to: { equals: email.engineering }, subject: { contains: number } },
      depth: 0,
    })
    for (const m of mails.docs) {
      expect(m.status).toBe('queued')
      expect(m.subject).toMatch(/逾期/)
    }
  })

  it('CMP-3 deadline: a complaint answered in time, or found already overdue, is told no more than once', async () => {
    const payload = await testPayload()
    const answered = await record({ department: 'engineering', problem: '及時回應' })
    const ok = await patch(
      answered.body.doc.id,
      { status: 'planned', plan: '今日處理', committedTime: '2026-12-01T02:00:00.000Z' },
      auth.supervisor,
    )
    expect(ok.status).toBe(200)
    const late = await record({ department: 'developer', problem: '外牆滲水' })
    const due = Date.parse((await stored(late.body.doc.id)).respondBy!)
    await alertComplaintDeadlines(payload, { now: new Date(due + HOUR) })
    await alertComplaintDeadlines(payload, { now: new Date(due + 2 * HOUR) })
    expect(await alertsTo(email.engineering, answered.body.doc.number)).toEqual([])
    expect(await alertsTo(email.cs, answered.body.doc.number)).toEqual([])
    // Found past its time: the overdue alert only, to the supervisor (CMP-5) and CS.
    expect(await alertsTo(email.supervisor, late.body.doc.number)).toEqual(['complaint-overdue'])
    expect(await alertsTo(email.cs, late.body.doc.number)).toEqual(['complaint-overdue'])
    expect(await alertsTo(email.engineering, late.body.doc.number)).toEqual([])
  })

  it('CMP-3 deadline: re-routed after a warning, the new department gets its own warning for the new time', async () => {
    const payload = await testPayload()
    const made = await record({ department: 'cs', problem: '大堂門鐘故障' })
    const id = made.body.doc.id
    const first = await stored(id)
    await alertComplaintDeadlines(payload, { now: new Date(Date.parse(first.warnAt!) + 60_000) })
    expect(await alertsTo(email.cs, made.body.doc.number)).toEqual(['complaint-warning'])
    expect((await patch(id, { department: 'engineering' }, auth.cs)).status).toBe(200)
    const second = await stored(id)
    expect(second.warnedAt ?? null).toBeNull()
    await alertComplaintDeadlines(payload, { now: new Date(Date.parse(second.warnAt!) + 60_000) })
    expect(await alertsTo(email.engineering, made.body.doc.number)).toEqual(['complaint-warning'])
  })
})
