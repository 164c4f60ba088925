import { describe, expect, it } from 'vitest'

import {
  isDay,
  outstandingByHousehold,
  outstandingCsv,
  paymentsCsv,
  paymentsPerDay,
  reportRange,
} from '@/domain/payments/report'
import {
  amountAgrees,
  amountDue,
  dayInZone,
  distinctIds,
  payablePassRefusal,
  receiptNumber,
  yearInZone,
} from '@/domain/payments/rules'

const payer = { household: 7, estate: 1 }
const owed = { id: 30, household: 7, estate: 1, status: 'prepared', fee: 50, feePaidAt: null }

describe('PAS-3: which passes a household may pay for', () => {
  it('PAS-3: an owed pass of the household is payable', () => {
    expect(payablePassRefusal(owed, payer)).toBeNull()
    expect(payablePassRefusal({ ...owed, status: 'lost' }, payer)).toBeNull()
  })
  it('PAS-3: paid, voided, free, another household’s or estate’s passes are refused, each by its code', () => {
    const code = (p: Partial<typeof owed>) => payablePassRefusal({ ...owed, ...p }, payer)?.code
    expect(code({ feePaidAt: '2026-11-27T01:00:00Z' as never })).toBe('payment.pass-already-paid')
    expect(code({ status: 'void' })).toBe('payment.pass-void')
    expect(code({ fee: 0 })).toBe('payment.pass-free')
    expect(code({ fee: null as never })).toBe('payment.pass-free')
    expect(code({ household: 8 })).toBe('payment.pass-other-household')
    // Another estate's pass is answered as unknown, before anything else about it.
    expect(code({ estate: 2, household: 8, status: 'void' })).toBe('payment.pass-unknown')
  })
  it('PAS-3: ids compare as text (SQL numbers and Mongo ids alike)', () => {
    expect(payablePassRefusal({ ...owed, household: '7', estate: '1' }, payer)).toBeNull()
  })
})

describe('PAS-3: the amount is the server’s', () => {
  it('PAS-3: the amount due is the sum of the fees', () => {
    expect(amountDue([{ fee: 50 }, { fee: 50 }, { fee: 28.5 }])).toBe(128.5)
    expect(amountDue([{ fee: 0.1 }, { fee: 0.2 }])).toBe(0.3)
  })
  it('PAS-3: a client’s amount must agree; none at all is fine', () => {
    expect(amountAgrees(undefined, 100)).toBe(true)
    expect(amountAgrees(null, 100)).toBe(true)
    expect(amountAgrees(100, 100)).toBe(true)
    expect(amountAgrees('100', 100)).toBe(true)
    expect(amountAgrees(99, 100)).toBe(false)
    expect(amountAgrees('abc', 100)).toBe(false)
    expect(amountAgrees(Number.NaN, 100)).toBe(false)
    expect(amountAgrees({}, 100)).toBe(false)
  })
})

describe('PAS-3: receipt numbers', () => {
  it('PAS-3: read like R-2026-000123', () => {
    expect(receiptNumber(2026, 123)).toBe('R-2026-000123')
    expect(receiptNumber(2027, 1)).toBe('R-2027-000001')
  })
  it('PAS-3: the year is the estate’s: 00:30 on 1 January in Shanghai is the new year', () => {
    const at = new Date('2026-12-31T16:30:00Z')
    expect(yearInZone(at, 'Asia/Shanghai')).toBe(2027)
    expect(yearInZone(at, 'UTC')).toBe(2026)
    expect(dayInZone(at, 'Asia/Shanghai')).toBe('2027-01-01')
  })
  it('PAS-3: claims are taken in one order, each pass once', () => {
    expect(distinctIds([10, 9, '10', 100])).toEqual([9, 10, 100])
  })
})

describe('PAS-3: the finance report', () => {
  it('PAS-3: outstanding fees per household, by unit, voided and paid passes left out', () => {
    const report = outstandingByHousehold([
      { household: 2, unit: '10-0101', number: '10-0101-01-4', fee: 50 },
      { household: 1, unit: '2-0301', number: '2-0301-01-5', fee: 50 },
      { household: 1, unit: '2-0301', number: '2-0301-01-4', fee: 50 },
      { household: 1, unit: '2-0301', number: '2-0301-01-6', fee: 50, status: 'void' },
      { household: 1, unit: '2-0301', number: '2-0301-02-4', fee: 50, feePaidAt: '2026-01-01' },
      { household: 3, unit: '3-0101', number: '3-0101-01-1', fee: 0 },
    ])
    expect(report.rows).toEqual([
      { household: 1, unit: '2-0301', passes: ['2-0301-01-4', '2-0301-01-5'], amount: 100 },
      { household: 2, unit: '10-0101', passes: ['10-0101-01-4'], amount: 50 },
    ])
    expect(report.total).toEqual({ households: 2, passes: 3, amount: 150 })
  })
  it('PAS-3: payments per day at the estate, by method, with totals', () => {
    const report = paymentsPerDay(
      [
        { paidAt: '2026-11-26T15:59:00Z', amount: 50, method: 'cash' },
        { paidAt: '2026-11-26T16:01:00Z', amount: 100, method: 'card' },
        { paidAt: '2026-11-27T03:00:00Z', amount: 50, method: 'transfer' },
      ],
      'Asia/Shanghai',
    )
    expect(report.rows).toEqual([
      { day: '2026-11-26', count: 1, amount: 50, byMethod: { cash: 50, card: 0, transfer: 0 } },
      { day: '2026-11-27', count: 2, amount: 150, byMethod: { cash: 0, card: 100, transfer: 50 } },
    ])
    expect(report.total).toEqual({
      count: 3,
      amount: 200,
      byMethod: { cash: 50, card: 100, transfer: 50 },
    })
  })
  it('PAS-3: the report’s days run from midnight to midnight at the estate', () => {
    expect(reportRange('2026-11-01', '2026-11-30', 'Asia/Shanghai')).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      start: '2026-10-31T16:00:00.000Z',
      end: '2026-11-30T16:00:00.000Z',
    })
    expect(reportRange('2026-11-30', '2026-11-01', 'Asia/Shanghai').from).toBe('2026-11-01')
    expect(isDay('2026-02-29')).toBe(false)
    expect(isDay('2028-02-29')).toBe(true)
    expect(isDay('2026-1-01')).toBe(false)
  })
  it('PAS-3: CSV for Excel: a byte-order mark, CRLF, spreadsheet-safe cells, a total line', () => {
    const owedCsv = outstandingCsv(
      outstandingByHousehold([{ household: 1, unit: '=1+1', number: 'N-4', fee: 50 }]),
      'CNY',
      'zh-TW',
    )
    expect(owedCsv).toBe(
      '\ufeff"單元","出入證數目","證號","欠款","貨幣"\r\n"\'=1+1","1","N-4","50","CNY"\r\n"合計","1","","50","CNY"\r\n',
    )
    const perDay = paymentsCsv(
      paymentsPerDay(
        [{ paidAt: '2026-11-27T03:00:00Z', amount: 50, method: 'cash' }],
        'Asia/Shanghai',
      ),
      'CNY',
      'en',
    )
    expect(perDay.split('\r\n')[0]).toBe(
      '\ufeff"Date","Payments","Total","Cash","Card","Bank transfer","Currency"',
    )
    expect(perDay).toContain('"Total","1","50","50","0","0","CNY"')
  })
})
