import { describe, expect, it } from 'vitest'

import {
  CARD_STEPS,
  checkPermitValidity,
  MAX_PERMIT_VALID_DAYS,
  permitNumber,
} from '@/domain/permits/rules'

const TZ = 'Asia/Shanghai'

describe('a permit’s work period', () => {
  it('PMT-1: both days are required and must be dates', () => {
    expect(checkPermitValidity(undefined, '2026-12-01', TZ)).toMatchObject({
      ok: false,
      code: 'permits.validity-required',
      field: 'validFrom',
    })
    expect(checkPermitValidity('2026-12-01', 'tomorrow', TZ)).toMatchObject({
      ok: false,
      code: 'permits.validity-required',
      field: 'validUntil',
    })
  })

  it('PMT-1: the last day may equal the first, never precede it', () => {
    expect(checkPermitValidity('2026-12-01', '2026-12-01', TZ).ok).toBe(true)
    expect(checkPermitValidity('2026-12-02', '2026-12-01', TZ)).toMatchObject({
      ok: false,
      code: 'permits.validity-order',
    })
  })

  it(`PMT-1: at most ${MAX_PERMIT_VALID_DAYS} days counting both ends`, () => {
    expect(checkPermitValidity('2026-12-01', '2027-02-28', TZ).ok).toBe(true)
    expect(checkPermitValidity('2026-12-01', '2027-03-01', TZ)).toMatchObject({
      ok: false,
      code: 'permits.validity-too-long',
    })
  })

  it('PMT-1: an instant is read as its day in the estate’s time zone; each day is kept as its noon UTC', () => {
    // 23:30 UTC on 30 November is already 1 December in Shanghai.
    expect(checkPermitValidity('2026-11-30T23:30:00Z', '2026-12-03T12:00:00Z', TZ)).toEqual({
      ok: true,
      validFrom: '2026-12-01T12:00:00.000Z',
      validUntil: '2026-12-03T12:00:00.000Z',
    })
    // A plain date is the day written, wherever the estate is.
    expect(checkPermitValidity('2026-12-01', '2026-12-01', 'America/New_York')).toMatchObject({
      validFrom: '2026-12-01T12:00:00.000Z',
    })
    expect(checkPermitValidity('2026-02-30', '2026-03-01', TZ)).toMatchObject({ ok: false })
  })
})

describe('the permit cards', () => {
  it('PMT-4: are printed from the moment Security verifies, never before', () => {
    expect(CARD_STEPS).toEqual(['verified', 'stamped', 'laminated', 'issued'])
  })

  it('number a permit by its id with a prefix', () => {
    expect(permitNumber(42)).toBe('WP-000042')
    expect(permitNumber(1234567)).toBe('WP-1234567')
  })
})
