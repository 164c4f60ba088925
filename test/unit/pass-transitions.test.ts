/** PAS-5 and the pass workflow: every move of a pass's status, by who makes it. */
import { describe, expect, it } from 'vitest'

import type { Actor } from '@/access/actor'
import { PASS_STATUSES, PASS_WORKFLOW, type PassStatus } from '@/domain/passes/transitions'
import { canMove, type Mover, movesFor } from '@/domain/workflow/defineWorkflow'

const office: Mover = { actor: { kind: 'staff', id: 1, estate: 1, roles: ['cs'], allEstates: false } }
const ownResident: Mover = {
  actor: { kind: 'resident', id: 2, estate: 1, household: 7, member: null },
  ownsRecord: true,
}
const handover: Mover = { actor: { kind: 'anonymous' }, operation: 'handover' }
const MOVERS = { office, resident: ownResident, handover } as const
type Who = keyof typeof MOVERS

/** The moves the procedures allow; everything else is refused. */
const ALLOWED: [PassStatus, PassStatus, Who][] = [
  ['prepared', 'active', 'handover'],
  ['prepared', 'void', 'office'],
  ['active', 'lost', 'office'],
  ['active', 'lost', 'resident'],
  ['active', 'void', 'office'],
]

const can = (from: PassStatus, to: PassStatus, who: Who) =>
  canMove(PASS_WORKFLOW, from, to, MOVERS[who])

const allMoves = PASS_STATUSES.flatMap((from) =>
  PASS_STATUSES.flatMap((to) =>
    (Object.keys(MOVERS) as Who[]).map((who) => [from, to, who] as const),
  ),
)
const isAllowed = (from: string, to: string, who: string) =>
  ALLOWED.some(([f, t, w]) => f === from && t === to && w === who)

describe('PASS_WORKFLOW', () => {
  it('PAS-5: a pass becomes active only through the handover, never by office staff or a resident', () => {
    expect(can('prepared', 'active', 'handover')).toBe(true)
    expect(can('prepared', 'active', 'office')).toBe(false)
    expect(can('prepared', 'active', 'resident')).toBe(false)
  })

  it('PAS-5: the office voids a prepared or active pass; a resident cannot void', () => {
    expect(can('prepared', 'void', 'office')).toBe(true)
    expect(can('active', 'void', 'office')).toBe(true)
    expect(can('prepared', 'void', 'resident')).toBe(false)
    expect(can('active', 'void', 'resident')).toBe(false)
  })

  it('PAS-5: the office or the resident reports an active pass lost, never a prepared one', () => {
    expect(can('active', 'lost', 'office')).toBe(true)
    expect(can('active', 'lost', 'resident')).toBe(true)
    expect(can('prepared', 'lost', 'office')).toBe(false)
    expect(can('prepared', 'lost', 'resident')).toBe(false)
  })

  it('GEN-5: a resident of another household cannot report the pass lost', () => {
    expect(canMove(PASS_WORKFLOW, 'active', 'lost', { ...ownResident, ownsRecord: false })).toBe(
      false,
    )
  })

  it('PAS-3: lost and void are final, so those passes keep counting', () => {
    for (const from of ['lost', 'void'] as const) {
      for (const to of PASS_STATUSES) {
        for (const who of Object.keys(MOVERS) as Who[])
          expect(can(from, to, who), `${from}→${to} by ${who}`).toBe(false)
      }
    }
  })

  it.each(allMoves)('%s → %s by %s is allowed only if the table says so', (from, to, who) => {
    expect(can(from, to, who)).toBe(isAllowed(from, to, who))
  })

  it('refuses a status that does not exist', () => {
    expect(canMove(PASS_WORKFLOW, 'deleted' as PassStatus, 'active', office)).toBe(false)
    expect(canMove(PASS_WORKFLOW, 'active', 'stolen' as PassStatus, office)).toBe(false)
  })

  it('the moves offered: office may report lost or void an active pass; a guard nothing', () => {
    expect(movesFor(PASS_WORKFLOW, 'active', office.actor).map((m) => m.to)).toEqual([
      'lost',
      'void',
    ])
    expect(movesFor(PASS_WORKFLOW, 'active', ownResident.actor, { ownsRecord: true })).toEqual([
      { to: 'lost', label: { en: 'Report lost', 'zh-TW': '報失' } },
    ])
    const guard: Actor = { kind: 'staff', id: 3, estate: 1, roles: ['guard'], allEstates: false }
    expect(movesFor(PASS_WORKFLOW, 'active', guard)).toEqual([])
    expect(movesFor(PASS_WORKFLOW, 'lost', office.actor)).toEqual([])
  })
})
