/**
 * Complaints (CMP-1 … CMP-8, HV-4, GEN-1, GEN-2, GEN-4, GEN-5): recorded by the office or by a
 * resident in the portal, numbered by the server, routed, planned and timed only by a supervisor,
 * worked on, accepted or reopened with a reason, closed by itself when the resident stays silent.
 * Grouped by who acts; each test makes its own data.
 */
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { closeUnansweredComplaints } from '@/domain/complaints/closeUnansweredComplaints'
import { tellNewComplaint } from '@/domain/complaints/tellAboutComplaint'
import { ABANDONED_JOB_MS, releaseAbandonedJobs } from '@/jobs/tidyJobQueue'
import { type Auth, api, graphql, login } from '../support/http'
import {
  makeEstate,
  makeHousehold,
  makeKiosk,
  makeResident,
  makeStaff,
  runQueuedJobs,
  SIGNATURE_PNG,
  testPayload,
  uniqueUnit,
} from '../support/payload'

type Id = number | string
const PNG = Buffer.from(SIGNATURE_PNG.split(',')[1]!, 'base64')
let cs: Auth
let supervisor: Auth
let manager: Auth
let managerEmail: string
let engineering: Auth
let guard: Auth
let csId: Id
let supervisorId: Id

beforeAll(async () => {
  const [c, s, m, e, g] = await Promise.all([
    makeStaff(['cs'], '客服甲'),
    makeStaff(['supervisor'], '主管甲'),
    makeStaff(['manager'], '經理甲'),
    makeStaff(['engineering'], '機電甲'),
    makeStaff(['guard'], '保安甲'),
  ])
  managerEmail = m.email
  csId = c.id
  supervisorId = s.id
  ;[cs, supervisor, manager, engineering, guard] = await Promise.all(
    [c, s, m, e, g].map(async (u) => ({ token: await login(u.email, u.password) })),
  )
})

function expectRefusal(res: { status: number; body: any }, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  const [error] = res.body.errors
  expect(error.data?.code ?? error.extensions?.code).toBe(code)
  expect(error.message).toBeTruthy()
  return error
}

/** A household with a member and a portal account. */
async function household() {
  const { household, members } = await makeHousehold([
    { name: '陳大文', relationship: 'owner', gender: 'male' },
  ])
  const resident = await makeResident(household.id, members[0]!.id)
  const auth = { token: await login(resident.email, resident.password, 'residents') }
  return { household, members, resident, auth }
}

const record = (json: Record<string, unknown>, auth: Auth = cs) =>
  api('/api/complaints', {
    method: 'POST',
    auth,
    json: {
      channel: 'phone',
      residentName: '陳大文',
      problem: '廚房水喉漏水',
      readBack: true,
      ...json,
    },
  })

const patch = (id: Id, json: Record<string, unknown>, auth: Auth) =>
  api(`/api/complaints/${id}`, { method: 'PATCH', auth, json })

async function stored(id: Id) {
  const payload = await testPayload()
  return payload.findByID({ collection: 'complaints', id, depth: 0 })
}

/** The outbox of one address, once the queued new-complaint e-mails are stored (as the cron would). */
async function outboxFor(to: string) {
  await runQueuedJobs('tellNewComplaint')
  const payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'notifications',
    where: { to: { equals: to } },
    sort: 'createdAt',
    limit: 100,
    depth: 0,
  })
  return docs
}

