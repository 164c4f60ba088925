import { createLocalReq, type Payload } from 'payload'

import { DEFAULT_TIME_ZONE } from '@/domain/estates/timeZone'
import { asOperation } from '@/domain/workflow/defineWorkflow'
import { monthIn, monthOf } from './months'

/**
 * SUB-3: a subscription's status follows its months. An order placed for a month that has begun
 * becomes `active` (being delivered); an active one whose last month is over becomes `ended`. Each
 * estate's months are read in its own time zone; `now` is the clock the rule reads. Both moves go
 * through the workflow guard as the `calendar` operation, so a subscription cancelled or moved by
 * customer service meanwhile is left alone, and who and when is recorded like any other move.
 * Returns how many were started and ended.
 */
export async function followSubscriptionCalendar(
  payload: Payload,
  {
    now = new Date(),
    estate: only,
  }: { now?: Date; /** one estate's only (all when absent) */ estate?: string | number } = {},
) {
  const estates = await payload.find({
    collection: 'estates',
    where: only !== undefined ? { id: { equals: only } } : {},
    limit: 0,
    pagination: false,
    depth: 0,
    select: { timeZone: true },
    overrideAccess: true,
  })
  let started = 0
  let ended = 0
  for (const estate of estates.docs) {
    const month = monthIn(estate.timeZone || DEFAULT_TIME_ZONE, now)
    const move = async (from: 'ordered' | 'active', to: 'active' | 'ended', note: string) => {
      const due = await payload.find({
        collection: 'subscriptions',
        where: { estate: { equals: estate.id }, status: { equals: from } },
        limit: 0,
        pagination: false,
        depth: 0,
        select: { startDate: true, endDate: true },
        overrideAccess: true,
      })
      let moved = 0
      for (const sub of due.docs) {
        const ready =
          to === 'active'
            ? !!sub.startDate && monthOf(sub.startDate) <= month
            : !!sub.endDate && monthOf(sub.endDate) < month
        if (!ready) continue
        const req = await createLocalReq({}, payload)
        const result = await payload.update({
          collection: 'subscriptions',
          where: { id: { equals: sub.id }, status: { equals: from } },
          data: { status: to },
          depth: 0,
          req,
          context: asOperation('calendar', note),
          overrideAccess: true,
        })
        moved += result.docs.length
      }
      return moved
    }
    started += await move('ordered', 'active', `Deliveries start in ${month}`)
    // An order placed after its last month (a late order) starts and ends in the same run.
    ended += await move('active', 'ended', `Last month before ${month}`)
  }
  return { started, ended }
}
