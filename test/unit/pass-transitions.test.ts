/** PAS-5 and the pass workflow: every move of a pass's status, by who makes it. */
import { describe, expect, it } from 'vitest'

import {
  canMovePass,
  PASS_STATUSES,
  type PassActor,
  type PassStatus,
} from '@/domain/passes/transitions'

const ACTORS: PassActor[] = ['office', 'resident', 'handover']

/** The moves the procedures allow; everything else is refused. */
const ALLOWED: [PassStatus, PassStatus, PassActor][] = [
  ['prepared', 'active', 'handover'],
  ['prepared', 'void', 'office'],
  ['active', 'lost', 'office'],
  ['active', 'lost', 'resident'],
  ['active', 'void', 'office'],
]

const allMoves = PASS_STATUSES.flatMap((from) =>
  PASS_STATUSES.flatMap((to) => ACTORS.map((actor) => [from, to, actor] as const)),
)
const isAllowed = (from: string, to: string, actor: string) =>
  ALLOWED.some(([f, t, a]) => f === from && t === to && a === actor)

describe('canMovePass', () => {
  it('PAS-5: a pass becomes active only through the handover, never by office staff or a resident', () => {
    expect(canMovePass('prepared', 'active', 'handover')).toBe(true)
    expect(canMovePass('prepared', 'active', 'office')).toBe(false)
    expect(canMovePass('prepared', 'active', 'resident')).toBe(false)
  })

  it('PAS-5: the office voids a prepared or active pass; a resident cannot void', () => {
    expect(canMovePass('prepared', 'void', 'office')).toBe(true)
    expect(canMovePass('active', 'void', 'office')).toBe(true)
    expect(canMovePass('prepared', 'void', 'resident')).toBe(false)
    expect(canMovePass('active', 'void', 'resident')).toBe(false)
  })

  it('PAS-5: the office or the resident reports an active pass lost, never a prepared one', () => {
    expect(canMovePass('active', 'lost', 'office')).toBe(true)
    expect(canMovePass('active', 'lost', 'resident')).toBe(true)
    expect(canMovePass('prepared', 'lost', 'office')).toBe(false)
    expect(canMovePass('prepared', 'lost', 'resident')).toBe(false)
  })

  it('PAS-3: lost and void are final, so those passes keep counting', () => {
    for (const from of ['lost', 'void'] as const) {
      for (const to of PASS_STATUSES) {
        for (const actor of ACTORS) expect(canMovePass(from, to, actor), `${from}→${to} by ${actor}`).toBe(false)
      }
    }
  })

  it.each(allMoves)('%s → %s by %s is allowed only if the table says so', (from, to, actor) => {
    expect(canMovePass(from, to, actor)).toBe(isAllowed(from, to, actor))
  })

  it('refuses a status that does not exist', () => {
    expect(canMovePass('deleted' as PassStatus, 'active', 'office')).toBe(false)
    expect(canMovePass('active', 'stolen' as PassStatus, 'office')).toBe(false)
  })
})
