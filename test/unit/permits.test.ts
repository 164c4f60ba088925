import { describe, expect, it } from 'vitest'

import { canMove } from '@/domain/workflow/defineWorkflow'
import {
  formatCountdown,
  maskIdNumber,
  normaliseIdNumber,
  permitDeadline,
  secondsLeft,
} from '@/domain/permits/rules'
import { PERMIT_STEPS, PERMIT_WORKFLOW, STEP_OWNER } from '@/domain/permits/transitions'

const staff = (...roles: string[]) => ({
  actor: { kind: 'staff' as const, id: 1, estate: 1, roles: roles as never, allEstates: false },
})

describe('PMT-2: the chain', () => {
  it('moves only to the next step, only by the role that owns it', () => {
    for (let i = 1; i < PERMIT_STEPS.length; i++) {
      const from = PERMIT_STEPS[i - 1]!
      const to = PERMIT_STEPS[i]!
      const owner = STEP_OWNER[to as keyof typeof STEP_OWNER]
      expect(canMove(PERMIT_WORKFLOW, from, to, staff(owner)), `${from}→${to}`).toBe(true)
      for (const other of ['cs', 'finance', 'security', 'administration', 'manager', 'guard']) {
        if (other === owner) continue
        expect(canMove(PERMIT_WORKFLOW, from, to, staff(other)), `${other} ${to}`).toBe(false)
      }
    }
    expect(canMove(PERMIT_WORKFLOW, 'submitted', 'paid', staff('finance'))).toBe(false)
    expect(canMove(PERMIT_WORKFLOW, 'received', 'submitted', staff('cs'))).toBe(false)
    expect(canMove(PERMIT_WORKFLOW, 'issued', 'received', staff('cs'))).toBe(false)
  })
})

describe('PMT-3, PMT-4: deadline and ID numbers', () => {
  it('the deadline is submission plus the minutes; the countdown goes negative after it', () => {
    const at = new Date('2026-01-01T10:00:00Z')
    const deadline = permitDeadline(at, 30)
    expect(deadline.toISOString()).toBe('2026-01-01T10:30:00.000Z')
    expect(secondsLeft(deadline, new Date('2026-01-01T10:17:55Z'))).toBe(725)
    expect(formatCountdown(725)).toBe('12:05')
    expect(formatCountdown(-190)).toBe('−3:10')
  })

  it('keeps well-formed ID numbers and masks them for lists', () => {
    expect(normaliseIdNumber(' a123456(7) ')).toBe('A123456(7)')
    expect(normaliseIdNumber('AB9876543')).toBe('AB987654(3)')
    expect(normaliseIdNumber('11010519491231002X')).toBe('11010519491231002X')
    expect(normaliseIdNumber('12345')).toBeNull()
    expect(normaliseIdNumber('A12345(6)')).toBeNull()
    expect(normaliseIdNumber(42)).toBeNull()
    expect(maskIdNumber('A123456(7)')).toBe('A123****(7)')
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X')
    expect(maskIdNumber('11010519491231002X')).not.toContain('19491231')
  })
})
