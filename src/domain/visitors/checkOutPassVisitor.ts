import type { PayloadRequest } from 'payload'

import { type Actor, actorHasRole, actorOf, sameRecord } from '@/access/actor'
import { idOf } from '@/domain/relations'
import { refuse } from '@/errors/refuse'
import { isRecordId } from '@/server/ids'
import { VISITOR_PASS_USES } from '../../../collections/VisitorPassUses'

/** Who checks a pass visitor out: a guard of the estate (the boards ask before offering it). */
export const mayCheckOutPassVisitors = (actor: Actor) =>
  actor.kind === 'staff' && actor.estate !== null && actorHasRole(actor, 'guard')

/**
 * VIS-5: a visitor who came in with a visitor pass leaves: the gate guard checks them out, once,
 * and the time is kept. Until then the visit is on the "still inside" list and its e-mail.
 */
export async function checkOutPassVisitor(req: PayloadRequest, useId: unknown, now = new Date()) {
  const actor = actorOf(req)
  if (actor.kind !== 'staff' || actor.estate === null || !mayCheckOutPassVisitors(actor)) {
    refuse(req, 'visitors.pass-use-by-guard', 403)
  }
  const id = typeof useId === 'number' ? String(useId) : useId
  if (!isRecordId(id, req.payload.db.defaultIDType)) {
    refuse(req, 'visitors.pass-use-unknown', 400)
  }
  const use = await req.payload
    .findByID({
      collection: VISITOR_PASS_USES,
      id: id as string,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)
  if (!use || !sameRecord(idOf(use.estate), actor.estate)) {
    refuse(req, 'visitors.pass-use-unknown', 404)
  }
  if (use.checkedOutAt) refuse(req, 'visitors.pass-use-checked-out', 409)
  const updated = await req.payload.update({
    collection: VISITOR_PASS_USES,
    id: use.id,
    data: { checkedOutAt: now.toISOString(), checkedOutBy: actor.id as number },
    depth: 0,
    req,
    overrideAccess: true,
  })
  return { id: updated.id, checkedOutAt: updated.checkedOutAt }
}
