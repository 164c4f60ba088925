/** The dashboard's desks per role and the search box's reading of a query: pure rules. */
import { describe, expect, it } from 'vitest'

import { deskHref, DESKS, desksForRoles } from '@/domain/dashboard/desks'
import { readSearchQuery } from '@/domain/search/searchEstate'

describe('the desks of a role', () => {
  const keys = (roles: Parameters<typeof desksForRoles>[0]) =>
    desksForRoles(roles).map((desk) => desk.key)

  it('cs: the office’s piles, the outbox among them', () => {
    expect(keys(['cs'])).toEqual([
      'households-awaiting-handover',
      'passes-awaiting-payment',
      'passes-lost',
      'emails-failing',
      'mail-waiting',
      'complaints-open',
      'complaints-due',
      'complaints-overdue',
      'visitors-waiting',
    ])
  })

  it('finance: the passes awaiting payment only; guard: the gate’s', () => {
    expect(keys(['finance'])).toEqual(['passes-awaiting-payment'])
    expect(keys(['guard'])).toEqual(['passes-lost', 'visitors-waiting'])
    expect(keys(['engineering'])).toEqual([
      'complaints-open',
      'complaints-due',
      'complaints-overdue',
    ])
    expect(keys([])).toEqual([])
  })

  it('links a desk without an office page to the admin list filtered as it was counted', () => {
    const unpaid = DESKS.find((desk) => desk.key === 'passes-awaiting-payment')!
    const href = decodeURIComponent(deskHref(unpaid, new Date()))
    expect(href).toContain('/admin/collections/passes?')
    expect(href).toContain('where[and][0][fee][greater_than]=0')
    expect(href).toContain('where[and][1][feePaidAt][exists]=false')
    const overdue = DESKS.find((desk) => desk.key === 'complaints-overdue')!
    const now = new Date('2026-11-27T02:00:00Z')
    expect(overdue.where(now)).toEqual({
      and: [
        { status: { in: ['planned', 'scheduled', 'in-progress'] } },
        { committedTime: { less_than: '2026-11-27T02:00:00.000Z' } },
      ],
    })
  })

  it('Deadlines: a department’s staff get their own department’s complaints in the admin list; the office its desk page', () => {
    const due = DESKS.find((desk) => desk.key === 'complaints-due')!
    const now = new Date('2026-11-27T02:00:00Z')
    expect(due.where(now, ['engineering'])).toEqual({
      and: [
        { status: { equals: 'received' } },
        { warnAt: { less_than_equal: '2026-11-27T02:00:00.000Z' } },
        { department: { in: ['engineering'] } },
      ],
    })
    expect(due.where(now, ['cs', 'engineering'])).toEqual({
      and: [
        { status: { equals: 'received' } },
        { warnAt: { less_than_equal: '2026-11-27T02:00:00.000Z' } },
      ],
    })
    expect(deskHref(due, now, ['cs'])).toBe('/office/complaints')
    const href = decodeURIComponent(deskHref(due, now, ['security']))
    expect(href).toContain('/admin/collections/complaints?')
    expect(href).toContain('where[and][2][department][in][0]=security')
  })

  it('every desk is named in both languages', () => {
    for (const desk of DESKS) {
      expect(desk.label.en).not.toMatch(/[\u3400-\u9fff]/)
      expect(desk.label['zh-TW']).toMatch(/[\u3400-\u9fff]/)
    }
  })
})

describe('a search query', () => {
  it('takes two characters, or one Chinese character (a surname), trimmed', () => {
    expect(readSearchQuery('  3-15 ')).toEqual({ ok: true, q: '3-15' })
    expect(readSearchQuery('陳')).toEqual({ ok: true, q: '陳' })
    expect(readSearchQuery('a')).toEqual({ ok: false, code: 'search.query-too-short' })
    expect(readSearchQuery('   ')).toEqual({ ok: false, code: 'search.query-too-short' })
    expect(readSearchQuery(null)).toEqual({ ok: false, code: 'search.query-too-short' })
  })

  it('refuses more than 50 characters and control characters', () => {
    expect(readSearchQuery('x'.repeat(50)).ok).toBe(true)
    expect(readSearchQuery('x'.repeat(51))).toEqual({ ok: false, code: 'search.query-too-long' })
    expect(readSearchQuery('ab\u0000')).toEqual({ ok: false, code: 'search.query-invalid' })
    expect(readSearchQuery('a\nb')).toEqual({ ok: false, code: 'search.query-invalid' })
  })
})
