import { type Category, CATEGORIES, ORDERED_STATUSES, type SubscriptionStatus } from './workflow'
import { monthOf } from './months'

/** What the register and the charges need of one subscription (read with its title and unit). */
export type RegisterSubscription = {
  id: number | string
  unit: string
  householdId: number | string
  title: string
  category: Category
  supplier: string
  supplierName?: string | null
  status: SubscriptionStatus
  startDate: string
  endDate: string
  months: number
  monthlyFee: number
  currency: string
  /** Set when cancelled (SUB-7): the last day delivered, and when the signed notice was taken. */
  cancellationEndDate?: string | null
  cancelledAt?: string | null
}

export type RegisterRow = RegisterSubscription & {
  /** Delivered (and charged) this month. */
  delivered: boolean
  /** A cancellation concerns this month: it was taken this month or deliveries stop in it or before. */
  cancellationMark: 'last-month' | 'stopped' | 'taken' | null
}

export type RegisterGroup = {
  category: Category
  titles: { title: string; supplier: string; rows: RegisterRow[] }[]
}

/** The last month a subscription is delivered: its period's, or an earlier one if cancelled. */
export function deliveredUntil(s: Pick<RegisterSubscription, 'endDate' | 'cancellationEndDate'>) {
  return monthOf(s.cancellationEndDate ?? s.endDate)
}

/** True when the subscription is delivered and charged in the month. */
export function deliveredIn(s: RegisterSubscription, month: string) {
  return (
    ORDERED_STATUSES.includes(s.status) &&
    monthOf(s.startDate) <= month &&
    month <= deliveredUntil(s)
  )
}

/**
 * SUB-6: one month's register (報刊登記冊): every ordered subscription whose period covers the
 * month, grouped by category and title, units in order. SUB-7: a cancellation is shown in every
 * month it concerns — the month the notice was taken, the last month delivered, and the months of
 * the original period that will no longer be delivered.
 */
export function monthlyRegister(
  subscriptions: RegisterSubscription[],
  month: string,
): RegisterGroup[] {
  const rows: RegisterRow[] = []
  for (const s of subscriptions) {
    if (!ORDERED_STATUSES.includes(s.status)) continue
    const inPeriod = monthOf(s.startDate) <= month && month <= monthOf(s.endDate)
    const cancelled = s.status === 'cancelled'
    const takenThisMonth = cancelled && monthOf(s.cancelledAt) === month
    if (!inPeriod && !takenThisMonth) continue
    const delivered = deliveredIn(s, month)
    let cancellationMark: RegisterRow['cancellationMark'] = null
    if (cancelled) {
      if (!delivered && inPeriod) cancellationMark = 'stopped'
      else if (delivered && deliveredUntil(s) === month) cancellationMark = 'last-month'
      else if (takenThisMonth) cancellationMark = 'taken'
      else if (inPeriod) cancellationMark = 'taken'
    }
    rows.push({ ...s, delivered, cancellationMark })
  }
  const groups: RegisterGroup[] = []
  for (const category of CATEGORIES) {
    const inCategory = rows.filter((r) => r.category === category)
    if (inCategory.length === 0) continue
    const titles = [...new Set(inCategory.map((r) => r.title))].sort((a, b) =>
      a.localeCompare(b, 'zh-TW'),
    )
    groups.push({
      category,
      titles: titles.map((title) => {
        const ofTitle = inCategory
          .filter((r) => r.title === title)
          .sort((a, b) => a.unit.localeCompare(b.unit, 'en', { numeric: true }))
        return { title, supplier: ofTitle[0]!.supplier, rows: ofTitle }
      }),
    })
  }
  return groups
}

export type UnitCharges = {
  householdId: number | string
  unit: string
  lines: { id: number | string; title: string; monthlyFee: number; currency: string }[]
  totals: { currency: string; amount: number }[]
}

/** SUB-6: each unit's charges for a month: the subscriptions delivered to it that month. */
export function monthlyCharges(
  subscriptions: RegisterSubscription[],
  month: string,
): UnitCharges[] {
  const byUnit = new Map<string, UnitCharges>()
  for (const s of subscriptions) {
    if (!deliveredIn(s, month)) continue
    const key = String(s.householdId)
    const unit = byUnit.get(key) ?? {
      householdId: s.householdId,
      unit: s.unit,
      lines: [],
      totals: [],
    }
    unit.lines.push({ id: s.id, title: s.title, monthlyFee: s.monthlyFee, currency: s.currency })
    byUnit.set(key, unit)
  }
  for (const unit of byUnit.values()) {
    const totals = new Map<string, number>()
    for (const line of unit.lines) {
      // Cents, so that 12.5 + 0.1 is 12.6 and not 12.599999.
      totals.set(
        line.currency,
        (totals.get(line.currency) ?? 0) + Math.round(line.monthlyFee * 100),
      )
    }
    unit.totals = [...totals].map(([currency, cents]) => ({ currency, amount: cents / 100 }))
    unit.lines.sort((a, b) => a.title.localeCompare(b.title, 'zh-TW'))
  }
  return [...byUnit.values()].sort((a, b) => a.unit.localeCompare(b.unit, 'en', { numeric: true }))
}