async function uploadPhoto(token: string, data: Buffer, type: string, name = 'leak.png') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify({}))
  const res = await fetch(`${inject('baseURL')}/api/complaint-photos`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}`, 'Accept-Language': 'en' },
    body: form,
  })
  return { status: res.status, body: (await res.json().catch(() => null)) as any }
}

/** A complaint moved along the table to `to` by the right people. */
async function complaintAt(to: string, h?: Awaited<ReturnType<typeof household>>) {
  const home = h ?? (await household())
  const made = await record({ household: home.household.id, department: 'engineering' })
  expect(made.status, JSON.stringify(made.body)).toBe(201)
  // Its e-mails stored, as the cron does within seconds, long before anyone acts on it.
  await runQueuedJobs('tellNewComplaint')
  const id = made.body.doc.id
  const steps: [string, Auth, Record<string, unknown>][] = [
    ['planned', supervisor, { plan: '機電部上門檢查', committedTime: '2026-12-01T02:00:00.000Z' }],
    ['scheduled', cs, {}],
    ['in-progress', engineering, {}],
    ['awaiting-acceptance', engineering, {}],
    ['closed', home.auth, {}],
  ]
  for (const [status, auth, extra] of steps) {
    if (made.body.doc.status === to) break
    const res = await patch(id, { status, ...extra }, auth)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    if (status === to) break
  }
  return { id, home, number: made.body.doc.number as string }
}

describe('staff: cs', () => {
  it('CMP-1: records a phone complaint against a unit of the register; the server numbers it and keeps who and when', async () => {
    const { household: h, resident } = await household()
    const res = await record({ household: h.id, department: 'engineering' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc).toMatchObject({
      status: 'received',
      channel: 'phone',
      department: 'engineering',
      readBack: true,
      reopenCount: 0,
    })
    expect(res.body.doc.number).toMatch(/^SG-\d{6}$/)
    // The recorder (read back at the default depth: their own account, so populated).
    expect(String(res.body.doc.createdByStaff?.id)).toBe(String(csId))
    expect(res.body.doc.createdByResident ?? null).toBeNull()
    expect(res.body.doc.respondBy).toBeTruthy()
    // CMP-1: the resident gets the number at once, by e-mail through the outbox (GEN-4).
    const mails = await outboxFor(resident.email)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toContain(res.body.doc.number)
    expect(mails[0]!.status).toBe('queued')
  })

  it('CMP-1: numbers are unique even when complaints are saved at the same moment', async () => {
    const { household: h } = await household()
    const results = await Promise.all(Array.from({ length: 6 }, () => record({ household: h.id })))
    for (const r of results) expect(r.status, JSON.stringify(r.body)).toBe(201)
    const numbers = results.map((r) => r.body.doc.number)
    expect(new Set(numbers).size).toBe(6)
  })

  it('CMP-2: a phone or walk-in complaint not read back is refused and nothing is written; a written one needs no read-back', async () => {
    const { household: h } = await household()
    const payload = await testPayload()
    const before = (await payload.count({ collection: 'complaints' })).totalDocs
    expectRefusal(
      await record({ household: h.id, readBack: false }),
      400,
      'complaint.read-back-required',
    )
    expectRefusal(
      await record({ household: h.id, channel: 'walk-in', readBack: undefined }),
      400,
      'complaint.read-back-required',
    )
    expect((await payload.count({ collection: 'complaints' })).totalDocs).toBe(before)
    const written = await record({ household: h.id, channel: 'written', readBack: false })
    expect(written.status, JSON.stringify(written.body)).toBe(201)
  })

  it('CMP-1: unknown unit, empty or over-long problem, unknown channel or department, a malformed date: 400 with a message, nothing written', async () => {
    const { household: h } = await household()
    const other = await makeEstate()
    const { household: theirs } = await makeHousehold(undefined, { estate: other.id })
    const payload = await testPayload()
    const before = (await payload.count({ collection: 'complaints' })).totalDocs
    expectRefusal(await record({ household: 99999999 }), 400, 'complaint.unit-unknown')
    // Ids of the wrong shape or out of the column's range: a 400 too, never a 5xx.
    for (const bad of [99999999999, 'abc', -1, 1.5]) {
      expect((await record({ household: bad })).status, JSON.stringify(bad)).toBe(400)
    }
    expectRefusal(await record({ household: theirs.id }), 400, 'complaint.unit-unknown')
    expectRefusal(
      await record({ household: h.id, problem: '   ' }),
      400,
      'complaint.problem-required',
    )
    const long = await record({ household: h.id, problem: 'x'.repeat(5001) })
    expect(long.status).toBe(400)
    for (const bad of [
      { channel: 'fax' },
      { department: 'plumbing' },
      { requestedTime: 'next tuesday' },
      { channel: 'portal' },
    ]) {
      const res = await record({ household: h.id, ...bad })
      expect(res.status, JSON.stringify(bad)).toBe(400)
      expect(res.body.errors[0].message).toBeTruthy()
    }
    const malformed = await record({ household: 'abc' })
    expect(malformed.status).toBe(400)
    expect((await payload.count({ collection: 'complaints' })).totalDocs).toBe(before)
  })

  it('CMP-3: cannot write the plan or the committed time, on creation or later, nor make the planning move', async () => {
    const { household: h } = await household()
    expectRefusal(
      await record({ household: h.id, plan: '明天去', committedTime: '2026-12-01T02:00:00.000Z' }),
      400,
      'complaint.plan-supervisor-only',
    )
    const made = await record({ household: h.id, requestedTime: '2026-12-02T06:00:00.000Z' })
    const id = made.body.doc.id
    expectRefusal(
      await patch(id, { committedTime: '2026-12-01T02:00:00.000Z' }, cs),
      400,
      'complaint.plan-supervisor-only',
    )
    expectRefusal(await patch(id, { status: 'planned' }, cs), 400, 'complaint.plan-supervisor-only')
    const doc = await stored(id)
    expect(doc.status).toBe('received')
    expect(doc.committedTime ?? null).toBeNull()
    // The resident's wish stays a wish.
    expect(doc.requestedTime).toBe('2026-12-02T06:00:00.000Z')
  })

  it('CMP-8: a move off the table is refused and changes nothing', async () => {
    const { id } = await complaintAt('received')
    expectRefusal(await patch(id, { status: 'closed' }, cs), 400, 'workflow.illegal-move')
    expectRefusal(await patch(id, { status: 'in-progress' }, cs), 400, 'workflow.illegal-move')
    expectRefusal(await patch(id, { status: 'nowhere' }, cs), 400, 'workflow.unknown-state')
    expect((await stored(id)).status).toBe('received')
  })

  it('CMP-1: routes a complaint to a department and marks it major; CMP-7: the manager is told at once', async () => {
    const { id, number } = await complaintAt('received')
    const res = await patch(id, { department: 'developer', major: true }, cs)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.doc).toMatchObject({ department: 'developer', major: true })
    const mails = (await outboxFor(managerEmail)).filter((m) => m.subject.includes(number))
    expect(mails.map((m) => m.subject).join('\n')).toMatch(/重大投訴|MAJOR/)
    expect(mails).toHaveLength(2)
  })

  it('GEN-2: every change of a complaint is kept as a version, however many there are', async () => {
    const home = await household()
    const made = await record({ household: home.household.id })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const id = made.body.doc.id
    // More changes than the 30 versions the collection used to keep.
    for (let i = 1; i <= 32; i++) {
      const res = await patch(id, { residentName: `陳大文 ${i}` }, cs)
      expect(res.status, JSON.stringify(res.body)).toBe(200)
    }
    const versions = await api(
      `/api/complaints/versions?where[parent][equals]=${id}&sort=createdAt&limit=100&depth=0`,
      { auth: cs },
    )
    expect(versions.status, JSON.stringify(versions.body)).toBe(200)
    expect(versions.body.totalDocs).toBe(33)
    expect(versions.body.docs[0].version.residentName).toBe('陳大文')
    expect(versions.body.docs[32].version.residentName).toBe('陳大文 32')
  })

  it('CMP-6: the printed Complaint Form names the staff member who recorded it, to another cs too', async () => {
    const home = await household()
    const made = await record({ household: home.household.id })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const other = await makeStaff(['cs'], '客服乙')
    const res = await fetch(`${inject('baseURL')}/office/complaints/${made.body.doc.id}/form`, {
      headers: {
        Authorization: `JWT ${await login(other.email, other.password)}`,
        Cookie: 'payload-lng=en',
      },
    })
    expect(res.status).toBe(200)
    const html = await res.text()
    // Both copies (the manager's and CS's) carry the recorder's name.
    expect(html.match(/客服甲/g)?.length).toBeGreaterThanOrEqual(2)
  })

  it('CMP-8: the desk lists today’s queue by status, with the overdue ones findable', async () => {
    const { id } = await complaintAt('received')
    const res = await api(
      `/api/complaints?where[status][equals]=received&where[respondBy][greater_than]=${encodeURIComponent(new Date().toISOString())}&limit=200&depth=0`,
      { auth: cs },
    )
    expect(res.status).toBe(200)
    expect(res.body.docs.map((d: { id: Id }) => String(d.id))).toContain(String(id))
  })

  it('CMP-1: a complaint keeps its unit’s number as the register has it, whatever is sent; a corrected unit follows, on the desk and in the office’s search', async () => {
    const { household: h } = await household()
    const res = await record({ household: h.id, unit: '99-9999' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc.unit).toBe(h.unit)
    const { id, number } = res.body.doc
    // Nobody writes it but the server: staff's value is dropped, through REST and GraphQL.
    const patched = await patch(id, { unit: '99-9999', major: true }, cs)
    expect(patched.status, JSON.stringify(patched.body)).toBe(200)
    expect(patched.body.doc.unit).toBe(h.unit)
    const gql = await graphql(
      `mutation { updateComplaint(id: ${JSON.stringify(id)}, data: { unit: "99-9999" }) { unit } }`,
      cs,
    )
    // Refused by the schema or dropped by field access; never written.
    if (!gql.body.errors) expect(gql.body.data.updateComplaint.unit).toBe(h.unit)
    expect((await stored(id)).unit).toBe(h.unit)
    // The register corrects the unit's number: the household's complaints follow at once.
    const corrected = uniqueUnit()
    const fixed = await api(`/api/households/${h.id}`, {
      method: 'PATCH',
      auth: cs,
      json: { unit: corrected },
    })
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200)
    expect((await stored(id)).unit).toBe(corrected)
    const found = await api(`/api/complaints?where[unit][equals]=${corrected}&depth=0`, {
      auth: cs,
    })
    expect(found.body.docs.map((d: { id: Id }) => String(d.id))).toEqual([String(id)])
    const html = String((await api('/office/complaints', { auth: cs })).body)
    const at = html.indexOf(`>${number}<`)
    expect(at, number).toBeGreaterThan(-1)
    expect(html.slice(at, html.indexOf('</tr>', at))).toContain(corrected)
  })
})

describe('staff: supervisor', () => {
  it('CMP-3: decides the plan and the committed time; only then is the resident told, with the time', async () => {
    const { id, home } = await complaintAt('received')
    const before = await outboxFor(home.resident.email)
    expect(before).toHaveLength(1)
    expectRefusal(
      await patch(id, { status: 'planned' }, supervisor),
      400,
      'complaint.plan-required',
    )
    expect(await outboxFor(home.resident.email)).toHaveLength(1)
    const res = await patch(
      id,
      { status: 'planned', plan: '機電部更換喉管', committedTime: '2026-12-01T02:00:00.000Z' },
      supervisor,
    )
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.doc).toMatchObject({ status: 'planned', plan: '機電部更換喉管' })
    expect(res.body.doc.plannedBy).toBeTruthy()
    const after = await outboxFor(home.resident.email)
    expect(after).toHaveLength(2)
    expect(after[1]!.body).toContain('機電部更換喉管')
  })

  it('CMP-5: a problem for the developer goes to the supervisor, who records the agreed solution before the resident is told', async () => {
    const { id, home } = await complaintAt('received')
    const routed = await patch(id, { department: 'developer' }, cs)
    expect(routed.status, JSON.stringify(routed.body)).toBe(200)
    // Customer service cannot write the solution, nor tell the resident a time of its own.
    expectRefusal(
      await patch(id, { plan: '發展商更換窗框', committedTime: '2026-12-05T02:00:00.000Z' }, cs),
      400,
      'complaint.plan-supervisor-only',
    )
    expect(await outboxFor(home.resident.email)).toHaveLength(1)
    const agreed = await patch(
      id,
      {
        status: 'planned',
        plan: '發展商同意於保養期內更換窗框',
        committedTime: '2026-12-05T02:00:00.000Z',
      },
      supervisor,
    )
    expect(agreed.status, JSON.stringify(agreed.body)).toBe(200)
    expect(agreed.body.doc).toMatchObject({ department: 'developer', status: 'planned' })
    const told = await outboxFor(home.resident.email)
    expect(told).toHaveLength(2)
    expect(told[1]!.body).toContain('發展商同意於保養期內更換窗框')
  })

  it('CMP-4: a later time needs a reason, and the resident is told the new time with it', async () => {
    const { id, home } = await complaintAt('planned')
    expectRefusal(
      await patch(id, { committedTime: '2026-12-03T02:00:00.000Z' }, supervisor),
      400,
      'complaint.time-change-reason-required',
    )
    const res = await patch(
      id,
      { committedTime: '2026-12-03T02:00:00.000Z', timeChangeReason: '零件缺貨' },
      supervisor,
    )
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const mails = await outboxFor(home.resident.email)
    expect(mails).toHaveLength(3)
    expect(mails[2]!.body).toContain('零件缺貨')
  })

  it('CMP-8: every move is kept with who and when', async () => {
    const { id } = await complaintAt('awaiting-acceptance')
    const payload = await testPayload()
    const moves = await payload.find({
      collection: 'status-changes',
      where: { collectionSlug: { equals: 'complaints' }, documentId: { equals: String(id) } },
      sort: 'at',
      depth: 0,
    })
    expect(moves.docs.map((m) => m.to)).toEqual([
      'planned',
      'scheduled',
      'in-progress',
      'awaiting-acceptance',
    ])
    for (const m of moves.docs) expect(m.by).toBeTruthy()
  })
})

describe('staff: engineering', () => {
  it('CMP-8: starts and finishes the work but cannot plan, schedule or close', async () => {
    const { id } = await complaintAt('planned')
    expectRefusal(
      await patch(id, { status: 'scheduled' }, engineering),
      400,
      'workflow.illegal-move',
    )
    expect((await patch(id, { status: 'scheduled' }, cs)).status).toBe(200)
    expect((await patch(id, { status: 'in-progress' }, engineering)).status).toBe(200)
    expect((await patch(id, { status: 'awaiting-acceptance' }, engineering)).status).toBe(200)
    expectRefusal(await patch(id, { status: 'closed' }, engineering), 400, 'workflow.illegal-move')
  })

  it('CMP-1: cannot record a complaint', async () => {
    const { household: h } = await household()
    expect((await record({ household: h.id }, engineering)).status).toBe(403)
  })
})

describe('staff: manager', () => {
  it('CMP-6: gets a copy of every new complaint; CMP-7: a major one says so', async () => {
    const { household: h } = await household()
    const plain = await record({ household: h.id })
    const major = await record({ household: h.id, major: true })
    const mails = await outboxFor(managerEmail)
    const plainMail = mails.find((m) => m.subject.includes(plain.body.doc.number))
    const majorMail = mails.find((m) => m.subject.includes(major.body.doc.number))
    expect(plainMail?.subject).toMatch(/新投訴|New complaint/)
    expect(majorMail?.subject).toMatch(/重大投訴|MAJOR/)
  })

  it('CMP-1, CMP-6, GEN-4: a new complaint’s e-mails are stored by a queued job after the request, once each however often it runs', async () => {
    const home = await household()
    const made = await record({ household: home.household.id })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const payload = await testPayload()
    const mailsOf = async () =>
      (
        await payload.find({
          collection: 'notifications',
          where: { dedupeKey: { like: `:${made.body.doc.id}:` } },
          limit: 100,
          depth: 0,
        })
      ).docs.filter((m) => /^complaint-(received|copy):/.test(m.dedupeKey!))
    // The request stored the job, not the messages.
    expect(await mailsOf()).toEqual([])
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'tellNewComplaint' } },
      limit: 500,
      depth: 0,
    })
    const ours = jobs.docs.filter(
      (j) => (j.input as { complaintId?: string }).complaintId === String(made.body.doc.id),
    )
    expect(ours).toHaveLength(1)
    await runQueuedJobs('tellNewComplaint')
    const first = await mailsOf()
    const addresses = first.map((m) => m.to)
    expect(addresses).toEqual(expect.arrayContaining([home.resident.email, managerEmail]))
    expect(new Set(addresses).size).toBe(addresses.length)
    // The same job queued again (a second process handed it, a retry): nothing stored twice,
    // whether it runs after the first or beside another run.
    for (let i = 0; i < 2; i++) {
      await payload.jobs.queue({
        task: 'tellNewComplaint',
        input: { complaintId: String(made.body.doc.id) },
      })
    }
    await Promise.all([runQueuedJobs('tellNewComplaint'), runQueuedJobs('tellNewComplaint')])
    const complaint = await payload.findByID({
      collection: 'complaints',
      id: made.body.doc.id,
      depth: 0,
    })
    await tellNewComplaint(await createLocalReq({}, payload), complaint)
    const again = await mailsOf()
    expect(again.map((m) => m.id).sort()).toEqual(first.map((m) => m.id).sort())
  })

  it('CMP-3: may decide the plan too', async () => {
    const { id } = await complaintAt('received')
    const res = await patch(
      id,
      { status: 'planned', plan: '外判商處理', committedTime: '2026-12-05T02:00:00.000Z' },
      manager,
    )
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  })
})

describe('staff: guard', () => {
  it('GEN-5: a guard reads no complaints and records none', async () => {
    expect((await api('/api/complaints', { auth: guard })).status).toBe(403)
    const { household: h } = await household()
    expect((await record({ household: h.id }, guard)).status).toBe(403)
  })
})

describe('resident', () => {
  it('CMP-1, CMP-2: reports a problem from the portal: their household and the portal channel whatever they send, confirmed, numbered', async () => {
    const home = await household()
    const other = await household()
    const res = await api('/api/complaints', {
      method: 'POST',
      auth: home.auth,
      json: {
        household: other.household.id,
        unit: other.household.unit,
        channel: 'phone',
        problem: '露台去水渠淤塞',
        requestedTime: '2026-12-02T06:00:00.000Z',
        confirmed: true,
        department: 'security',
        major: true,
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const doc = await stored(res.body.doc.id)
    expect(String(doc.household)).toBe(String(home.household.id))
    expect(doc).toMatchObject({
      unit: home.household.unit,
      channel: 'portal',
      department: 'cs',
      major: false,
      residentName: '陳大文',
    })
    expect(doc.number).toMatch(/^SG-/)
    expect(await outboxFor(home.resident.email)).toHaveLength(1)
    expect(await outboxFor(other.resident.email)).toHaveLength(0)
  })

  it('CMP-2: without confirming the text, the complaint is refused', async () => {
    const home = await household()
    for (const confirmed of [undefined, false, 'yes']) {
      const res = await api('/api/complaints', {
        method: 'POST',
        auth: home.auth,
        json: { problem: '升降機異響', confirmed },
      })
      expectRefusal(res, 400, 'complaint.confirmation-required')
    }
  })

  it('CMP-3: cannot write a plan or a committed time', async () => {
    const home = await household()
    const res = await api('/api/complaints', {
      method: 'POST',
      auth: home.auth,
      json: { problem: '升降機異響', confirmed: true, committedTime: '2026-12-02T06:00:00.000Z' },
    })
    expectRefusal(res, 400, 'complaint.plan-supervisor-only')
  })

  it('CMP-1: attaches photos (images only, at most 5 MB, at most 5) of their own', async () => {
    const home = await household()
    const other = await household()
    const photo = await uploadPhoto(home.auth!.token, PNG, 'image/png')
    expect(photo.status, JSON.stringify(photo.body)).toBe(201)
    const notImage = await uploadPhoto(
      home.auth!.token,
      Buffer.from('%PDF-1.4 hello'),
      'application/pdf',
      'a.pdf',
    )
    expect(notImage.status).toBe(400)
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024 + 10)])
    const tooBig = await uploadPhoto(home.auth!.token, big, 'image/png')
    expect(tooBig.status).toBe(413)
    const theirs = await uploadPhoto(other.auth!.token, PNG, 'image/png')
    const refused = await api('/api/complaints', {
      method: 'POST',
      auth: home.auth,
      json: { problem: '天花滲水', confirmed: true, photos: [theirs.body.doc.id] },
    })
    expectRefusal(refused, 400, 'complaint.photo-unknown')
    const six = []
    for (let i = 0; i < 6; i++)
      six.push((await uploadPhoto(home.auth!.token, PNG, 'image/png')).body.doc.id)
    const tooMany = await api('/api/complaints', {
      method: 'POST',
      auth: home.auth,
      json: { problem: '天花滲水', confirmed: true, photos: six },
    })
    expect(tooMany.status).toBe(400)
    const ok = await api('/api/complaints', {
      method: 'POST',
      auth: home.auth,
      json: { problem: '天花滲水', confirmed: true, photos: [photo.body.doc.id] },
    })
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    const doc = await stored(ok.body.doc.id)
    expect(doc.photos?.map(String)).toEqual([String(photo.body.doc.id)])
    // Another household cannot read the photo.
    expect(
      (await api(`/api/complaint-photos/${photo.body.doc.id}`, { auth: other.auth })).status,
    ).toBe(404)
  })

  it('GEN-5: reads only their own household’s complaints, through every door', async () => {
    const mine = await complaintAt('received')
    const theirs = await complaintAt('received')
    const list = await api('/api/complaints?limit=100&depth=0', { auth: mine.home.auth })
    expect(list.status).toBe(200)
    const ids = list.body.docs.map((d: { id: Id }) => String(d.id))
    expect(ids).toContain(String(mine.id))
    expect(ids).not.toContain(String(theirs.id))
    expect((await api(`/api/complaints/${theirs.id}`, { auth: mine.home.auth })).status).toBe(404)
    const byNumber = await api(
      `/api/complaints?where[number][equals]=${theirs.number}&where[household.unit][exists]=true`,
      { auth: mine.home.auth },
    )
    expect(byNumber.body.docs).toHaveLength(0)
    const gql = await graphql('{ Complaints(limit: 100) { docs { id number } } }', mine.home.auth)
    expect(gql.body.data.Complaints.docs.map((d: { id: Id }) => String(d.id))).not.toContain(
      String(theirs.id),
    )
    const versions = await api('/api/complaints/versions', { auth: mine.home.auth })
    expect(versions.status).toBe(403)
    const changes = await api('/api/status-changes', { auth: mine.home.auth })
    expect(changes.status).toBe(403)
    // Cannot move or change another household's complaint.
    expect([403, 404]).toContain(
      (await patch(theirs.id, { reopenReason: 'x' }, mine.home.auth)).status,
    )
    expect((await stored(theirs.id)).reopenReason ?? null).toBeNull()
  })

  it('HV-4: says "not satisfied" with a reason: it returns to in-progress, the reason is kept, the count grows; then accepts', async () => {
    const { id, home } = await complaintAt('awaiting-acceptance')
    expectRefusal(
      await patch(id, { status: 'in-progress' }, home.auth),
      400,
      'complaint.reopen-reason-required',
    )
    const res = await patch(id, { status: 'in-progress', reopenReason: '仍然漏水' }, home.auth)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.doc).toMatchObject({
      status: 'in-progress',
      reopenCount: 1,
      reopenReason: '仍然漏水',
    })
    const payload = await testPayload()
    const moves = await payload.find({
      collection: 'status-changes',
      where: {
        collectionSlug: { equals: 'complaints' },
        documentId: { equals: String(id) },
        to: { equals: 'in-progress' },
      },
      sort: '-at',
      depth: 0,
    })
    expect(moves.docs[0]!.note).toBe('仍然漏水')
    expect((await patch(id, { status: 'awaiting-acceptance' }, engineering)).status).toBe(200)
    const accepted = await patch(id, { status: 'closed' }, home.auth)
    expect(accepted.status).toBe(200)
    expect(accepted.body.doc).toMatchObject({
      status: 'closed',
      closedHow: 'accepted',
      reopenCount: 1,
    })
  })

  it('GEN-2: who created a complaint and who changed it last is kept, resident or staff, for staff to read', async () => {
    const home = await household()
    const res = await api('/api/complaints?depth=0', {
      method: 'POST',
      auth: home.auth,
      json: { problem: '天花滲水', confirmed: true },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const id = res.body.doc.id
    /** The four actor columns as staff read them, ids as text (null when unset). */
    const whoOf = async () => {
      const read = await api(`/api/complaints/${id}?depth=0`, { auth: cs })
      expect(read.status).toBe(200)
      const text = (v: unknown) => (v === null || v === undefined ? null : String(v))
      return {
        createdByStaff: text(read.body.createdByStaff),
        createdByResident: text(read.body.createdByResident),
        updatedByStaff: text(read.body.updatedByStaff),
        updatedByResident: text(read.body.updatedByResident),
      }
    }
    const resident = String(home.resident.id)
    expect(await whoOf()).toEqual({
      createdByStaff: null,
      createdByResident: resident,
      updatedByStaff: null,
      updatedByResident: resident,
    })
    // The supervisor plans it: the last change is theirs, the resident's is no longer "last".
    const planned = await patch(
      id,
      { status: 'planned', plan: '明天上門', committedTime: '2026-12-01T02:00:00.000Z' },
      supervisor,
    )
    expect(planned.status, JSON.stringify(planned.body)).toBe(200)
    expect(await whoOf()).toEqual({
      createdByStaff: null,
      createdByResident: resident,
      updatedByStaff: String(supervisorId),
      updatedByResident: null,
    })
    // The record of versions keeps each step's author too.
    const versions = await api(
      `/api/complaints/versions?where[parent][equals]=${id}&sort=createdAt&depth=0`,
      { auth: cs },
    )
    expect(
      versions.body.docs.map((v: any) =>
        String(v.version.updatedByStaff ?? v.version.updatedByResident),
      ),
    ).toEqual([resident, String(supervisorId)])
    // A client cannot write them: what it sends is dropped.
    const forged = await patch(id, { updatedByStaff: csId, createdByStaff: csId }, supervisor)
    expect(forged.status, JSON.stringify(forged.body)).toBe(200)
    expect(await whoOf()).toMatchObject({
      createdByStaff: null,
      updatedByStaff: String(supervisorId),
    })
  })

  it('GEN-5: who acted on their complaint stays hidden from them through every door: depth 2, GraphQL, where, versions', async () => {
    const { id, home } = await complaintAt('planned')
    const deep = await api(`/api/complaints/${id}?depth=2`, { auth: home.auth })
    expect(deep.status).toBe(200)
    expect(JSON.stringify(deep.body)).not.toMatch(/(created|updated|planned)By/)
    const gql = await graphql(
      `{ Complaint(id: ${JSON.stringify(id)}) { number createdByStaff { name } updatedByStaff { name } } }`,
      home.auth,
    )
    expect(gql.body.data?.Complaint?.number).toBeTruthy()
    expect(gql.body.data?.Complaint?.createdByStaff ?? null).toBeNull()
    expect(gql.body.data?.Complaint?.updatedByStaff ?? null).toBeNull()
    // Nor can they find out by asking which complaints a given staff member touched.
    for (const where of [
      'where[updatedByStaff.name][like]=主管',
      'where[updatedByStaff][equals]=' + String(supervisorId),
      'where[createdByResident][exists]=true',
    ]) {
      const res = await api(`/api/complaints?depth=0&${where}`, { auth: home.auth })
      expect(res.status, where).toBe(400)
      expect(res.body.errors[0].message).toBeTruthy()
    }
    expect((await api('/api/complaints/versions', { auth: home.auth })).status).toBe(403)
  })

  it('HV-4: cannot accept before the work is done, nor change anything else', async () => {
    const { id, home } = await complaintAt('scheduled')
    expectRefusal(await patch(id, { status: 'closed' }, home.auth), 400, 'workflow.illegal-move')
    expectRefusal(await patch(id, { problem: '改寫' }, home.auth), 403, 'complaint.resident-fields')
    expectRefusal(await patch(id, { unit: '99-9999' }, home.auth), 403, 'complaint.resident-fields')
    expectRefusal(
      await patch(id, { department: 'security' }, home.auth),
      403,
      'complaint.resident-fields',
    )
    expect((await stored(id)).department).toBe('engineering')
  })

  it('CMP-8: the moves offered are the server’s: accept and not satisfied at the end, none before', async () => {
    const { id, home } = await complaintAt('awaiting-acceptance')
    const res = await api(`/api/complaints/${id}`, { auth: home.auth })
    expect(res.body.moves.map((m: { to: string }) => m.to).sort()).toEqual([
      'closed',
      'in-progress',
    ])
    const early = await complaintAt('planned', home)
    const res2 = await api(`/api/complaints/${early.id}`, { auth: home.auth })
    expect(res2.body.moves).toEqual([])
    // Staff-only fields stay hidden from the resident.
    for (const key of [
      'createdByStaff',
      'createdByResident',
      'updatedByStaff',
      'updatedByResident',
    ]) {
      expect(res.body[key]).toBeUndefined()
    }
    expect(res.body.plannedBy).toBeUndefined()
  })
})

describe('operator: the auto-close job', () => {
  it('Deadlines: a complaint left unanswered past 7 days closes by itself, the silence recorded; a fresher one stays', async () => {
    const old = await complaintAt('awaiting-acceptance')
    const fresh = await complaintAt('awaiting-acceptance')
    const payload = await testPayload()
    const since = (await stored(old.id)).awaitingSince!
    // Move the clock: 7 days and a minute after the first one was done.
    const now = new Date(Date.parse(since) + 7 * 24 * 3600_000 + 60_000)
    await payload.db.updateOne({
      collection: 'complaints',
      where: { id: { equals: fresh.id } },
      data: { awaitingSince: new Date(now.getTime() - 3600_000).toISOString() },
    })
    await closeUnansweredComplaints(payload, { now })
    expect(await stored(old.id)).toMatchObject({ status: 'closed', closedHow: 'no-answer' })
    expect((await stored(fresh.id)).status).toBe('awaiting-acceptance')
    const moves = await payload.find({
      collection: 'status-changes',
      where: {
        documentId: { equals: String(old.id) },
        collectionSlug: { equals: 'complaints' },
        to: { equals: 'closed' },
      },
      depth: 0,
    })
    expect(moves.docs[0]).toMatchObject({ operation: 'auto-close' })
  })

  it('CMP-8: nobody else can make the auto-close move by claiming it', async () => {
    const { id } = await complaintAt('in-progress')
    expectRefusal(await patch(id, { status: 'closed' }, cs), 400, 'workflow.illegal-move')
  })
})

describe('operator: the process running the e-mail job dies', () => {
  it('CMP-1, GEN-4: a job left marked as running is released after ten minutes and stores the e-mails once', async () => {
    const payload = await testPayload()
    const home = await household()
    const made = await record({ household: home.household.id })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'tellNewComplaint' } },
      limit: 1000,
      depth: 0,
    })
    const job = docs.find(
      (j) => (j.input as { complaintId?: string }).complaintId === String(made.body.doc.id),
    )!
    // What Payload's runner writes before it runs a job; the process then died (kill -9).
    await payload.db.updateOne({
      collection: 'payload-jobs',
      id: job.id,
      data: { processing: true },
    })
    const running = async () =>
      (await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })).processing
    expect(await outboxFor(home.resident.email)).toHaveLength(0)
    // Still within the time a live run could take: left alone.
    await releaseAbandonedJobs(payload)
    expect(await running()).toBe(true)
    expect(await outboxFor(home.resident.email)).toHaveLength(0)
    // Ten minutes on (as a server's start or the outbox's housekeeping sees it): run again.
    expect(
      await releaseAbandonedJobs(payload, Date.now() + ABANDONED_JOB_MS + 1000),
    ).toBeGreaterThanOrEqual(1)
    expect(await running()).toBe(false)
    const mails = await outboxFor(home.resident.email)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toContain(made.body.doc.number)
  })
})

describe('kiosk', () => {
  it('GEN-5: a kiosk reads no complaints and records none', async () => {
    const kiosk = await makeKiosk()
    const auth = { apiKey: kiosk.apiKey }
    await complaintAt('received')
    const list = await api('/api/complaints', { auth })
    expect(list.status).toBe(403)
    expect((await api('/api/complaint-photos', { auth })).status).toBe(403)
  })

  it('CMP-1: the lobby kiosk is no door for complaints: REST and GraphQL say why, in the kiosk’s language, and nothing is written', async () => {
    const kiosk = await makeKiosk()
    const auth = { apiKey: kiosk.apiKey }
    const payload = await testPayload()
    const before = (await payload.count({ collection: 'complaints' })).totalDocs
    for (const [lang, words] of [
      ['en', /residents’ portal/],
      ['zh-TW', /住戶網站/],
    ] as const) {
      const res = await api('/api/complaints', {
        method: 'POST',
        auth,
        headers: { 'Accept-Language': lang },
        json: { problem: '大堂門壞了', confirmed: true, channel: 'kiosk' },
      })
      expect(expectRefusal(res, 403, 'complaint.kiosk-closed').message).toMatch(words)
    }
    const gql = await graphql(
      'mutation { createComplaint(data: { household: 1, problem: "x", channel: kiosk, department: cs }) { id } }',
      auth,
    )
    expect(gql.body.errors?.[0]?.message).toMatch(/portal|住戶網站/)
    expect((await payload.count({ collection: 'complaints' })).totalDocs).toBe(before)
  })

  it('CMP-1: staff cannot record a complaint as come from the kiosk either', async () => {
    const { household: h } = await household()
    expectRefusal(
      await record({ household: h.id, channel: 'kiosk' }),
      400,
      'complaint.kiosk-closed',
    )
  })
})

describe('anonymous', () => {
  it('GEN-5: reads none, creates none', async () => {
    const { id } = await complaintAt('received')
    expect((await api('/api/complaints')).status).toBe(403)
    expect((await api(`/api/complaints/${id}`)).status).toBe(403)
    expect(
      (await api('/api/complaints', { method: 'POST', json: { problem: 'x', confirmed: true } }))
        .status,
    ).toBe(403)
    const gql = await graphql('{ Complaints { docs { id } } }')
    expect(gql.body.data?.Complaints ?? null).toBeNull()
  })
})
