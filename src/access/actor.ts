import type { PayloadRequest } from 'payload'

import { idOf } from '@/domain/relations'

import { STAFF_ROLES, type StaffRole } from './roles'

export type RecordId = string | number

/**
 * Who is acting on a request, read once from `req.user`. Every access function and every rule
 * that depends on the actor is built from this, never from `req.user` directly.
 *
 * A staff member works in one estate at a time (`currentEstate`, switched in the admin panel) and
 * holds the roles of their membership there; `allEstates` makes a system administrator of every
 * estate. Residents belong to their household's estate, kiosks to their own record's.
 */
export type Actor =
  | {
      kind: 'staff'
      id: RecordId
      estate: RecordId | null
      roles: StaffRole[]
      allEstates: boolean
    }
  | {
      kind: 'resident'
      id: RecordId
      estate: RecordId | null
      household: RecordId
      member: RecordId | null
    }
  | { kind: 'kiosk'; id: RecordId; estate: RecordId | null }
  | { kind: 'anonymous' }

/** What each kind of actor (an auth collection) is called where a person reads who did it. */
export const ACTOR_KIND_LABELS = {
  users: { en: 'Staff', 'zh-TW': '員工' },
  residents: { en: 'Resident', 'zh-TW': '住戶' },
  kiosks: { en: 'Kiosk', 'zh-TW': '自助服務機' },
} as const

type User = PayloadRequest['user']
type Membership = { estate?: unknown; roles?: unknown }

const asRoles = (value: unknown): StaffRole[] =>
  Array.isArray(value)
    ? value.filter((role): role is StaffRole => (STAFF_ROLES as readonly string[]).includes(role))
    : []

const sameId = (a: unknown, b: unknown) => a != null && b != null && String(a) === String(b)

/** The estates a staff record belongs to, with the roles held at each. */
export function membershipsOf(user: unknown): { estate: RecordId; roles: StaffRole[] }[] {
  const rows = (user as { memberships?: unknown } | null)?.memberships
  if (!Array.isArray(rows)) return []
  return (rows as Membership[]).flatMap((row) => {
    const estate = idOf(row?.estate as RecordId | { id: RecordId } | null | undefined)
    return estate === undefined ? [] : [{ estate, roles: asRoles(row.roles) }]
  })
}

function staffActor(user: Record<string, unknown> & { id: RecordId }): Actor {
  const memberships = membershipsOf(user)
  const allEstates = user.allEstates === true
  const chosen = idOf(user.currentEstate as RecordId | { id: RecordId } | null | undefined)
  const here =
    memberships.find((m) => sameId(m.estate, chosen)) ??
    (allEstates && chosen !== undefined ? { estate: chosen, roles: [] } : memberships[0])
  const roles = new Set(here?.roles ?? [])
  if (allEstates) roles.add('admin')
  return { kind: 'staff', id: user.id, estate: here?.estate ?? null, roles: [...roles], allEstates }
}

/**
 * Access functions ask for every record of a list (field access runs per document): the reading
 * is kept per user object, which Payload gives once per request.
 */
const readings = new WeakMap<object, Actor>()

export function actorOf(req: { user?: User | null }): Actor {
  const user = req.user as (Record<string, unknown> & { id: RecordId; collection: string }) | null
  if (!user) return { kind: 'anonymous' }
  let actor = readings.get(user)
  if (!actor) readings.set(user, (actor = readActor(user)))
  return actor
}

function readActor(user: Record<string, unknown> & { id: RecordId; collection: string }): Actor {
  const estate = idOf(user.estate as RecordId | { id: RecordId } | null | undefined) ?? null
  switch (user.collection) {
    case 'users':
      return staffActor(user)
    case 'residents': {
      const household = idOf(user.household as RecordId | { id: RecordId } | null | undefined)
      if (household === undefined) return { kind: 'anonymous' }
      const member = idOf(user.member as RecordId | { id: RecordId } | null | undefined) ?? null
      return { kind: 'resident', id: user.id, estate, household, member }
    }
    case 'kiosks':
      return { kind: 'kiosk', id: user.id, estate }
    default:
      return { kind: 'anonymous' }
  }
}

/** True when the actor is staff holding at least one of the roles in the estate they work in. */
export const actorHasRole = (actor: Actor, ...roles: StaffRole[]): boolean =>
  actor.kind === 'staff' &&
  actor.estate !== null &&
  actor.roles.some((role) => roles.includes(role))

/** A staff member is a logged-in document of the `users` collection. */
export const isStaff = (user: User | null | undefined): boolean =>
  Boolean(user && user.collection === 'users')

/** True when the user is staff holding at least one of the roles in their current estate. */
export const hasRole = (user: User | null | undefined, ...roles: StaffRole[]): boolean =>
  actorHasRole(actorOf({ user }), ...roles)

export const sameRecord = sameId
