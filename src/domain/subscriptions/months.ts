import { dateTimeFormat } from '@/domain/dates/dateTimeFormat'

/**
 * Subscriptions run by calendar month (SUB-3). A month is written `YYYY-MM`; a subscription's
 * start is kept as the first day of its month at 00:00 UTC and its end as the last day of its last
 * month, so the month of either is its first seven characters whatever the reader's time zone.
 */
export type Month = `${number}-${number}`

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

export const isMonth = (value: unknown): value is string =>
  typeof value === 'string' && MONTH.test(value)

/** 2026-12 plus 2 months is 2027-02; minus 1 is 2026-11. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) + n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** The month a stored start or end date lies in. */
export const monthOf = (iso: string | null | undefined): string => (iso ?? '').slice(0, 7)

/** The first day of a month, as stored. */
export const firstDayOf = (month: string) => `${month}-01T00:00:00.000Z`

/** The last day of a month, as stored. */
export function lastDayOf(month: string) {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(y, m, 0)).toISOString()
}

/** The calendar month a moment falls in, in a time zone (the estate's). */
export function monthIn(timeZone: string, at: Date = new Date()): string {
  const parts = dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(at)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}`
}

/** The last month of a period of `months` months from `start` (a 1-month period ends where it starts). */
export const lastMonthOf = (start: string, months: number) => addMonths(start, months - 1)

/** Months from `from` to `to`, both included (0 when `to` is earlier). */
export function monthsBetween(from: string, to: string) {
  const [fy, fm] = from.split('-').map(Number) as [number, number]
  const [ty, tm] = to.split('-').map(Number) as [number, number]
  return Math.max(0, ty * 12 + tm - (fy * 12 + fm) + 1)
}

/** A whole number of months from 1 to `max` (SUB-3: at least one month). */
export const isValidPeriod = (months: unknown, max: number) =>
  typeof months === 'number' && Number.isInteger(months) && months >= 1 && months <= max
