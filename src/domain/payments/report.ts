import { zoneOffsetMinutes } from '@/domain/estates/timeZone'
import { spreadsheetCsvRow } from '@/domain/export/spreadsheetCell'
import { feeOwed } from '@/domain/passes/handoverRules'

import { dayInZone, PAYMENT_METHOD_LABELS, PAYMENT_METHODS, type PaymentMethod } from './rules'

type Id = string | number
type Lang = 'zh-TW' | 'en'

export type OwedPass = {
  household: Id
  unit: string
  number?: string | null
  fee?: number | null
  feePaidAt?: string | null
  status?: string | null
}

export type OutstandingRow = { household: Id; unit: string; passes: string[]; amount: number }

/**
 * PAS-3: what each household still owes: its passes with a fee not yet paid (a voided pass is
 * owed no more), by unit, with the total.
 */
export function outstandingByHousehold(passes: readonly OwedPass[]) {
  const rows = new Map<string, OutstandingRow>()
  for (const pass of passes) {
    if (!feeOwed(pass)) continue
    const key = String(pass.household)
    const row = rows.get(key) ?? {
      household: pass.household,
      unit: pass.unit,
      passes: [],
      amount: 0,
    }
    row.passes.push(pass.number ?? '')
    row.amount += pass.fee ?? 0
    rows.set(key, row)
  }
  const list = [...rows.values()].sort((a, b) =>
    a.unit.localeCompare(b.unit, 'en', { numeric: true }),
  )
  for (const row of list) row.passes.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  return {
    rows: list,
    total: {
      households: list.length,
      passes: list.reduce((n, r) => n + r.passes.length, 0),
      amount: list.reduce((n, r) => n + r.amount, 0),
    },
  }
}

export type RecordedPayment = { paidAt: string; amount: number; method: PaymentMethod }

export type DayRow = {
  day: string
  count: number
  amount: number
  byMethod: Record<PaymentMethod, number>
}

const noMethods = (): Record<PaymentMethod, number> => ({ cash: 0, card: 0, transfer: 0 })

/** PAS-3: payments per calendar day at the estate: how many, how much, and how much by each method. */
export function paymentsPerDay(payments: readonly RecordedPayment[], timeZone: string) {
  const days = new Map<string, DayRow>()
  const total: Omit<DayRow, 'day'> = { count: 0, amount: 0, byMethod: noMethods() }
  for (const payment of payments) {
    const day = dayInZone(payment.paidAt, timeZone)
    const row = days.get(day) ?? { day, count: 0, amount: 0, byMethod: noMethods() }
    for (const sum of [row, total]) {
      sum.count += 1
      sum.amount += payment.amount
      sum.byMethod[payment.method] += payment.amount
    }
    days.set(day, row)
  }
  return { rows: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)), total }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** A YYYY-MM-DD that is a real calendar day. */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = DAY.exec(value)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === value
}

/** The instant a calendar day begins at the estate (its midnight in the estate's time zone). */
export function startOfDayInZone(day: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const utc = Date.UTC(y, m - 1, d)
  return new Date(utc - zoneOffsetMinutes(timeZone, new Date(utc)) * 60_000)
}

/**
 * The report's days, from and to inclusive, as the instants they run between at the estate; the
 * days in the wrong order are swapped, and a range longer than about a year is cut to it.
 */
export function reportRange(from: string, to: string, timeZone: string) {
  const [first, last] = from <= to ? [from, to] : [to, from]
  const start = startOfDayInZone(first, timeZone)
  const nextDay = new Date(startOfDayInZone(last, timeZone).getTime() + 36 * 3_600_000)
  const end = startOfDayInZone(dayInZone(nextDay, timeZone), timeZone)
  return { from: first, to: last, start: start.toISOString(), end: end.toISOString() }
}

const CSV_HEADS = {
  outstanding: {
    'zh-TW': ['單元', '出入證數目', '證號', '欠款', '貨幣'],
    en: ['Unit', 'Passes', 'Pass numbers', 'Amount owed', 'Currency'],
  },
  payments: {
    'zh-TW': [
      '日期',
      '筆數',
      '合計',
      ...PAYMENT_METHODS.map((m) => PAYMENT_METHOD_LABELS[m]['zh-TW']),
      '貨幣',
    ],
    en: [
      'Date',
      'Payments',
      'Total',
      ...PAYMENT_METHODS.map((m) => PAYMENT_METHOD_LABELS[m].en),
      'Currency',
    ],
  },
}

const TOTAL = { 'zh-TW': '合計', en: 'Total' }

/** A CSV that Excel opens as UTF-8 (byte-order mark, CRLF), with spreadsheet-safe cells. */
const csvFile = (lines: string[]) => `\ufeff${lines.join('\r\n')}\r\n`

export function outstandingCsv(
  report: ReturnType<typeof outstandingByHousehold>,
  currency: string,
  lang: Lang,
) {
  return csvFile([
    spreadsheetCsvRow(CSV_HEADS.outstanding[lang]),
    ...report.rows.map((r) =>
      spreadsheetCsvRow([r.unit, r.passes.length, r.passes.join(' '), r.amount, currency]),
    ),
    spreadsheetCsvRow([TOTAL[lang], report.total.passes, '', report.total.amount, currency]),
  ])
}

export function paymentsCsv(
  report: ReturnType<typeof paymentsPerDay>,
  currency: string,
  lang: Lang,
) {
  const line = (label: string, r: Omit<DayRow, 'day'>) =>
    spreadsheetCsvRow([
      label,
      r.count,
      r.amount,
      ...PAYMENT_METHODS.map((m) => r.byMethod[m]),
      currency,
    ])
  return csvFile([
    spreadsheetCsvRow(CSV_HEADS.payments[lang]),
    ...report.rows.map((r) => line(r.day, r)),
    line(TOTAL[lang], report.total),
  ])
}
