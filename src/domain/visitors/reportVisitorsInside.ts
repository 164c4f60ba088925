import { createLocalReq, type Payload } from 'payload'

import { membershipsOf, sameRecord } from '@/access/actor'
import { estateName, readEstate } from '@/domain/estates/readEstate'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { queueNotification } from '@/domain/notifications/queueNotification'
import { idOf } from '@/domain/relations'
import { readVisitorsInside } from './readVisitorsInside'
import { dateTimeFormat, dayIn } from '@/domain/dates/dateTimeFormat'

export const DEFAULT_VISITOR_REPORT_HOUR = 22

/** The hour of the day (0–23) at `at` in a time zone. */
const hourIn = (timeZone: string, at: Date) =>
  Number(dateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(at))

/**
 * VIS-5, end of day: at the estate's report hour (its own time zone, 22:00 by default), Security
 * staff get the list of visitors checked in and not out (by request at the gate, and with a
 * visitor pass at the gate or a kiosk), through the outbox, once a day per estate. `now` is the clock (tests move it); the job runs this every hour.
 */
export async function reportVisitorsInside(payload: Payload, { now = new Date() } = {}) {
  const req = await createLocalReq({}, payload)
  const settings = await payload.find({
    collection: 'estate-settings',
    limit: 1000,
    depth: 0,
    select: { estate: true, visitorReportHour: true },
    overrideAccess: true,
  })
  let sent = 0
  for (const row of settings.docs) {
    const estate = idOf(row.estate)
    if (estate == null) continue
    const letterhead = await readEstate(req, estate)
    if (
      hourIn(letterhead.timeZone, now) !== (row.visitorReportHour ?? DEFAULT_VISITOR_REPORT_HOUR)
    ) {
      continue
    }
    const inside = await readVisitorsInside(payload, estate, req)
    const lines = inside.map((v) => {
      const host = v.hostUnit ?? v.hostDepartment?.['zh-TW'] ?? ''
      const how = v.kind === 'pass' ? ' · 訪客通行證 visitor pass' : ''
      return `- ${v.name}${v.organisation ? `（${v.organisation}）` : ''}${v.plate ? ` ${v.plate}` : ''} → ${host} · ${formatEstateDateTime(v.checkedInAt, letterhead.timeZone, 'zh-TW')}${how}`
    })
    const staff = await payload.find({
      collection: 'users',
      where: { 'memberships.estate': { equals: estate } },
      limit: 1000,
      depth: 0,
      select: { email: true, memberships: true },
      overrideAccess: true,
    })
    const security = staff.docs.filter((user) =>
      membershipsOf(user).some((m) => sameRecord(m.estate, estate) && m.roles.includes('security')),
    )
    const day = dayIn(letterhead.timeZone, now)
    for (const user of security) {
      await queueNotification(
        req,
        {
          to: user.email,
          estate,
          subject: `${estateName(letterhead, 'zh-TW')}：仍在內的訪客 ${inside.length} 位（${day}）· Visitors still inside: ${inside.length}`,
          body: [
            `${day} 仍在屋苑內（已登記進入、未登記離開）的訪客：`,
            lines.length ? lines.join('\n') : '沒有。',
            `Visitors checked in and not out on ${day}: ${inside.length}. The list is also on /office/visitors/inside.`,
          ].join('\n\n'),
        },
        `visitors-inside:${estate}:${day}:${user.id}`,
      )
      sent++
    }
  }
  return sent
}
