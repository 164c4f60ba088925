/** The workflow mechanism (src/domain/workflow): a table as data, and who may make each move. */
import { describe, expect, it } from 'vitest'

import type { Actor } from '@/access/actor'
import { HOUSEHOLD_WORKFLOW } from '@/domain/households/status'
import {
  asOperation,
  canMove,
  defineWorkflow,
  movesFor,
  operationOf,
  stateLabel,
  takesPart,
} from '@/domain/workflow/defineWorkflow'

const staff = (...roles: Extract<Actor, { kind: 'staff' }>['roles']): Actor => ({
  kind: 'staff',
  id: 1,
  estate: 1,
  roles,
  allEstates: false,
})
const resident: Actor = { kind: 'resident', id: 2, estate: 1, household: 9, member: null }
const kiosk: Actor = { kind: 'kiosk', id: 3, estate: 1 }
const anonymous: Actor = { kind: 'anonymous' }

const label = (en: string) => ({ en, 'zh-TW': en })
const PERMIT = defineWorkflow({
  name: 'permit',
  states: ['submitted', 'paid', 'verified', 'issued', 'collected'],
  labels: {
    submitted: label('Submitted'),
    paid: label('Paid'),
    verified: label('Verified'),
    issued: label('Issued'),
    collected: label('Collected'),
  },
  operations: ['kioskPickup'],
  moves: [
    { from: 'submitted', to: 'paid', by: ['finance'] },
    { from: 'paid', to: 'verified', by: ['security', 'office'], action: label('Verify') },
    { from: 'verified', to: 'issued', by: ['kiosk', 'resident'] },
    { from: 'issued', to: 'collected', by: ['kioskPickup'] },
  ],
})

describe('defineWorkflow', () => {
  it('starts in the first state unless told otherwise', () => {
    expect(PERMIT.initial).toBe('submitted')
    expect(HOUSEHOLD_WORKFLOW.initial).toBe('pre-move-in')
  })

  it('refuses a table naming a state it does not have', () => {
    expect(() =>
      defineWorkflow({
        name: 'broken',
        states: ['a'],
        labels: { a: label('A') },
        moves: [{ from: 'a', to: 'b' as 'a', by: ['cs'] }],
      }),
    ).toThrow(/unknown state/)
  })
})

describe('canMove', () => {
  it('a staff role makes the moves that name it, and no other', () => {
    expect(canMove(PERMIT, 'submitted', 'paid', { actor: staff('finance') })).toBe(true)
    expect(canMove(PERMIT, 'submitted', 'paid', { actor: staff('cs', 'guard') })).toBe(false)
  })

  it('a role group stands for each of its roles (office: cs, supervisor, manager, admin)', () => {
    for (const role of ['cs', 'supervisor', 'manager', 'admin'] as const) {
      expect(canMove(PERMIT, 'paid', 'verified', { actor: staff(role) }), role).toBe(true)
    }
    expect(canMove(PERMIT, 'paid', 'verified', { actor: staff('finance') })).toBe(false)
  })

  it('resident means the resident of the record’s own household only', () => {
    expect(canMove(PERMIT, 'verified', 'issued', { actor: resident, ownsRecord: true })).toBe(true)
    expect(canMove(PERMIT, 'verified', 'issued', { actor: resident, ownsRecord: false })).toBe(
      false,
    )
    expect(canMove(PERMIT, 'verified', 'issued', { actor: resident })).toBe(false)
  })

  it('kiosk means a lobby kiosk; anonymous callers make no move', () => {
    expect(canMove(PERMIT, 'verified', 'issued', { actor: kiosk })).toBe(true)
    for (const [from, to] of [
      ['submitted', 'paid'],
      ['verified', 'issued'],
      ['issued', 'collected'],
    ] as const) {
      expect(canMove(PERMIT, from, to, { actor: anonymous })).toBe(false)
    }
  })

  it('a named operation makes only its own moves, and nobody else makes them', () => {
    expect(
      canMove(PERMIT, 'issued', 'collected', { actor: anonymous, operation: 'kioskPickup' }),
    ).toBe(true)
    expect(canMove(PERMIT, 'issued', 'collected', { actor: staff('admin') })).toBe(false)
    expect(canMove(PERMIT, 'issued', 'collected', { actor: kiosk })).toBe(false)
    // Inside an operation the user's own roles do not count: the operation acts as itself.
    expect(
      canMove(PERMIT, 'submitted', 'paid', { actor: staff('finance'), operation: 'kioskPickup' }),
    ).toBe(false)
    expect(canMove(PERMIT, 'issued', 'collected', { actor: anonymous, operation: 'other' })).toBe(
      false,
    )
  })

  it('a move not in the table is refused whoever asks', () => {
    expect(
      canMove(PERMIT, 'submitted', 'issued', { actor: staff(...(['admin', 'finance'] as const)) }),
    ).toBe(false)
    expect(
      canMove(PERMIT, 'collected', 'submitted', { actor: anonymous, operation: 'kioskPickup' }),
    ).toBe(false)
  })
})

describe('movesFor', () => {
  it('lists the moves this actor may make from the state, with the button’s label', () => {
    expect(movesFor(PERMIT, 'paid', staff('cs'))).toEqual([
      { to: 'verified', label: label('Verify') },
    ])
    expect(movesFor(PERMIT, 'verified', resident, { ownsRecord: true })).toEqual([
      { to: 'issued', label: label('Issued') },
    ])
    expect(movesFor(PERMIT, 'paid', staff('guard'))).toEqual([])
    expect(movesFor(PERMIT, 'issued', staff('admin'))).toEqual([])
  })

  it('households: the office records a move-out; moving in is the handover’s alone', () => {
    expect(movesFor(HOUSEHOLD_WORKFLOW, 'pre-move-in', staff('cs'))).toEqual([])
    expect(movesFor(HOUSEHOLD_WORKFLOW, 'moved-in', staff('cs')).map((m) => m.to)).toEqual([
      'moved-out',
    ])
    expect(
      canMove(HOUSEHOLD_WORKFLOW, 'pre-move-in', 'moved-in', {
        actor: anonymous,
        operation: 'handover',
      }),
    ).toBe(true)
    expect(movesFor(HOUSEHOLD_WORKFLOW, 'moved-in', resident, { ownsRecord: true })).toEqual([])
  })
})

describe('helpers', () => {
  it('takesPart: whether any move of the table is this mover’s', () => {
    expect(takesPart(PERMIT, { actor: staff('guard') })).toBe(false)
    expect(takesPart(PERMIT, { actor: staff('security') })).toBe(true)
  })

  it('an operation is named in the request context and read back from it', () => {
    expect(operationOf(asOperation('handover'))).toBe('handover')
    expect(asOperation('handover', 'signed at the desk')).toEqual({
      workflowOperation: 'handover',
      workflowNote: 'signed at the desk',
    })
    expect(operationOf({})).toBeNull()
    expect(operationOf(undefined)).toBeNull()
  })

  it('a state’s label in a language, or the raw value when unknown', () => {
    expect(stateLabel(HOUSEHOLD_WORKFLOW, 'moved-in', 'zh-TW')).toBe('已入住')
    expect(stateLabel(HOUSEHOLD_WORKFLOW, 'moved-in', 'en')).toBe('Moved in')
    expect(stateLabel(HOUSEHOLD_WORKFLOW, 'gone', 'en')).toBe('gone')
  })
})
