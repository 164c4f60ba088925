import type { Complaint } from '@payload-types'
import type { PayloadRequest } from 'payload'

import { membershipsOf } from '@/access/actor'
import { readEstate } from '@/domain/estates/readEstate'
import { queueNotifications } from '@/domain/notifications/queueNotification'
import { idOf } from '@/domain/relations'
import { recipientLang } from '@/errors/catalogue'
import { publicUrl } from '@/server/publicUrl'
import {
  committedTimeEmail,
  complaintReceivedEmail,
  type ComplaintSummary,
  managerCopyEmail,
} from './complaintEmails'

/**
 * The complaint's unit number: kept on the complaint since it has had one, else from the household
 * it carries (read at depth), else read.
 */
async function unitOf(req: PayloadRequest, c: Complaint) {
  if (c.unit) return c.unit
  if (typeof c.household === 'object' && c.household?.unit) return c.household.unit
  const household = await req.payload.findByID({
    collection: 'households',
    id: idOf(c.household)!,
    depth: 0,
    select: { unit: true },
    req,
    overrideAccess: true,
  })
  return household.unit
}

async function summaryOf(req: PayloadRequest, c: Complaint): Promise<ComplaintSummary> {
  return {
    number: c.number ?? '',
    unit: await unitOf(req, c),
    residentName: c.residentName ?? '',
    problem: c.problem,
    channel: c.channel,
    department: c.department,
    major: c.major,
    requestedTime: c.requestedTime,
  }
}

/** The household's portal accounts, each with its language. */
async function householdAccounts(req: PayloadRequest, household: unknown) {
  const { docs } = await req.payload.find({
    collection: 'residents',
    where: { household: { equals: idOf(household as number) } },
    limit: 50,
    pagination: false,
    depth: 0,
    select: { email: true, language: true },
    req,
    overrideAccess: true,
  })
  return docs
}

/** The estate's property managers (the role held in this estate, not another). */
async function managersOf(req: PayloadRequest, estate: unknown) {
  const id = idOf(estate as number)
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { 'memberships.estate': { equals: id } },
    limit: 100,
    pagination: false,
    depth: 0,
    select: { email: true, language: true, memberships: true },
    req,
    overrideAccess: true,
  })
  return docs.filter((user) =>
    membershipsOf(user).some((m) => String(m.estate) === String(id) && m.roles.includes('manager')),
  )
}

const portalUrl = (c: Complaint) => `${publicUrl()}/portal/complaints/${c.id}`
const officeUrl = (c: Complaint) => `${publicUrl()}/office/complaints/${c.id}/form`

/**
 * A new complaint (CMP-1, CMP-6, CMP-7): its number to the household's accounts, and a copy to
 * every property manager of the estate, marked major when it is. Through the outbox (GEN-4), once
 * per complaint and recipient: told again (a retried job), it stores nothing twice. Run by the
 * `tellNewComplaint` job the complaint's creation queues. Returns the outbox records.
 */
export async function tellNewComplaint(req: PayloadRequest, c: Complaint) {
  const [estate, summary, residents, managers] = await Promise.all([
    readEstate(req, c.estate),
    summaryOf(req, c),
    householdAccounts(req, c.household),
    managersOf(req, c.estate),
  ])
  return queueNotifications(req, [
    ...residents.map((r) => ({
      message: {
        to: r.email,
        ...complaintReceivedEmail(summary, estate, portalUrl(c), recipientLang(r.language)),
        estate: idOf(c.estate),
      },
      dedupeKey: `complaint-received:${c.id}:${r.id}`,
    })),
    ...managerCopies(c, summary, estate, managers, c.major ? ':major' : ''),
  ])
}

/** CMP-6, CMP-7: the property managers' copies of a complaint, each once (`mark`: major or not). */
function managerCopies(
  c: Complaint,
  summary: ComplaintSummary,
  estate: Awaited<ReturnType<typeof readEstate>>,
  managers: Awaited<ReturnType<typeof managersOf>>,
  mark: '' | ':major',
) {
  return managers.map((m) => ({
    message: {
      to: m.email,
      ...managerCopyEmail(summary, estate, officeUrl(c), recipientLang(m.language)),
      estate: idOf(c.estate),
    },
    dedupeKey: `complaint-copy:${c.id}:${m.id}${mark}`,
  }))
}

/** CMP-7: a complaint marked major after it was recorded reaches the property manager at once. */
export async function tellMajorComplaint(req: PayloadRequest, c: Complaint) {
  const [estate, summary, managers] = await Promise.all([
    readEstate(req, c.estate),
    summaryOf(req, c),
    managersOf(req, c.estate),
  ])
  await queueNotifications(req, managerCopies(c, summary, estate, managers, ':major'))
}

/**
 * CMP-3 (and CMP-4, CMP-5): the resident learns the plan and the committed time only once the
 * supervisor has decided them; a later change of the time is told again with its reason.
 */
export async function tellCommittedTime(
  req: PayloadRequest,
  c: Complaint,
  { changed = false, reason = null as string | null } = {},
) {
  if (!c.plan || !c.committedTime) return
  const [estate, summary, residents] = await Promise.all([
    readEstate(req, c.estate),
    summaryOf(req, c),
    householdAccounts(req, c.household),
  ])
  await queueNotifications(
    req,
    residents.map((r) => ({
      message: {
        to: r.email,
        ...committedTimeEmail(
          { ...summary, plan: c.plan!, committedTime: c.committedTime!, reason },
          estate,
          portalUrl(c),
          recipientLang(r.language),
          { changed },
        ),
        estate: idOf(c.estate),
      },
      dedupeKey: `complaint-time:${c.id}:${c.committedTime}:${r.id}`,
    })),
  )
}
