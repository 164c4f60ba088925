/** The inside list's reading of its page and search (VIS-5), and who may check a pass visitor out: pure rules. */
import { describe, expect, it } from 'vitest'

import type { Actor } from '@/access/actor'
import { mayCheckOutPassVisitors } from '@/domain/visitors/checkOutPassVisitor'
import {
  INSIDE_MAX_PAGE,
  readInsidePage,
  readInsideSearch,
} from '@/domain/visitors/findVisitorsInside'
import { passUsesInsideWhere, requestsInsideWhere } from '@/domain/visitors/readVisitorsInside'
import { howVisitorCameIn } from '@/domain/visitors/rules'

describe('the page asked for', () => {
  it('VIS-5: absent is the first; a whole number from 1 to the last is taken', () => {
    expect(readInsidePage(null)).toBe(1)
    expect(readInsidePage('')).toBe(1)
    expect(readInsidePage('1')).toBe(1)
    expect(readInsidePage(String(INSIDE_MAX_PAGE))).toBe(INSIDE_MAX_PAGE)
  })

  it('VIS-5: anything else is refused (null)', () => {
    for (const raw of [
      '0',
      '-1',
      '1.5',
      '1e3',
      '01',
      ' 2',
      'abc',
      String(INSIDE_MAX_PAGE + 1),
      '9'.repeat(30),
    ]) {
      expect(readInsidePage(raw), raw).toBeNull()
    }
  })
})

describe('the words searched for', () => {
  it('VIS-5: trimmed; empty is everyone', () => {
    expect(readInsideSearch(null)).toEqual({ ok: true, q: undefined })
    expect(readInsideSearch('   ')).toEqual({ ok: true, q: undefined })
    expect(readInsideSearch(' 陳 ')).toEqual({ ok: true, q: '陳' })
    expect(readInsideSearch('%_\'"')).toEqual({ ok: true, q: '%_\'"' })
  })

  it('VIS-5: too long or with control characters is refused with its code', () => {
    expect(readInsideSearch('a'.repeat(51))).toEqual({ ok: false, code: 'search.query-too-long' })
    expect(readInsideSearch('a\u0000b')).toEqual({ ok: false, code: 'search.query-invalid' })
  })
})

describe('the queries of visitors inside', () => {
  it('VIS-5: always the estate and those not gone; a search adds one "or" of the fields shown', () => {
    expect(requestsInsideWhere(7)).toEqual({
      and: [{ estate: { equals: 7 } }, { status: { equals: 'checked-in' } }],
    })
    expect(passUsesInsideWhere(7)).toEqual({
      and: [{ estate: { equals: 7 } }, { checkedOutAt: { exists: false } }],
    })
    const byDepartment = requestsInsideWhere(7, '管理處').and!.at(-1)!.or!
    expect(byDepartment).toContainEqual({ hostDepartment: { in: ['management-office'] } })
    expect(byDepartment).toContainEqual({ 'hostHousehold.unit': { like: '管理處' } })
    expect(passUsesInsideWhere(7, '陳').and!.at(-1)).toEqual({
      or: [{ 'pass.visitorName': { like: '陳' } }, { 'pass.household.unit': { like: '陳' } }],
    })
  })
})

describe('who checks a pass visitor out', () => {
  const staff = (roles: string[], estate: number | null = 1) =>
    ({ kind: 'staff', id: 1, estate, roles, allEstates: false }) as unknown as Actor
  it('VIS-5: a guard of the estate; not cs, Security, a kiosk or a resident', () => {
    expect(mayCheckOutPassVisitors(staff(['guard']))).toBe(true)
    expect(mayCheckOutPassVisitors(staff(['guard'], null))).toBe(false)
    expect(mayCheckOutPassVisitors(staff(['cs', 'security']))).toBe(false)
    expect(mayCheckOutPassVisitors({ kind: 'kiosk', id: 1, estate: 1 } as Actor)).toBe(false)
    expect(
      mayCheckOutPassVisitors({
        kind: 'resident',
        id: 1,
        estate: 1,
        household: 1,
        member: null,
      } as Actor),
    ).toBe(false)
  })
})

describe('how a visitor came in', () => {
  it('VIS-5: on a request, or with a pass at the gate or a kiosk — the lists say which', () => {
    expect(howVisitorCameIn({ kind: 'request', place: 'gate' })).toBe('byRequest')
    expect(howVisitorCameIn({ kind: 'pass', place: 'kiosk' })).toBe('byPassKiosk')
    expect(howVisitorCameIn({ kind: 'pass', place: 'gate' })).toBe('byPassGate')
    // A use recorded before the place was kept reads as the gate's.
    expect(howVisitorCameIn({ kind: 'pass', place: null })).toBe('byPassGate')
  })
})
