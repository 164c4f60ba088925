import type { PayloadRequest } from 'payload'

import { idOf } from '@/domain/relations'

import { STAFF_ROLES, type StaffRole } from './roles'

export type RecordId = string | number

/**
 * Who is acting on a request, read once from `req.user`. Every access function and every rule
 * that depends on the actor is built from this, never from `req.user` directly.
 */
export type Actor =
  | { kind: 'staff'; id: RecordId; estate: RecordId | null; roles: StaffRole[] }
  | {
      kind: 'resident'
      id: RecordId
      estate: RecordId | null
      household: RecordId
      member: RecordId | null
    }
  | { kind: 'kiosk'; id: RecordId; estate: RecordId | null }
  | { kind: 'anonymous' }

type User = PayloadRequest['user']

const asRoles = (value: unknown): StaffRole[] =>
  Array.isArray(value)
    ? value.filter((role): role is StaffRole => (STAFF_ROLES as readonly string[]).includes(role))
    : []

export function actorOf(req: Pick<PayloadRequest, 'user'> | { user: User }): Actor {
  const user = req.user as (User & Record<string, unknown>) | null | undefined
  if (!user) return { kind: 'anonymous' }
  const estate = idOf(user.estate as never) ?? null
  switch (user.collection) {
    case 'users':
      return { kind: 'staff', id: user.id, estate, roles: asRoles(user.roles) }
    case 'residents': {
      const household = idOf(user.household as never)
      if (household === undefined) return { kind: 'anonymous' }
      return {
        kind: 'resident',
        id: user.id,
        estate,
        household,
        member: idOf(user.member as never) ?? null,
      }
    }
    case 'kiosks':
      return { kind: 'kiosk', id: user.id, estate }
    default:
      return { kind: 'anonymous' }
  }
}

/** True when the actor is staff holding at least one of the roles. */
export const actorHasRole = (actor: Actor, ...roles: StaffRole[]): boolean =>
  actor.kind === 'staff' && actor.roles.some((role) => roles.includes(role))
