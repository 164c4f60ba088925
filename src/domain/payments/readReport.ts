import type { Payload, TypedUser } from 'payload'

import { idOf } from '@/domain/relations'

import { outstandingByHousehold, paymentsPerDay, reportRange } from './report'
import { isPaymentMethod } from './rules'

/**
 * The finance report (PAS-3), read as the staff member (access applies: their estate only):
 * what each household owes now, and the payments taken on each day from `from` to `to`
 * (calendar days at the estate).
 */
export async function readPaymentReport(
  payload: Payload,
  user: TypedUser,
  range: { from: string; to: string; timeZone: string },
) {
  const days = reportRange(range.from, range.to, range.timeZone)
  const as = { user, overrideAccess: false as const, depth: 0, pagination: false as const }
  const [owed, payments] = await Promise.all([
    payload.find({
      collection: 'passes',
      where: {
        and: [
          { fee: { greater_than: 0 } },
          { feePaidAt: { exists: false } },
          { status: { not_equals: 'void' } },
        ],
      },
      select: { household: true, number: true, fee: true, feePaidAt: true, status: true },
      limit: 100_000,
      ...as,
    }),
    payload.find({
      collection: 'payments',
      where: {
        and: [
          { paidAt: { greater_than_equal: days.start } },
          { paidAt: { less_than: days.end } },
          // A voided payment took no money: its passes are owed again.
          { voidedAt: { exists: false } },
        ],
      },
      select: { paidAt: true, amount: true, method: true },
      sort: 'paidAt',
      limit: 100_000,
      ...as,
    }),
  ])
  const householdIds = [...new Set(owed.docs.map((p) => String(idOf(p.household))))]
  const households = householdIds.length
    ? await payload.find({
        collection: 'households',
        where: { id: { in: householdIds } },
        select: { unit: true },
        limit: householdIds.length,
        ...as,
      })
    : { docs: [] }
  const units = new Map(households.docs.map((h) => [String(h.id), h.unit]))
  return {
    ...days,
    outstanding: outstandingByHousehold(
      owed.docs.map((p) => ({
        ...p,
        household: idOf(p.household)!,
        unit: units.get(String(idOf(p.household))) ?? '',
      })),
    ),
    perDay: paymentsPerDay(
      payments.docs.flatMap((p) =>
        p.paidAt && isPaymentMethod(p.method)
          ? [{ paidAt: p.paidAt, amount: p.amount ?? 0, method: p.method }]
          : [],
      ),
      range.timeZone,
    ),
  }
}
