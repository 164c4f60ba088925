import { createLocalReq, type Payload } from 'payload'

import { membershipsOf, sameRecord } from '@/access/actor'
import type { StaffRole } from '@/access/roles'
import type { Complaint } from '@payload-types'
import { readEstate } from '@/domain/estates/readEstate'
import { queueNotification } from '@/domain/notifications/queueNotification'
import { idOf } from '@/domain/relations'
import { recipientLang } from '@/errors/catalogue'
import { publicUrl } from '@/server/publicUrl'
import { responseDeadlineEmail } from './complaintEmails'
import { deadlineState } from './rules'
import type { ComplaintDepartment } from './transitions'

/**
 * Who answers for a department's complaints: its own staff where it has them; for the developer
 * and other outside parties the supervisor, who settles the solution with them (CMP-5). Customer
 * service always hears too: it runs the desk.
 */
export const DEADLINE_RECIPIENTS: Record<ComplaintDepartment, readonly StaffRole[]> = {
  cs: ['cs'],
  engineering: ['engineering', 'cs'],
  environment: ['environment', 'cs'],
  security: ['security', 'cs'],
  developer: ['supervisor', 'cs'],
  outside: ['supervisor', 'cs'],
}

/**
 * Deadlines: a complaint still `received` (no plan decided) is announced through the outbox
 * (GEN-4) to its department and customer service once when its warning point passes, and once
 * when its response time has run out. Re-routing sets a new deadline and so new announcements.
 * `now` is the clock the rule reads (tests move it); a job runs this every few minutes.
 */
export async function alertComplaintDeadlines(payload: Payload, { now = new Date() } = {}) {
  const req = await createLocalReq({}, payload)
  const { docs } = await payload.find({
    collection: 'complaints',
    where: {
      status: { equals: 'received' },
      warnAt: { less_than_equal: now.toISOString() },
      overdueAlertedAt: { exists: false },
      // Only those with an announcement still to make: not yet warned, or now past their time.
      or: [{ warnedAt: { exists: false } }, { respondBy: { less_than_equal: now.toISOString() } }],
    },
    sort: 'warnAt',
    limit: 500,
    depth: 1,
    populate: { households: { unit: true } },
    select: {
      number: true,
      household: true,
      residentName: true,
      problem: true,
      channel: true,
      department: true,
      status: true,
      respondBy: true,
      warnAt: true,
      warnedAt: true,
      estate: true,
    },
    overrideAccess: true,
  })
  const staffOf = new Map<
    string,
    { id: number | string; email: string; language?: unknown; roles: StaffRole[] }[]
  >()
  async function staffHolding(estate: number | string, roles: readonly StaffRole[]) {
    if (!staffOf.has(String(estate))) {
      const users = await payload.find({
        collection: 'users',
        where: { 'memberships.estate': { equals: estate } },
        limit: 1000,
        depth: 0,
        select: { email: true, language: true, memberships: true },
        overrideAccess: true,
      })
      staffOf.set(
        String(estate),
        users.docs.map((user) => ({
          id: user.id,
          email: user.email,
          language: user.language,
          roles: membershipsOf(user)
            .filter((m) => sameRecord(m.estate, estate))
            .flatMap((m) => m.roles),
        })),
      )
    }
    return staffOf.get(String(estate))!.filter((u) => u.roles.some((r) => roles.includes(r)))
  }

  let alerts = 0
  for (const c of docs as Complaint[]) {
    const state = deadlineState(c, now)
    if (!state || (state === 'due-soon' && c.warnedAt)) continue
    const estateId = idOf(c.estate)!
    const estate = await readEstate(req, estateId)
    const department = c.department ?? 'cs'
    const kind = state === 'overdue' ? 'overdue' : 'warning'
    const summary = {
      number: c.number ?? '',
      unit: typeof c.household === 'object' ? (c.household?.unit ?? '') : '',
      residentName: c.residentName ?? '',
      problem: c.problem,
      channel: c.channel,
      department,
      respondBy: c.respondBy!,
    }
    for (const user of await staffHolding(estateId, DEADLINE_RECIPIENTS[department])) {
      const lang = recipientLang(user.language)
      const email = responseDeadlineEmail(
        summary,
        estate,
        `${publicUrl()}/admin/collections/complaints/${c.id}`,
        lang,
        kind,
      )
      // One per complaint, deadline, kind and person, however often the job runs.
      await queueNotification(
        req,
        { to: user.email, ...email, estate: estateId },
        `complaint-${kind}:${c.id}:${c.respondBy}:${user.id}`,
      )
      alerts++
    }
    // Straight to the row: a stamp of the job's, not an edit of the complaint (no version).
    await payload.db.updateOne({
      collection: 'complaints',
      where: { id: { equals: c.id } },
      data:
        kind === 'overdue'
          ? { overdueAlertedAt: now.toISOString(), warnedAt: c.warnedAt ?? now.toISOString() }
          : { warnedAt: now.toISOString() },
      req,
    })
  }
  return alerts
}
