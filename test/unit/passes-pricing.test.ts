/** PAS-2 / PAS-3: the pure pricing rules of a member's passes. */
import { describe, expect, it } from 'vitest'

import {
  DEFAULT_PASS_SETTINGS,
  feeOwed,
  freeUnpaidSlot,
  nextPassOrdinal,
  passNumber,
  passSlot,
  priceNthPass,
} from '@/domain/passes/pricing'

const settings = DEFAULT_PASS_SETTINGS

describe('priceNthPass', () => {
  it('PAS-2: the first 3 passes of a member are free', () => {
    expect([1, 2, 3].map((n) => priceNthPass(n, settings))).toEqual([0, 0, 0])
  })

  it('PAS-3: the 4th pass and every later one costs 50', () => {
    expect([4, 5, 100].map((n) => priceNthPass(n, settings))).toEqual([50, 50, 50])
  })

  it('PAS-3: amount and the number of free passes are settings', () => {
    const custom = { ...settings, freePassesPerMember: 1, extraPassFee: 80, currency: 'HKD' }
    expect([1, 2].map((n) => priceNthPass(n, custom))).toEqual([0, 80])
    const none = { ...settings, freePassesPerMember: 0 }
    expect(priceNthPass(1, none)).toBe(50)
  })

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses the ordinal %s', (n) => {
    expect(() => priceNthPass(n, settings)).toThrow(RangeError)
    expect(() => priceNthPass(n, settings)).toThrow(/pass ordinal must be 1 or more/)
  })
})

describe('passSlot', () => {
  it('PAS-3: one slot per member and ordinal, the same for a numeric or string id', () => {
    expect(passSlot(12, 4)).toBe('12#4')
    expect(passSlot('12', 4)).toBe(passSlot(12, 4))
    expect(passSlot(12, 4)).not.toBe(passSlot(12, 5))
    expect(passSlot(1, 24)).not.toBe(passSlot(12, 4))
  })
})

describe('passNumber', () => {
  it('PAS-2: unit, the member’s place (two digits) and the member’s n-th pass', () => {
    expect(passNumber('3-1201', 1, 1)).toBe('3-1201-01-1')
    expect(passNumber('3-1201', 12, 4)).toBe('3-1201-12-4')
    expect(passNumber('3-1201', 2, 10)).toBe('3-1201-02-10')
  })
})

describe('nextPassOrdinal', () => {
  it('PAS-3: follows the highest ordinal ever issued, lost and void ones included', () => {
    expect(nextPassOrdinal(null)).toBe(1)
    expect(nextPassOrdinal(undefined)).toBe(1)
    expect(nextPassOrdinal(3)).toBe(4)
  })
})

describe('feeOwed', () => {
  it('PAS-3: adds up the fees not yet marked paid', () => {
    expect(feeOwed([])).toBe(0)
    expect(
      feeOwed([
        { fee: 0 },
        { fee: 50 },
        { fee: 50, feePaidAt: '2026-01-02T03:04:05.000Z' },
        { fee: 80, feePaidAt: null },
        { fee: null },
        {},
      ]),
    ).toBe(130)
  })
})

describe('freeUnpaidSlot', () => {
  it('issue 6 #13 (PAS-3): an unpaid extra pass takes the lowest free of the member’s places', () => {
    expect(freeUnpaidSlot(7, [], 2)).toBe('7#unpaid#1')
    expect(freeUnpaidSlot(7, ['7#unpaid#1'], 2)).toBe('7#unpaid#2')
    expect(freeUnpaidSlot(7, ['7#unpaid#2', null], 2)).toBe('7#unpaid#1')
  })

  it('issue 6 #13 (PAS-3): with every place taken there is none, and a limit of 0 allows no unpaid pass', () => {
    expect(freeUnpaidSlot(7, ['7#unpaid#1', '7#unpaid#2'], 2)).toBeNull()
    expect(freeUnpaidSlot(7, [], 0)).toBeNull()
    // Another member's places are not this member's.
    expect(freeUnpaidSlot(8, ['7#unpaid#1', '7#unpaid#2'], 2)).toBe('8#unpaid#1')
  })
})
