import { createLocalReq, type Payload } from 'payload'

import { membershipsOf, sameRecord } from '@/access/actor'
import { estateName, readEstate } from '@/domain/estates/readEstate'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { queueNotification } from '@/domain/notifications/queueNotification'
import { idOf } from '@/domain/relations'
import {
  DEFAULT_VISITOR_RESPONSE_SECONDS,
  escalationDue,
  formatWaited,
  secondsWaited,
} from './rules'
import { HOST_DEPARTMENT_LABELS } from './transitions'

/**
 * VIS-3: every request still waiting after its estate's response limit (2 minutes by default) is
 * escalated once: `escalatedAt` and the number alerted are recorded, and every CS staff member on
 * duty at the estate gets a "go to the gate" alert through the outbox (GEN-4). `now` is the clock
 * the rule reads (tests move it); the job runs this every 15 seconds.
 */
export async function escalateWaitingVisitors(payload: Payload, { now = new Date() } = {}) {
  const req = await createLocalReq({}, payload)
  const settings = await payload.find({
    collection: 'estate-settings',
    limit: 1000,
    depth: 0,
    select: { estate: true, visitorResponseSeconds: true },
    overrideAccess: true,
  })
  let escalated = 0
  for (const row of settings.docs) {
    const estate = idOf(row.estate)
    if (estate === undefined || estate === null) continue
    const limit = row.visitorResponseSeconds ?? DEFAULT_VISITOR_RESPONSE_SECONDS
    const cutoff = new Date(now.getTime() - limit * 1000).toISOString()
    const due = await payload.find({
      collection: 'visitor-requests',
      where: {
        estate: { equals: estate },
        status: { equals: 'waiting' },
        escalatedAt: { exists: false },
        createdAt: { less_than_equal: cutoff },
      },
      limit: 200,
      depth: 1,
      populate: { households: { unit: true } },
      overrideAccess: true,
    })
    const requests = due.docs.filter((doc) => escalationDue(doc, limit, now))
    if (requests.length === 0) continue
    const staff = await payload.find({
      collection: 'users',
      where: { onDutyAt: { equals: estate } },
      limit: 500,
      depth: 0,
      select: { email: true, memberships: true, language: true },
      overrideAccess: true,
    })
    const onDutyCs = staff.docs.filter((user) =>
      membershipsOf(user).some((m) => sameRecord(m.estate, estate) && m.roles.includes('cs')),
    )
    const letterhead = await readEstate(req, estate)
    for (const request of requests) {
      const host = request.hostHousehold
      const hostText =
        host && typeof host === 'object'
          ? host.unit
          : request.hostDepartment
            ? `${HOST_DEPARTMENT_LABELS[request.hostDepartment]['zh-TW']} ${HOST_DEPARTMENT_LABELS[request.hostDepartment].en}`
            : ''
      const waited = formatWaited(secondsWaited(request.createdAt, now))
      for (const user of onDutyCs) {
        await queueNotification(
          req,
          {
            to: user.email,
            estate,
            subject: `請到大門：訪客${request.surname}已等候 ${waited} · Go to the gate: a visitor has waited ${waited}`,
            body: [
              `${estateName(letterhead, 'zh-TW')}：訪客${request.surname}（${request.organisation ?? '—'}）到訪 ${hostText}，自 ${formatEstateDateTime(request.createdAt, letterhead.timeZone, 'zh-TW')} 起等候，尚未回覆。請到大門處理。`,
              `${estateName(letterhead, 'en')}: visitor ${request.surname} (${request.organisation ?? '—'}) for ${hostText} has waited since ${formatEstateDateTime(request.createdAt, letterhead.timeZone, 'en')} with no answer. Please go to the gate.`,
            ].join('\n\n'),
          },
          `visitor-escalation:${request.id}:${user.id}`,
        )
      }
      await payload.update({
        collection: 'visitor-requests',
        id: request.id,
        data: { escalatedAt: now.toISOString(), escalatedTo: onDutyCs.length },
        depth: 0,
        overrideAccess: true,
      })
      escalated++
    }
  }
  return escalated
}
