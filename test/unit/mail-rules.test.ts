import { describe, expect, it } from 'vitest'

import type { Actor } from '@/access/actor'
import { monthInZone } from '@/domain/estates/timeZone'
import { normalisePickupCode } from '@/domain/kiosk/api'
import {
  choosePickupCode,
  formatPickupCode,
  isNoticeDue,
  newPickupCode,
  noteNoticeDue,
} from '@/domain/mail/pickupCode'
import {
  addDays,
  authorisationValid,
  calendarDay,
  checkBatchCount,
  holdInForce,
  reconcileBatch,
  reminderDue,
  sameName,
} from '@/domain/mail/rules'
import { canMove } from '@/domain/workflow/defineWorkflow'
import { MAIL_BATCH_WORKFLOW, MAIL_ITEM_WORKFLOW } from '@/domain/mail/transitions'

const cs: Actor = { kind: 'staff', id: 1, estate: 1, roles: ['cs'], allEstates: false }
const guard: Actor = { kind: 'staff', id: 2, estate: 1, roles: ['guard'], allEstates: false }
const kiosk: Actor = { kind: 'kiosk', id: 3, estate: 1 }

describe('MAIL-2: a batch’s counts', () => {
  it('MAIL-2: equal counts need no note; different counts need one; bad counts are refused', () => {
    expect(checkBatchCount({ declaredCount: 6, countedCount: 6, discrepancyNote: '' })).toBeNull()
    expect(checkBatchCount({ declaredCount: 6, countedCount: 5, discrepancyNote: ' ' })).toBe(
      'mail.count-mismatch-needs-note',
    )
    expect(
      checkBatchCount({ declaredCount: 6, countedCount: 5, discrepancyNote: '少一件' }),
    ).toBeNull()
    for (const bad of [0, -1, 1.5, '5', null, undefined, 10_001]) {
      expect(checkBatchCount({ declaredCount: 6, countedCount: bad, discrepancyNote: 'x' })).toBe(
        'mail.count-invalid',
      )
    }
  })

  it('MAIL-2: a batch reconciles when every counted item is recorded', () => {
    const items = [{ status: 'picked-up' }, { status: 'waiting' }, { status: 'returned' }]
    expect(reconcileBatch(3, items)).toMatchObject({
      pickedUp: 1,
      waiting: 1,
      returned: 1,
      balanced: true,
    })
    expect(reconcileBatch(4, items).balanced).toBe(false)
  })
})

describe('MAIL-4, MAIL-5: the workflow tables', () => {
  it('MAIL-2: only the count-and-sign operation accepts a batch; no role can', () => {
    expect(canMove(MAIL_BATCH_WORKFLOW, 'handed-over', 'accepted', { actor: cs })).toBe(false)
    expect(
      canMove(MAIL_BATCH_WORKFLOW, 'handed-over', 'accepted', {
        actor: cs,
        operation: 'accept-batch',
      }),
    ).toBe(true)
  })

  it('MAIL-5: an item is picked up only by the pickup operation, returned only by the office; both final', () => {
    expect(canMove(MAIL_ITEM_WORKFLOW, 'waiting', 'picked-up', { actor: cs })).toBe(false)
    expect(canMove(MAIL_ITEM_WORKFLOW, 'waiting', 'picked-up', { actor: kiosk })).toBe(false)
    expect(
      canMove(MAIL_ITEM_WORKFLOW, 'waiting', 'picked-up', { actor: kiosk, operation: 'pickup' }),
    ).toBe(true)
    expect(canMove(MAIL_ITEM_WORKFLOW, 'waiting', 'returned', { actor: cs })).toBe(true)
    expect(canMove(MAIL_ITEM_WORKFLOW, 'waiting', 'returned', { actor: guard })).toBe(false)
    expect(
      canMove(MAIL_ITEM_WORKFLOW, 'picked-up', 'waiting', { actor: cs, operation: 'pickup' }),
    ).toBe(false)
    expect(
      canMove(MAIL_ITEM_WORKFLOW, 'returned', 'picked-up', { actor: cs, operation: 'pickup' }),
    ).toBe(false)
  })
})

describe('MAIL-4: codes, names and authorisations', () => {
  it('MAIL-4: a pickup code is 10 digits; spaces and dashes are ignored; anything else is not a code', () => {
    const code = newPickupCode()
    expect(code).toMatch(/^\d{10}$/)
    expect(normalisePickupCode(formatPickupCode(code))).toBe(code)
    expect(normalisePickupCode('123-456-7890')).toBe('1234567890')
    for (const bad of ['12345', '12345678901', 'abcdefghij', 1234567890, null]) {
      expect(normalisePickupCode(bad)).toBeNull()
    }
  })

  it('MAIL-4: names match whatever their spacing, case and width', () => {
    expect(sameName(' 黃 師傅 ', '黃師傅')).toBe(true)
    expect(sameName('Wong Tai Man', 'wong  tai man')).toBe(true)
    expect(sameName('ＡＢＣ', 'abc')).toBe(true)
    expect(sameName('', '')).toBe(false)
    expect(sameName('黃師傅', '黃師奶')).toBe(false)
  })

  it('MAIL-4: an authorisation holds up to and including its last day, unless withdrawn', () => {
    const until = '2026-12-12T12:00:00.000Z'
    expect(authorisationValid({ validUntil: until }, '2026-12-12')).toBe(true)
    expect(authorisationValid({ validUntil: until }, '2026-12-13')).toBe(false)
    expect(authorisationValid({ validUntil: until, revokedAt: '2026-12-01' }, '2026-12-05')).toBe(
      false,
    )
  })
})

