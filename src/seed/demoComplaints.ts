import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import type { Complaint } from '@payload-types'
import { responseDeadline } from '@/domain/complaints/rules'
import { complaintSettings } from '@/domain/complaints/settings'
import { signNotice } from '@/domain/maintenance/signNotice'
import { DEMO_SIGNATURE, residentByEmail, staffByEmail } from './demoActors'

const HOUR = 3600_000
const DAY = 24 * HOUR

/** A time `days` from now at `hour` o'clock UTC (the demo estates' mornings and afternoons). */
function daysAhead(days: number, hour: number) {
  const at = new Date(Date.now() + days * DAY)
  at.setUTCHours(hour, 0, 0, 0)
  return at.toISOString()
}

/** The units that have complaints besides the demo household's (no portal account). */
const OTHER_UNITS = ['2-0803', '3-1502']

type Staff = NonNullable<Awaited<ReturnType<typeof staffByEmail>>>
type Resident = NonNullable<Awaited<ReturnType<typeof residentByEmail>>>

/**
 * The demo estate's complaints desk, alive on the first day: one complaint in each state a clerk
 * meets — received from the portal, overdue, planned with a signed Maintenance Notice, scheduled
 * with a home visit booked, awaiting the resident's acceptance, and closed once the resident
 * accepted the second visit's work. Each is recorded and moved through the real operations by the
 * demo users whose move it is (CMP-1 … CMP-8, HV-1, HV-4), so their records, status changes and
 * e-mails are what the office would have. Texts people read are in Chinese and English. Only the
 * overdue one is helped: it is dated back to before its response time ran out, which no operation
 * can do. Idempotent: an estate with complaints is left as it is.
 */
