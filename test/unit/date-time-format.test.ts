import { describe, expect, it } from 'vitest'

import { dateTimeFormat } from '@/domain/dates/dateTimeFormat'

describe('dateTimeFormat (one formatter per locale and options)', () => {
  it('gives the same formatter for the same locale and options, and formats in the estate’s time zone', () => {
    const a = dateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    const b = dateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    expect(a).toBe(b)
    // 20:30 UTC on 26 November is already 27 November in Shanghai.
    expect(a.format(new Date('2026-11-26T20:30:00Z'))).toBe('2026-11-27')
    const london = dateTimeFormat('en-CA', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    expect(london).not.toBe(a)
    expect(london.format(new Date('2026-11-26T20:30:00Z'))).toBe('2026-11-26')
  })

  it('an unknown time zone still throws, and is not kept', () => {
    expect(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus' })).toThrow(RangeError)
    expect(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus' })).toThrow(RangeError)
  })
})
