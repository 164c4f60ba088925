import { describe, expect, it } from 'vitest'

import { formatEstateDateTime, formatEstateTime } from '@/domain/estates/timeZone'

describe('times shown to people are in the estate’s time zone', () => {
  it('GEN-3: a board’s clock time is the estate’s, 24-hour, in either language', () => {
    const at = '2026-11-27T17:05:00Z'
    expect(formatEstateTime(at, 'Asia/Hong_Kong', 'zh-TW')).toBe('01:05')
    expect(formatEstateTime(at, 'Asia/Hong_Kong', 'en')).toBe('01:05')
    expect(formatEstateTime(at, 'Europe/London', 'en')).toBe('17:05')
  })

  it('just after midnight reads 00:05, never 24:05', () => {
    expect(formatEstateTime('2026-11-27T16:05:00Z', 'Asia/Shanghai', 'en')).toBe('00:05')
    expect(formatEstateTime('2026-11-27T16:05:00Z', 'Asia/Shanghai', 'zh-TW')).toBe('00:05')
  })

  it('a zone the estate cannot have falls back to the default, not an exception', () => {
    expect(formatEstateTime('2026-11-27T16:05:00Z', 'Mars/Olympus', 'en')).toBe(
      formatEstateTime('2026-11-27T16:05:00Z', 'Asia/Shanghai', 'en'),
    )
    expect(formatEstateDateTime('2026-11-27T16:05:00Z', 'Asia/Shanghai', 'en')).toBe(
      '28 Nov 2026, 00:05',
    )
  })
})