export async function seedDemoComplaints(
  payload: Payload,
  estate: number,
  logins: {
    resident: string
    cs: string
    supervisor: string
    engineering: string
    environment: string
  },
) {
  const { totalDocs } = await payload.count({
    collection: 'complaints',
    where: { estate: { equals: estate } },
  })
  if (totalDocs > 0) return
  const [resident, cs, supervisor, engineering, environment] = await Promise.all([
    residentByEmail(payload, logins.resident),
    staffByEmail(payload, logins.cs, estate),
    staffByEmail(payload, logins.supervisor, estate),
    staffByEmail(payload, logins.engineering, estate),
    staffByEmail(payload, logins.environment, estate),
  ])
  if (!resident || !cs || !supervisor || !engineering || !environment) return
  const units = await registerUnits(payload, estate)
  const home = resident.household as number

  const record = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'complaints',
      data: { channel: 'phone', readBack: true, ...data } as Partial<Complaint> as Complaint,
      user: cs,
      overrideAccess: false,
      depth: 0,
    })
  const move = (id: number, by: Staff | Resident, data: Record<string, unknown>) =>
    payload.update({
      collection: 'complaints',
      id,
      data: data as Partial<Complaint>,
      user: by,
      overrideAccess: false,
      depth: 0,
    })
  const plan = (id: number, text: string, committedTime: string) =>
    move(id, supervisor, { status: 'planned', plan: text, committedTime })
  /** Recorded by CS, then planned and timed by the supervisor (CMP-3). */
  const recordPlanned = async (data: Record<string, unknown>, text: string, time: string) => {
    const complaint = await record(data)
    await plan(complaint.id, text, time)
    return complaint
  }
  /** The office schedules it; the department's worker starts it and finishes it. */
  const doTheWork = async (id: number, worker: Staff) => {
    await move(id, cs, { status: 'scheduled' })
    await move(id, worker, { status: 'in-progress' })
    await move(id, worker, { status: 'awaiting-acceptance' })
  }

  // Received this morning in the portal: the resident's own words, a time they asked for.
  await payload.create({
    collection: 'complaints',
    data: {
      problem:
        '露台去水渠淤塞，落雨時積水。\nThe balcony drain is blocked; water collects when it rains.',
      requestedTime: daysAhead(2, 2),
      confirmed: true,
    } as Partial<Complaint> as Complaint,
    user: resident,
    overrideAccess: false,
    depth: 0,
  })

  // Overdue: received by phone a day and a half ago and still without a plan.
  const overdue = await record({
    household: units['2-0803'],
    residentName: '黃太 Mrs Wong',
    department: 'engineering',
    problem:
      '升降機大堂的燈一直閃，晚上很暗。\nThe lift lobby light keeps flickering; it is dark at night.',
  })
  await dateBack(payload, overdue, 36 * HOUR)

  // Planned, with a Maintenance Notice the supervisor has signed: Engineering can see it now.
  const leak = await recordPlanned(
    {
      household: units['3-1502'],
      channel: 'walk-in',
      residentName: '張先生 Mr Cheung',
      department: 'engineering',
      major: true,
      problem:
        '浴室天花滲水，似乎來自樓上單位。\nWater is seeping through the bathroom ceiling, probably from the flat above.',
    },
    '機電部檢查樓上單位喉管並修補天花。\nEngineering checks the upstairs pipes and repairs the ceiling.',
    daysAhead(2, 6),
  )
  const notice = await payload.create({
    collection: 'maintenance-notices',
    data: {
      complaint: leak.id,
      work: '檢查樓上單位去水喉，修補浴室天花。\nCheck the upstairs drain pipe; repair the bathroom ceiling.',
    },
    user: cs,
    overrideAccess: false,
    depth: 0,
  })
  await payload.update({
    collection: 'maintenance-notices',
    id: notice.id,
    data: { followUpBy: cs.id, scheduledAt: daysAhead(2, 6) },
    user: supervisor,
    overrideAccess: false,
    depth: 0,
  })
  await signNotice(await createLocalReq({ user: supervisor }, payload), {
    id: String(notice.id),
    signer: 'supervisor',
    signature: DEMO_SIGNATURE,
  })

  // Scheduled, with a home visit booked at the demo household for tomorrow morning.
  const visitAt = daysAhead(1, 2)
  const aircon = await recordPlanned(
    {
      household: home,
      residentName: resident.name,
      department: 'engineering',
      problem: '睡房冷氣機滴水。\nThe bedroom air conditioner is dripping.',
    },
    '上門更換冷氣機去水喉。\nA home visit to replace the air conditioner’s drain hose.',
    visitAt,
  )
  await move(aircon.id, cs, { status: 'scheduled' })
  await payload.create({
    collection: 'home-visits',
    data: {
      household: home,
      complaint: aircon.id,
      scheduledAt: visitAt,
      residentName: resident.name,
      pronunciation: 'Lam Chi-ming',
      work: '更換冷氣機去水喉。\nReplace the air conditioner’s drain hose.',
      expectedMinutes: 45,
      notes: '家中有小朋友，請先按門鐘一次。\nA young child at home: ring once.',
      parties: ['cs', 'engineering'],
    },
    user: cs,
    overrideAccess: false,
    depth: 0,
  })

  // Done by Environment: the resident is asked to accept it in the portal.
  const carpet = await recordPlanned(
    {
      household: home,
      channel: 'written',
      residentName: resident.name,
      department: 'environment',
      problem:
        '單位門外走廊地氈有大片污漬。\nA large stain on the corridor carpet outside the flat.',
    },
    '環境部深層清洗走廊地氈。\nEnvironment deep-cleans the corridor carpet.',
    daysAhead(-1, 3),
  )
  await doTheWork(carpet.id, environment)

  // Closed: not satisfied after the first visit, accepted after the second.
  const doorbell = await recordPlanned(
    {
      household: home,
      residentName: resident.name,
      department: 'engineering',
      problem: '大門門鐘按了沒有聲。\nThe doorbell does not ring.',
    },
    '機電部檢查門鐘線路及更換門鐘。\nEngineering checks the wiring and replaces the doorbell.',
    daysAhead(-3, 2),
  )
  await doTheWork(doorbell.id, engineering)
  await move(doorbell.id, resident, {
    status: 'in-progress',
    reopenReason: '門鐘響了兩日又無聲。\nThe doorbell rang for two days, then stopped again.',
  })
  await move(doorbell.id, engineering, { status: 'awaiting-acceptance' })
  await move(doorbell.id, resident, { status: 'closed' })
}

/** The register's units besides the demo household's, added once. */
async function registerUnits(payload: Payload, estate: number) {
  const units: Record<string, number> = {}
  for (const unit of OTHER_UNITS) {
    const { docs } = await payload.find({
      collection: 'households',
      where: { unit: { equals: unit }, estate: { equals: estate } },
      limit: 1,
      depth: 0,
    })
    units[unit] =
      docs[0]?.id ?? (await payload.create({ collection: 'households', data: { unit, estate } })).id
  }
  return units
}

/**
 * A complaint as if received `age` ago: its receipt and the deadlines that run from it (what the
 * server stamped at receipt, moved back together). Seed-only: no operation changes a receipt time.
 */
async function dateBack(payload: Payload, complaint: Complaint, age: number) {
  const receivedAt = new Date(Date.now() - age).toISOString()
  const settings = await complaintSettings(await createLocalReq({}, payload), complaint.estate)
  await payload.db.updateOne({
    collection: 'complaints',
    id: complaint.id,
    data: {
      createdAt: receivedAt,
      ...responseDeadline(receivedAt, complaint.department, settings),
    },
    returning: false,
  })
}
