import { createLocalReq, type Payload } from 'payload'

import { membershipsOf, sameRecord } from '@/access/actor'
import type { StaffRole } from '@/access/roles'
import { queueNotification } from '@/domain/notifications/queueNotification'
import { idOf } from '@/domain/relations'
import { DEFAULT_PERMIT_WARN_MINUTES, formatCountdown, secondsLeft } from './rules'
import { PERMIT_STEP_LABELS } from './transitions'

/**
 * PMT-3: a permit not yet issued is announced to the department that submitted it and to CS
 * (through the outbox, GEN-4) once `permitWarnMinutes` (10 by default) before its deadline, and
 * again at the deadline, when it is marked late. `now` is the clock (tests move it); the job runs
 * this every minute.
 */
export async function alertPermitDeadlines(payload: Payload, { now = new Date() } = {}) {
  const req = await createLocalReq({}, payload)
  const settings = await payload.find({
    collection: 'estate-settings',
    limit: 1000,
    depth: 0,
    select: { estate: true, permitWarnMinutes: true },
    overrideAccess: true,
  })
  let alerts = 0
  for (const row of settings.docs) {
    const estate = idOf(row.estate)
    if (estate == null) continue
    const warnMs = (row.permitWarnMinutes ?? DEFAULT_PERMIT_WARN_MINUTES) * 60_000
    const due = await payload.find({
      collection: 'work-permits',
      where: {
        estate: { equals: estate },
        step: { not_equals: 'issued' },
        late: { not_equals: true },
        deadline: { less_than_equal: new Date(now.getTime() + warnMs).toISOString() },
      },
      limit: 500,
      depth: 0,
      select: { company: true, department: true, step: true, deadline: true, warnedAt: true },
      overrideAccess: true,
    })
    if (due.docs.length === 0) continue
    const staff = await payload.find({
      collection: 'users',
      where: { 'memberships.estate': { equals: estate } },
      limit: 1000,
      depth: 0,
      select: { email: true, memberships: true },
      overrideAccess: true,
    })
    const holding = (roles: StaffRole[]) =>
      staff.docs.filter((user) =>
        membershipsOf(user).some(
          (m) => sameRecord(m.estate, estate) && m.roles.some((r) => roles.includes(r)),
        ),
      )
    for (const permit of due.docs) {
      const over = secondsLeft(permit.deadline!, now) <= 0
      if (!over && permit.warnedAt) continue
      const kind = over ? 'late' : 'warning'
      const left = formatCountdown(secondsLeft(permit.deadline!, now))
      const step = PERMIT_STEP_LABELS[permit.step ?? 'submitted']
      for (const user of holding([permit.department as StaffRole, 'cs'])) {
        await queueNotification(
          req,
          {
            to: user.email,
            estate,
            subject: over
              ? `施工許可證逾時：${permit.company} · Work permit late: ${permit.company}`
              : `施工許可證尚餘 ${left}：${permit.company} · Work permit: ${left} left for ${permit.company}`,
            body: [
              `${permit.company} 的施工許可證目前在「${step['zh-TW']}」，${over ? '已超過 30 分鐘時限。' : `距時限尚餘 ${left}。`}`,
              `The work permit for ${permit.company} is at “${step.en}”; ${over ? 'it is past its deadline.' : `${left} left before its deadline.`}`,
            ].join('\n\n'),
          },
          `permit-${kind}:${permit.id}:${user.id}`,
        )
        alerts++
      }
      await payload.update({
        collection: 'work-permits',
        id: permit.id,
        data: over
          ? { late: true, warnedAt: permit.warnedAt ?? now.toISOString() }
          : { warnedAt: now.toISOString() },
        depth: 0,
        overrideAccess: true,
      })
    }
  }
  return alerts
}