describe('MAIL-6: reminders and holds', () => {
  const created = '2026-11-01T02:00:00.000Z'
  const at = (days: number) => new Date(Date.parse(created) + days * 86400_000)

  it('MAIL-6: reminded after the set days, then every that many days, never on hold', () => {
    expect(reminderDue({ createdAt: created }, 3, at(2.9), false)).toBe(false)
    expect(reminderDue({ createdAt: created }, 3, at(3), false)).toBe(true)
    expect(reminderDue({ createdAt: created }, 3, at(3), true)).toBe(false)
    expect(
      reminderDue({ createdAt: created, remindedAt: at(3).toISOString() }, 3, at(5), false),
    ).toBe(false)
    expect(
      reminderDue({ createdAt: created, remindedAt: at(3).toISOString() }, 3, at(6), false),
    ).toBe(true)
  })

  it('MAIL-6: a hold is in force from its first to its last day', () => {
    const hold = { from: '2026-12-01T12:00:00.000Z', until: '2026-12-12T12:00:00.000Z' }
    expect(holdInForce(hold, '2026-11-30')).toBe(false)
    expect(holdInForce(hold, '2026-12-01')).toBe(true)
    expect(holdInForce(hold, '2026-12-12')).toBe(true)
    expect(holdInForce(hold, '2026-12-13')).toBe(false)
  })

  it('a date picked in the admin (local midnight sent as UTC) is the day the person meant', () => {
    expect(calendarDay('2026-12-12', 'Asia/Shanghai')).toBe('2026-12-12')
    expect(calendarDay('2026-12-11T16:00:00.000Z', 'Asia/Shanghai')).toBe('2026-12-12')
    expect(calendarDay('soon', 'Asia/Shanghai')).toBeNull()
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
  })

  it('a month of the register runs from the estate’s first midnight to the next month’s', () => {
    expect(monthInZone('2026-11', 'Asia/Shanghai')).toEqual({
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
    })
    expect(monthInZone('2026-13', 'Asia/Shanghai')).toBeNull()
    expect(monthInZone('november', 'Asia/Shanghai')).toBeNull()
  })
})

describe('MAIL-3: the pickup code a new item gets', () => {
  const member = { household: 7, member: 70, addressee: '陳大文' }
  const byName = { household: 7, member: null, addressee: '陳太' }

  it('MAIL-3: the addressee’s own code while their mail waits, found beside another’s candidate', () => {
    const found = [
      { household: 9, member: 90, addressee: '李', pickupCode: '1111111111' },
      { household: 7, member: { id: 70 }, addressee: '陳大文', pickupCode: '2222222222' },
    ]
    expect(choosePickupCode(found, member, '1111111111')).toEqual({
      code: '2222222222',
      isNew: false,
    })
  })

  it('MAIL-3: a name on the envelope shares a code only with waiting mail for that name without a member', () => {
    const found = [
      { household: 7, member: 70, addressee: '陳太', pickupCode: '3333333333' },
      { household: 7, member: null, addressee: '陳太', pickupCode: '4444444444' },
    ]
    expect(choosePickupCode(found, byName, '5555555555')).toEqual({
      code: '4444444444',
      isNew: false,
    })
    expect(choosePickupCode(found.slice(0, 1), byName, '5555555555')).toBeNull()
  })

  it('MAIL-3: a new code only when no waiting item holds the candidate; another addressee’s is never reissued', () => {
    expect(choosePickupCode([], member, '6666666666')).toEqual({ code: '6666666666', isNew: true })
    const others = [{ household: 8, member: 80, addressee: '王', pickupCode: '6666666666' }]
    expect(choosePickupCode(others, member, '6666666666')).toBeNull()
  })

  it('MAIL-3: a notice is due only for a code this request marked so (new, or new to the batch)', () => {
    const req = { context: {} as Record<string, unknown> }
    expect(isNoticeDue(req, '7777777777')).toBe(false)
    noteNoticeDue(req, '7777777777')
    expect(isNoticeDue(req, '7777777777')).toBe(true)
    expect(isNoticeDue(req, '8888888888')).toBe(false)
    expect(isNoticeDue(req, null)).toBe(false)
    expect(isNoticeDue({ context: {} }, '7777777777')).toBe(false)
  })
})
