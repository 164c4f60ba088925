import { describe, expect, it } from 'vitest'

import { formatMoney } from '@/domain/money/formatMoney'

describe('formatMoney (PAS-3: fees written one way per language)', () => {
  it('PAS-3: Chinese writes the amount then 元, English the code then two decimals', () => {
    expect(formatMoney(50, 'CNY', 'zh-TW')).toBe('50\u00a0元')
    expect(formatMoney(50, 'CNY', 'en')).toBe('CNY\u00a050.00')
    expect(formatMoney(1234.5, 'CNY', 'en')).toBe('CNY\u00a01,234.50')
    expect(formatMoney(1234.5, 'CNY', 'zh-TW')).toBe('1,234.50\u00a0元')
  })

  it('PAS-3: another currency from the estate settings, and an unknown code as itself', () => {
    expect(formatMoney(80, 'HKD', 'zh-TW')).toBe('80\u00a0港元')
    expect(formatMoney(80, 'hkd', 'en')).toBe('HKD\u00a080.00')
    expect(formatMoney(3, 'XYZ', 'zh-TW')).toBe('3\u00a0XYZ')
    expect(formatMoney(0, null, 'en')).toBe('CNY\u00a00.00')
  })
})
