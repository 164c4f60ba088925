/**
 * The gate's pure rules beyond the procedure: the do-not-admit match (how a guard types a name,
 * an organisation or a plate must not matter) and recurring visitor passes (VIS-4: days and hours
 * in the estate's time zone, at most 3 months, uses per visit day).
 */
import { describe, expect, it } from 'vitest'

import {
  matchDoNotAdmit,
  normaliseForMatch,
  normalisePlateForMatch,
} from '@/domain/visitors/doNotAdmit'
import { checkPassWindow, passState } from '@/domain/visitors/passRules'
import {
  checkSchedule,
  describeSchedule,
  latestRecurringEnd,
  localTime,
  scheduleState,
} from '@/domain/visitors/schedule'

const list = [
  { id: 1, name: '陳大文', reason: '騷擾住戶' },
  { id: 2, organisation: 'ACME Renovation Ltd', reason: '未付款' },
  { id: 3, plate: '粵B12345', reason: '違規泊車' },
  { id: 4, name: 'Smith', reason: 'Trespass' },
]

describe('do-not-admit matching', () => {
  it('folds case, spaces and full-width forms', () => {
    expect(normaliseForMatch('  ＡＣＭＥ　Renovation  ltd ')).toBe('acmerenovationltd')
    expect(normaliseForMatch('陳 大 文')).toBe('陳大文')
    expect(normaliseForMatch(undefined)).toBe('')
  })

  it('ignores a plate’s punctuation and case', () => {
    expect(normalisePlateForMatch('粵b·12345')).toBe('粵B12345')
    expect(normalisePlateForMatch('粵B-123 45')).toBe('粵B12345')
    expect(normalisePlateForMatch('ＡＢ　１２３４')).toBe('AB1234')
  })

  it('matches any field an entry names and says which', () => {
    expect(matchDoNotAdmit({ name: '陳 大文' }, list)).toEqual([
      { entry: 1, fields: ['name'], reason: '騷擾住戶' },
    ])
    expect(matchDoNotAdmit({ name: '李', organisation: 'acme renovation LTD' }, list)).toEqual([
      { entry: 2, fields: ['organisation'], reason: '未付款' },
    ])
    expect(matchDoNotAdmit({ name: '王', plate: '粵B 123-45' }, list)[0]?.entry).toBe(3)
    expect(matchDoNotAdmit({ name: 'SMITH' }, list)[0]?.entry).toBe(4)
  })

  it('compares whole values: a surname alone does not match a listed full name', () => {
    expect(matchDoNotAdmit({ name: '陳' }, list)).toEqual([])
    expect(matchDoNotAdmit({ name: 'John Smith' }, list)).toEqual([])
    expect(matchDoNotAdmit({ organisation: 'ACME' }, list)).toEqual([])
    expect(matchDoNotAdmit({}, list)).toEqual([])
  })
})

describe('VIS-4 recurring passes', () => {
  const tz = 'Asia/Shanghai'
  const tuesdays = { days: ['tue' as const], from: '9:00', until: '12:00' }

  it('VIS-4: a schedule needs a weekday and hours that end after they start', () => {
    expect(checkSchedule(tuesdays)).toBeNull()
    expect(checkSchedule({ days: [], from: '09:00', until: '12:00' })).toBe('days')
    expect(checkSchedule({ days: ['tuesday'], from: '09:00', until: '12:00' })).toBe('days')
    expect(checkSchedule({ days: ['tue'], from: '12:00', until: '09:00' })).toBe('hours')
    expect(checkSchedule({ days: ['tue'], from: '25:00', until: '26:00' })).toBe('hours')
  })

  it('VIS-4: a recurring pass lasts at most 3 calendar months; a one-off one 7 days', () => {
    const from = '2026-11-30T00:00:00.000Z'
    expect(latestRecurringEnd(new Date(from)).toISOString()).toBe('2027-02-28T00:00:00.000Z')
    const now = new Date('2026-11-29T00:00:00Z')
    expect(checkPassWindow(from, '2027-02-27T00:00:00Z', now, { recurring: true })).toBeNull()
    expect(checkPassWindow(from, '2027-03-02T00:00:00Z', now, { recurring: true })).toBe(
      'recurring-too-long',
    )
    expect(checkPassWindow(from, '2026-12-20T00:00:00Z', now)).toBe('too-long')
  })

  it('VIS-4: open inside its hours, later outside them, over when no window is left', () => {
    // 2026-12-01 is a Tuesday. 09:30 in Shanghai is 01:30 UTC.
    const until = new Date('2027-01-31T00:00:00Z')
    expect(localTime(new Date('2026-12-01T01:30:00Z'), tz)).toMatchObject({
      weekday: 'tue',
      day: '2026-12-01',
      minutes: 570,
    })
    expect(scheduleState(tuesdays, until, new Date('2026-12-01T01:30:00Z'), tz)).toBe('open')
    expect(scheduleState(tuesdays, until, new Date('2026-12-01T04:00:00Z'), tz)).toBe('later')
    expect(scheduleState(tuesdays, until, new Date('2026-12-02T01:30:00Z'), tz)).toBe('later')
    // Wednesday before the last Tuesday-less stretch: the pass ends before the next Tuesday.
    expect(
      scheduleState(
        tuesdays,
        new Date('2026-12-05T00:00:00Z'),
        new Date('2026-12-02T01:30:00Z'),
        tz,
      ),
    ).toBe('over')
  })

  it('VIS-4: passState refuses off-hours as not yet valid, and counts uses per day', () => {
    const pass = {
      validFrom: '2026-11-30T00:00:00Z',
      validUntil: '2027-01-31T00:00:00Z',
      maxUses: 1,
      status: 'active',
    }
    const recurring = { schedule: tuesdays, timeZone: tz }
    expect(passState(pass, 0, new Date('2026-12-01T01:30:00Z'), recurring)).toBe('valid')
    expect(passState(pass, 1, new Date('2026-12-01T01:30:00Z'), recurring)).toBe('used-up')
    expect(passState(pass, 0, new Date('2026-12-03T01:30:00Z'), recurring)).toBe('off-hours')
    expect(passState(pass, 0, new Date('2027-02-03T01:30:00Z'), recurring)).toBe('expired')
  })

  it('describes the schedule in both languages', () => {
    const schedule = { days: ['thu' as const, 'tue' as const], from: '9:00', until: '12:00' }
    expect(describeSchedule(schedule, 'en')).toBe('Tuesdays and Thursdays 09:00–12:00')
    expect(describeSchedule(schedule, 'zh-TW')).toBe('逢星期二、星期四 09:00–12:00')
  })
})
