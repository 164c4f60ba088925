/** Newspaper subscriptions' pure rules (SUB-3 … SUB-7): the workflow table, months, register, charges. */
import { describe, expect, it } from 'vitest'

import type { Actor } from '@/access/actor'
import type { StaffRole } from '@/access/roles'
import { cancellationWindow } from '@/domain/subscriptions/cancelSubscription'
import { confirmationLetter, formatMonth } from '@/domain/subscriptions/letters'
import {
  addMonths,
  firstDayOf,
  isValidPeriod,
  lastDayOf,
  lastMonthOf,
  monthIn,
  monthsBetween,
} from '@/domain/subscriptions/months'
import {
  monthlyCharges,
  monthlyRegister,
  type RegisterSubscription,
} from '@/domain/subscriptions/register'
import {
  SUBSCRIPTION_STATUSES,
  SUBSCRIPTION_WORKFLOW,
  type SubscriptionStatus,
} from '@/domain/subscriptions/workflow'
import { canMove, type Mover } from '@/domain/workflow/defineWorkflow'

const staff = (...roles: StaffRole[]): Mover => ({
  actor: { kind: 'staff', id: 1, estate: 1, roles, allEstates: false } as Actor,
})
const MOVERS = {
  cs: staff('cs'),
  supervisor: staff('supervisor'),
  manager: staff('manager'),
  admin: staff('admin'),
  finance: staff('finance'),
  resident: {
    actor: { kind: 'resident', id: 2, estate: 1, household: 7, member: null },
    ownsRecord: true,
  } as Mover,
  otherResident: {
    actor: { kind: 'resident', id: 3, estate: 1, household: 8, member: null },
    ownsRecord: false,
  } as Mover,
  kiosk: { actor: { kind: 'kiosk', id: 4, estate: 1 } } as Mover,
  sign: { actor: { kind: 'anonymous' }, operation: 'sign' } as Mover,
  cancel: { actor: { kind: 'anonymous' }, operation: 'cancel' } as Mover,
}
type Who = keyof typeof MOVERS

/** The moves the procedure allows, by who; every other (from, to, who) is refused. */
const ALLOWED: [SubscriptionStatus, SubscriptionStatus, Who][] = [
  ['requested', 'confirmed-by-supplier', 'cs'],
  ['requested', 'refused', 'cs'],
  ['confirmed-by-supplier', 'signed', 'sign'],
  ['confirmed-by-supplier', 'refused', 'cs'],
  ['confirmed-by-supplier', 'refused', 'resident'],
  ['signed', 'approved', 'supervisor'],
  ['signed', 'approved', 'manager'],
  ['signed', 'refused', 'supervisor'],
  ['signed', 'refused', 'manager'],
  ['approved', 'ordered', 'cs'],
  ['ordered', 'active', 'cs'],
  ['ordered', 'cancelled', 'cancel'],
  ['active', 'cancelled', 'cancel'],
  ['active', 'ended', 'cs'],
]

describe('SUBSCRIPTION_WORKFLOW', () => {
  it('SUB-2 … SUB-7: exactly the listed moves, each only by its movers', () => {
    for (const from of SUBSCRIPTION_STATUSES) {
      for (const to of SUBSCRIPTION_STATUSES) {
        for (const who of Object.keys(MOVERS) as Who[]) {
          const allowed = ALLOWED.some(([f, t, w]) => f === from && t === to && w === who)
          expect(
            canMove(SUBSCRIPTION_WORKFLOW, from, to, MOVERS[who]),
            `${from}→${to} by ${who}`,
          ).toBe(allowed)
        }
      }
    }
  })

  it('SUB-4: the approval refuses anyone else with its own code; SUB-3 and SUB-7 name their forms', () => {
    const refusal = (from: string, to: string) =>
      SUBSCRIPTION_WORKFLOW.moves.find((m) => m.from === from && m.to === to)?.refusal
    expect(refusal('signed', 'approved')).toBe('subscription.approval-role')
    expect(refusal('confirmed-by-supplier', 'signed')).toBe('subscription.sign-with-letter')
    expect(refusal('ordered', 'cancelled')).toBe('subscription.cancel-with-notice')
  })
})

