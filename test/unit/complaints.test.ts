import { describe, expect, it } from 'vitest'

import type { Actor } from '@/access/actor'
import {
  complaintNumber,
  decidesPlan,
  intakeRefusal,
  deadlineState,
  isOverdue,
  responseDeadline,
  problemRefusal,
  sameValue,
} from '@/domain/complaints/rules'
import { complaintDeadlineSettings } from '@/domain/complaints/settings'
import { COMPLAINT_STATUSES, COMPLAINT_WORKFLOW } from '@/domain/complaints/transitions'
import { canMove, movesFor } from '@/domain/workflow/defineWorkflow'

const staff = (...roles: string[]): Actor =>
  ({ kind: 'staff', id: 1, estate: 1, roles, allEstates: false }) as Actor
const resident: Actor = { kind: 'resident', id: 2, estate: 1, household: 3, member: null }
const kiosk: Actor = { kind: 'kiosk', id: 4, estate: 1 }

describe('CMP-8: the transition table', () => {
  it('CMP-8: the path runs received → planned → scheduled → in-progress → awaiting-acceptance → closed', () => {
    const path = [...COMPLAINT_STATUSES]
    const movers = [staff('supervisor'), staff('cs'), staff('engineering'), staff('engineering')]
    for (let i = 0; i < movers.length; i++) {
      expect(canMove(COMPLAINT_WORKFLOW, path[i]!, path[i + 1]!, { actor: movers[i]! })).toBe(true)
    }
    expect(
      canMove(COMPLAINT_WORKFLOW, 'awaiting-acceptance', 'closed', {
        actor: resident,
        ownsRecord: true,
      }),
    ).toBe(true)
  })

  it('CMP-3: only a supervisor or manager makes the planning move', () => {
    for (const role of ['cs', 'engineering', 'admin', 'guard']) {
      expect(canMove(COMPLAINT_WORKFLOW, 'received', 'planned', { actor: staff(role) })).toBe(false)
    }
    expect(canMove(COMPLAINT_WORKFLOW, 'received', 'planned', { actor: staff('manager') })).toBe(
      true,
    )
    expect(decidesPlan(staff('supervisor'))).toBe(true)
    expect(decidesPlan(staff('cs', 'admin'))).toBe(false)
    expect(decidesPlan(resident)).toBe(false)
  })

  it('HV-4: the resident of the record accepts or reopens at the end only; another household, a kiosk never', () => {
    expect(
      movesFor(COMPLAINT_WORKFLOW, 'awaiting-acceptance', resident, { ownsRecord: true }).map(
        (m) => m.to,
      ),
    ).toEqual(['closed', 'in-progress'])
    expect(
      movesFor(COMPLAINT_WORKFLOW, 'awaiting-acceptance', resident, { ownsRecord: false }),
    ).toEqual([])
    expect(movesFor(COMPLAINT_WORKFLOW, 'in-progress', resident, { ownsRecord: true })).toEqual([])
    for (const state of COMPLAINT_STATUSES)
      expect(movesFor(COMPLAINT_WORKFLOW, state, kiosk)).toEqual([])
  })

  it('CMP-8: the auto-close operation closes only what awaits acceptance, and nobody else can claim it', () => {
    expect(
      canMove(COMPLAINT_WORKFLOW, 'awaiting-acceptance', 'closed', {
        actor: { kind: 'anonymous' },
        operation: 'auto-close',
      }),
    ).toBe(true)
    expect(
      canMove(COMPLAINT_WORKFLOW, 'in-progress', 'closed', {
        actor: staff('admin'),
        operation: 'auto-close',
      }),
    ).toBe(false)
    expect(canMove(COMPLAINT_WORKFLOW, 'received', 'closed', { actor: staff('admin') })).toBe(false)
  })
})

describe('CMP-1, CMP-2: intake', () => {
  it('CMP-2: phone and walk-in need the read-back; written does not; a resident needs to confirm', () => {
    expect(intakeRefusal({ by: 'staff', channel: 'phone' })).toBe('complaint.read-back-required')
    expect(intakeRefusal({ by: 'staff', channel: 'walk-in', readBack: false })).toBe(
      'complaint.read-back-required',
    )
    expect(intakeRefusal({ by: 'staff', channel: 'phone', readBack: true })).toBeNull()
    expect(intakeRefusal({ by: 'staff', channel: 'written' })).toBeNull()
    expect(intakeRefusal({ by: 'staff', channel: 'portal', readBack: true })).toBe(
      'complaint.channel-not-office',
    )
    expect(intakeRefusal({ by: 'resident', channel: 'portal' })).toBe(
      'complaint.confirmation-required',
    )
    expect(intakeRefusal({ by: 'resident', channel: 'portal', confirmed: 'true' })).toBe(
      'complaint.confirmation-required',
    )
    expect(intakeRefusal({ by: 'resident', channel: 'portal', confirmed: true })).toBeNull()
  })

  it('CMP-1: no door takes a complaint as the lobby kiosk’s: neither a kiosk nor staff claiming the channel', () => {
    expect(intakeRefusal({ by: 'kiosk', channel: 'kiosk', confirmed: true })).toBe(
      'complaint.kiosk-closed',
    )
    expect(intakeRefusal({ by: 'staff', channel: 'kiosk', readBack: true })).toBe(
      'complaint.kiosk-closed',
    )
  })

  it('CMP-1: the problem is not empty and at most 5,000 characters', () => {
    expect(problemRefusal('')).toBe('complaint.problem-required')
    expect(problemRefusal(' \n ')).toBe('complaint.problem-required')
    expect(problemRefusal(42)).toBe('complaint.problem-required')
    expect(problemRefusal('x'.repeat(5000))).toBeNull()
    expect(problemRefusal('x'.repeat(5001))).toBe('complaint.problem-too-long')
  })

  it('CMP-1: the number is the estate’s code and the padded record id', () => {
    expect(complaintNumber('sg', 42)).toBe('SG-000042')
    expect(complaintNumber(null, 1234567)).toBe('C-1234567')
  })
})

