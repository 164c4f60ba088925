import { describe, expect, it } from 'vitest'

import { canMove } from '@/domain/workflow/defineWorkflow'
import {
  checkPassWindow,
  hashPassToken,
  isPassTokenShape,
  newPassToken,
  passState,
} from '@/domain/visitors/passRules'
import { escalationDue, formatWaited, normalisePlate, secondsWaited } from '@/domain/visitors/rules'
import { VISITOR_WORKFLOW } from '@/domain/visitors/transitions'

const staff = (...roles: string[]) => ({
  actor: { kind: 'staff' as const, id: 1, estate: 1, roles: roles as never, allEstates: false },
})

describe('VIS-2: the visitor workflow', () => {
  it('only cs or the host resident answers; only the guard checks an admitted visitor in and out', () => {
    expect(canMove(VISITOR_WORKFLOW, 'waiting', 'admitted', staff('cs'))).toBe(true)
    expect(canMove(VISITOR_WORKFLOW, 'waiting', 'admitted', staff('guard'))).toBe(false)
    expect(canMove(VISITOR_WORKFLOW, 'waiting', 'checked-in', staff('guard'))).toBe(false)
    expect(canMove(VISITOR_WORKFLOW, 'refused', 'checked-in', staff('guard'))).toBe(false)
    expect(canMove(VISITOR_WORKFLOW, 'admitted', 'checked-in', staff('guard'))).toBe(true)
    expect(canMove(VISITOR_WORKFLOW, 'admitted', 'checked-in', staff('cs'))).toBe(false)
    expect(canMove(VISITOR_WORKFLOW, 'checked-in', 'checked-out', staff('guard'))).toBe(true)
    const resident = {
      actor: { kind: 'resident' as const, id: 1, estate: 1, household: 2, member: null },
    }
    expect(canMove(VISITOR_WORKFLOW, 'waiting', 'refused', { ...resident, ownsRecord: true })).toBe(
      true,
    )
    expect(
      canMove(VISITOR_WORKFLOW, 'waiting', 'refused', { ...resident, ownsRecord: false }),
    ).toBe(false)
    expect(
      canMove(VISITOR_WORKFLOW, 'admitted', 'checked-in', { ...resident, ownsRecord: true }),
    ).toBe(false)
  })
})

describe('VIS-3: waiting time and escalation', () => {
  const createdAt = '2026-01-01T00:00:00.000Z'
  it('is due once the limit has passed, for a waiting request not yet escalated', () => {
    const at = (s: number) => new Date(Date.parse(createdAt) + s * 1000)
    expect(escalationDue({ status: 'waiting', createdAt }, 120, at(119))).toBe(false)
    expect(escalationDue({ status: 'waiting', createdAt }, 120, at(120))).toBe(true)
    expect(
      escalationDue({ status: 'waiting', createdAt, escalatedAt: createdAt }, 120, at(300)),
    ).toBe(false)
    expect(escalationDue({ status: 'admitted', createdAt }, 120, at(300))).toBe(false)
    expect(secondsWaited(createdAt, at(-5))).toBe(0)
    expect(formatWaited(125)).toBe('2:05')
    expect(normalisePlate(' ab-12 34 ')).toBe('AB1234')
  })
})

describe('VIS-4: visitor passes', () => {
  const now = new Date('2026-03-01T10:00:00.000Z')
  it('windows end after they start, last at most 7 days and are not over', () => {
    expect(checkPassWindow('2026-03-01T09:00:00Z', '2026-03-01T18:00:00Z', now)).toBeNull()
    expect(checkPassWindow('2026-03-01T18:00:00Z', '2026-03-01T09:00:00Z', now)).toBe('order')
    expect(checkPassWindow('2026-03-01T09:00:00Z', '2026-03-08T09:00:01Z', now)).toBe('too-long')
    expect(checkPassWindow('2026-02-01T09:00:00Z', '2026-02-01T18:00:00Z', now)).toBe('past')
    expect(checkPassWindow('soon', '2026-03-01T18:00:00Z', now)).toBe('dates')
    expect(checkPassWindow(null, undefined, now)).toBe('dates')
  })

  it('a pass is revoked, not yet valid, expired, used up or valid, in that order', () => {
    const pass = {
      validFrom: '2026-03-01T09:00:00Z',
      validUntil: '2026-03-01T18:00:00Z',
      maxUses: 2,
    }
    expect(passState(pass, 0, now)).toBe('valid')
    expect(passState(pass, 2, now)).toBe('used-up')
    expect(passState({ ...pass, status: 'revoked' }, 0, now)).toBe('revoked')
    expect(passState(pass, 0, new Date('2026-03-01T08:59:59Z'))).toBe('not-yet-valid')
    expect(passState(pass, 0, new Date('2026-03-01T18:00:01Z'))).toBe('expired')
  })

  it('tokens carry 256 random bits in a fixed shape and are stored by their hash', () => {
    const a = newPassToken()
    const b = newPassToken()
    expect(a).not.toBe(b)
    expect(isPassTokenShape(a)).toBe(true)
    expect(Buffer.from(a, 'base64url')).toHaveLength(32)
    expect(isPassTokenShape('short')).toBe(false)
    expect(isPassTokenShape(`${a.slice(0, 42)}!`)).toBe(false)
    expect(hashPassToken(a)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashPassToken(a)).not.toContain(a)
  })
})
