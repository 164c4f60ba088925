import type { PayloadRequest, Where } from 'payload'

import { readEstate } from '@/domain/estates/readEstate'
import { idOf } from '@/domain/relations'

import { addMonths, firstDayOf, lastDayOf, monthIn } from './months'
import type { RegisterSubscription } from './register'
import { type Category, ORDERED_STATUSES, type SubscriptionStatus } from './workflow'

/**
 * The subscriptions a month's register or charges may concern, read as the user (the estate's
 * office and finance, or a resident's own household: the access rules decide), with each one's
 * title and unit. Ordered ones only; cancellations of the month before too (one taken late in a
 * month is marked in the next's register).
 */
export async function readSubscriptionsOfMonth(
  req: PayloadRequest,
  month: string,
  { household }: { household?: number | string } = {},
): Promise<RegisterSubscription[]> {
  const where: Where = {
    and: [
      { status: { in: [...ORDERED_STATUSES] } },
      { startDate: { less_than_equal: lastDayOf(month) } },
      {
        or: [
          { endDate: { greater_than_equal: firstDayOf(month) } },
          { cancelledAt: { greater_than_equal: firstDayOf(addMonths(month, -1)) } },
        ],
      },
      ...(household !== undefined ? [{ household: { equals: household } }] : []),
    ],
  }
  const found = await req.payload.find({
    collection: 'subscriptions',
    where,
    depth: 1,
    pagination: false,
    sort: 'startDate',
    select: {
      household: true,
      publication: true,
      status: true,
      startDate: true,
      endDate: true,
      months: true,
      monthlyFee: true,
      currency: true,
      supplier: true,
      cancellationEndDate: true,
      cancelledAt: true,
      estate: true,
    },
    populate: {
      households: { unit: true },
      publications: { title: true, category: true, supplier: true, supplierName: true },
    },
    req,
    user: req.user,
    overrideAccess: false,
  })
  const zones = new Map<string, string>()
  const rows: RegisterSubscription[] = []
  for (const s of found.docs) {
    const publication = typeof s.publication === 'object' ? s.publication : null
    const home = typeof s.household === 'object' ? s.household : null
    let cancelledMonth: string | null = null
    if (s.cancelledAt) {
      const estateKey = String(idOf(s.estate))
      if (!zones.has(estateKey)) zones.set(estateKey, (await readEstate(req, s.estate)).timeZone)
      cancelledMonth = monthIn(zones.get(estateKey)!, new Date(s.cancelledAt))
    }
    rows.push({
      id: s.id,
      unit: home?.unit ?? '',
      householdId: idOf(s.household),
      title: publication?.title ?? '',
      category: (publication?.category ?? 'other') as Category,
      supplier: (s.supplier ?? publication?.supplier ?? 'other') as string,
      supplierName: publication?.supplierName ?? null,
      status: s.status as SubscriptionStatus,
      startDate: s.startDate ?? '',
      endDate: s.endDate ?? '',
      months: s.months,
      monthlyFee: s.monthlyFee ?? 0,
      currency: s.currency ?? 'CNY',
      cancellationEndDate: s.cancellationEndDate ?? null,
      // The register compares months: the month the notice was taken, in the estate's zone.
      cancelledAt: cancelledMonth ? `${cancelledMonth}-01T00:00:00.000Z` : null,
    })
  }
  return rows
}