describe('months', () => {
  it('SUB-3: a period is a whole number of months from 1 to the maximum', () => {
    expect([1, 12, 60].map((n) => isValidPeriod(n, 60))).toEqual([true, true, true])
    expect([0, -1, 0.5, 61, Number.NaN, '3'].map((n) => isValidPeriod(n, 60))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('counts calendar months across the year and keeps the first and last days', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01')
    expect(addMonths('2026-01', -1)).toBe('2025-12')
    expect(lastMonthOf('2026-12', 3)).toBe('2027-02')
    expect(lastMonthOf('2026-12', 1)).toBe('2026-12')
    expect(monthsBetween('2026-11', '2027-02')).toBe(4)
    expect(monthsBetween('2027-02', '2026-11')).toBe(0)
    expect(firstDayOf('2026-12')).toBe('2026-12-01T00:00:00.000Z')
    expect(lastDayOf('2027-02')).toBe('2027-02-28T00:00:00.000Z')
    expect(lastDayOf('2028-02')).toBe('2028-02-29T00:00:00.000Z')
  })

  it('the month of a moment is the estate’s: 30 Nov 16:00 UTC is December in Shanghai', () => {
    const at = new Date('2026-11-30T16:00:00.000Z')
    expect(monthIn('Asia/Shanghai', at)).toBe('2026-12')
    expect(monthIn('UTC', at)).toBe('2026-11')
  })

  it('SUB-7: a cancellation’s last month runs from now (or just before the start) to the period’s end', () => {
    const start = firstDayOf('2026-12')
    const end = lastDayOf('2027-02')
    expect(cancellationWindow(start, end, '2026-11')).toEqual({ from: '2026-11', to: '2027-02' })
    expect(cancellationWindow(start, end, '2027-01')).toEqual({ from: '2027-01', to: '2027-02' })
    expect(cancellationWindow(firstDayOf('2027-03'), lastDayOf('2027-05'), '2026-11')).toEqual({
      from: '2027-02',
      to: '2027-05',
    })
  })
})

const base = (over: Partial<RegisterSubscription>): RegisterSubscription => ({
  id: 1,
  unit: '1-0101',
  householdId: 1,
  title: '人民日報',
  category: 'newspaper',
  supplier: 'post-office',
  status: 'ordered',
  startDate: firstDayOf('2026-12'),
  endDate: lastDayOf('2027-02'),
  months: 3,
  monthlyFee: 28.5,
  currency: 'CNY',
  ...over,
})

describe('the monthly register and charges', () => {
  it('SUB-6: lists ordered subscriptions whose period covers the month, by category then title, units in order', () => {
    const rows = [
      base({ id: 1, unit: '10-0101' }),
      base({ id: 2, unit: '2-0101' }),
      base({ id: 3, title: 'The Economist', category: 'magazine', supplier: 'cnpiec' }),
      base({ id: 4, status: 'signed' }),
      base({ id: 5, startDate: firstDayOf('2027-03'), endDate: lastDayOf('2027-04') }),
    ]
    const groups = monthlyRegister(rows, '2026-12')
    expect(groups.map((g) => g.category)).toEqual(['newspaper', 'magazine'])
    expect(groups[0]!.titles[0]!.rows.map((r) => r.unit)).toEqual(['2-0101', '10-0101'])
    expect(groups.flatMap((g) => g.titles.flatMap((t) => t.rows.map((r) => r.id)))).toEqual([
      2, 1, 3,
    ])
  })

  it('SUB-7: a cancellation is marked in the month it was taken, its last month and the months it stops', () => {
    const cancelled = base({
      status: 'cancelled',
      cancellationEndDate: lastDayOf('2026-12'),
      cancelledAt: firstDayOf('2026-12'),
    })
    const mark = (month: string) =>
      monthlyRegister([cancelled], month)[0]?.titles[0]?.rows[0]?.cancellationMark ?? 'absent'
    expect(mark('2026-12')).toBe('last-month')
    expect(mark('2027-01')).toBe('stopped')
    expect(mark('2027-02')).toBe('stopped')
    expect(mark('2027-03')).toBe('absent')
    const before = base({
      status: 'cancelled',
      startDate: firstDayOf('2027-01'),
      cancellationEndDate: lastDayOf('2026-12'),
      cancelledAt: firstDayOf('2026-12'),
    })
    expect(monthlyRegister([before], '2026-12')[0]!.titles[0]!.rows[0]).toMatchObject({
      cancellationMark: 'taken',
      delivered: false,
    })
  })

  it('SUB-6: each unit is charged the months delivered, totalled in cents', () => {
    const rows = [
      base({ id: 1, monthlyFee: 12.1 }),
      base({ id: 2, title: '讀者', monthlyFee: 0.2 }),
      base({ id: 3, householdId: 2, unit: '1-0102', status: 'requested' }),
      base({
        id: 4,
        status: 'cancelled',
        cancellationEndDate: lastDayOf('2026-12'),
        cancelledAt: firstDayOf('2026-12'),
      }),
    ]
    expect(monthlyCharges(rows, '2026-12')).toEqual([
      expect.objectContaining({ unit: '1-0101', totals: [{ currency: 'CNY', amount: 40.8 }] }),
    ])
    expect(monthlyCharges(rows, '2027-01')[0]!.totals).toEqual([{ currency: 'CNY', amount: 12.3 }])
  })
})

describe('the confirmation letter', () => {
  it('SUB-3: states period, fee, total, the one-month minimum and this supplier’s cancellation rule', () => {
    const terms = {
      title: '人民日報',
      supplier: 'post-office' as const,
      startDate: firstDayOf('2026-12'),
      endDate: lastDayOf('2027-02'),
      months: 3,
      monthlyFee: 28.5,
      currency: 'CNY',
    }
    const zh = confirmationLetter(terms, 'zh-TW')
    expect(zh.facts).toContainEqual(['訂閱期', '2026年12月至2027年2月（3 個月）'])
    expect(zh.facts).toContainEqual(['合共', '85.50\u00a0元'])
    expect(zh.rules[0]).toBe('訂閱期最少 1 個月。')
    expect(zh.rules[1]).toMatch(/郵局訂閱可以退訂/)
    const en = confirmationLetter({ ...terms, supplier: 'cnpiec' }, 'en')
    expect(en.rules[1]).toMatch(/paid in advance and cannot be cancelled/)
    expect(en.authorisation).toMatch(/bill CNY\u00a028.50 every month/)
    expect(formatMonth('2026-12', 'en')).toBe('Dec 2026')
  })
})