describe('rules', () => {
  it('CMP-3: the same date written two ways is no change; empty is empty', () => {
    expect(sameValue('2026-12-01T02:00:00.000Z', '2026-12-01T02:00:00Z')).toBe(true)
    expect(sameValue(null, '')).toBe(true)
    expect(sameValue(undefined, 'x')).toBe(false)
    expect(sameValue('a', 'b')).toBe(false)
  })

  it('Deadlines: overdue while received past its response time', () => {
    const now = new Date('2026-12-01T00:00:00Z')
    expect(isOverdue({ status: 'received', respondBy: '2026-11-30T00:00:00Z' }, now)).toBe(true)
    expect(isOverdue({ status: 'planned', respondBy: '2026-11-30T00:00:00Z' }, now)).toBe(false)
    expect(isOverdue({ status: 'received', respondBy: '2026-12-02T00:00:00Z' }, now)).toBe(false)
  })

  it('CMP-3 deadline: due by the department’s hours from receipt, warned the lead before, never before receipt', () => {
    const settings = complaintDeadlineSettings({
      complaintResponseHours: { engineering: 8, security: 2, cs: null },
      complaintWarnHours: 3,
    })
    expect(settings.responseHours).toEqual({
      cs: 24,
      engineering: 8,
      environment: 24,
      security: 2,
      developer: 24,
      outside: 24,
    })
    expect(complaintDeadlineSettings(undefined)).toMatchObject({ warnHours: 4, autoCloseDays: 7 })
    const at = '2026-12-01T00:00:00.000Z'
    expect(responseDeadline(at, 'engineering', settings)).toEqual({
      respondBy: '2026-12-01T08:00:00.000Z',
      warnAt: '2026-12-01T05:00:00.000Z',
    })
    expect(responseDeadline(at, 'security', settings)).toEqual({
      respondBy: '2026-12-01T02:00:00.000Z',
      warnAt: at,
    })
    // An unknown department (refused by validation) still gets a valid date, not a crash.
    expect(responseDeadline(at, 'plumbing' as never, settings).respondBy).toBe(
      '2026-12-02T00:00:00.000Z',
    )
  })

  it('CMP-3 deadline: due soon past the warning, overdue past the time, neither once answered', () => {
    const c = {
      status: 'received',
      warnAt: '2026-12-01T05:00:00.000Z',
      respondBy: '2026-12-01T08:00:00.000Z',
    }
    expect(deadlineState(c, new Date('2026-12-01T04:59:00Z'))).toBeNull()
    expect(deadlineState(c, new Date('2026-12-01T05:00:00Z'))).toBe('due-soon')
    expect(deadlineState(c, new Date('2026-12-01T08:00:00Z'))).toBe('overdue')
    expect(deadlineState({ ...c, status: 'planned' }, new Date('2026-12-02T00:00:00Z'))).toBeNull()
    expect(deadlineState({ status: 'received' }, new Date())).toBeNull()
  })
})

describe('the manager’s monthly report', () => {
  it('counts by department: median time to close, overdue, share accepted at the first visit', async () => {
    const { monthlyReport } = await import('@/domain/complaints/monthlyReport')
    const now = new Date('2026-12-31T00:00:00Z')
    const rows = [
      {
        department: 'engineering' as const,
        status: 'closed',
        createdAt: '2026-12-01T00:00:00Z',
        closedAt: '2026-12-01T10:00:00Z',
        closedHow: 'accepted',
        reopenCount: 0,
        respondBy: '2026-12-02T00:00:00Z',
        plannedAt: '2026-12-01T01:00:00Z',
      },
      {
        department: 'engineering' as const,
        status: 'closed',
        createdAt: '2026-12-02T00:00:00Z',
        closedAt: '2026-12-02T20:00:00Z',
        closedHow: 'accepted',
        reopenCount: 1,
        respondBy: '2026-12-03T00:00:00Z',
        plannedAt: '2026-12-03T05:00:00Z',
      },
      {
        department: 'engineering' as const,
        status: 'received',
        createdAt: '2026-12-03T00:00:00Z',
        respondBy: '2026-12-04T00:00:00Z',
      },
      {
        department: 'security' as const,
        status: 'planned',
        createdAt: '2026-12-03T00:00:00Z',
        respondBy: '2026-12-04T00:00:00Z',
        plannedAt: '2026-12-03T02:00:00Z',
      },
    ]
    const report = monthlyReport(rows, now)
    const eng = report.find((r) => r.department === 'engineering')!
    expect(eng).toMatchObject({
      count: 3,
      closed: 2,
      medianHoursToClose: 15,
      overdue: 2,
      acceptedFirstTime: 0.5,
    })
    const sec = report.find((r) => r.department === 'security')!
    expect(sec).toMatchObject({
      count: 1,
      closed: 0,
      medianHoursToClose: null,
      overdue: 0,
      acceptedFirstTime: null,
    })
  })
})
