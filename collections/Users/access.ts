import type { Access, FieldAccess, Where } from 'payload'

import { actorHasRole, actorOf } from '@/access/actor'

/** Staff who work at the actor's current estate (a membership there) or at every estate. */
const staffOfEstate = (estate: string | number): Where => ({
  or: [{ 'memberships.estate': { equals: estate } }, { allEstates: { equals: true } }],
})

/**
 * The staff list is need-to-know: an estate's admin, manager and supervisor (who assign work)
 * read the staff of that estate; everyone else reads only their own account.
 */
export const readStaff: Access = ({ req }) => {
  const actor = actorOf(req)
  if (actor.kind !== 'staff') return false
  const self: Where = { id: { equals: actor.id } }
  if (actor.estate === null || !actorHasRole(actor, 'admin', 'manager', 'supervisor')) return self
  return { or: [self, staffOfEstate(actor.estate)] }
}

/** An estate's admins edit its staff; everyone edits their own account (name, password, estate). */
export const updateStaff: Access = ({ req }) => {
  const actor = actorOf(req)
  if (actor.kind !== 'staff') return false
  const self: Where = { id: { equals: actor.id } }
  if (actor.estate === null || !actorHasRole(actor, 'admin')) return self
  return { or: [self, staffOfEstate(actor.estate)] }
}

/** An estate's admins remove its staff (never themselves through this door). */
export const deleteStaff: Access = ({ req }) => {
  const actor = actorOf(req)
  if (actor.kind !== 'staff' || actor.estate === null || !actorHasRole(actor, 'admin')) return false
  return { and: [staffOfEstate(actor.estate), { id: { not_equals: actor.id } }] }
}

/** Roles are granted by admins only; nobody raises their own. */
export const adminsGrantRoles: FieldAccess = ({ req }) => actorHasRole(actorOf(req), 'admin')

/** Only an administrator of every estate makes another one. */
export const allEstatesAdminsOnly: FieldAccess = ({ req }) => {
  const actor = actorOf(req)
  return actor.kind === 'staff' && actor.allEstates
}
