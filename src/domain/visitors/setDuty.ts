import type { PayloadRequest } from 'payload'

import { actorOf } from '@/access/actor'
import { refuse } from '@/errors/refuse'

/**
 * VIS-3: a staff member goes on duty at the estate they work in, or off duty. Escalations of
 * unanswered visitors go to the CS staff on duty there.
 */
export async function setDuty(req: PayloadRequest, onDuty: unknown) {
  const actor = actorOf(req)
  if (actor.kind !== 'staff' || actor.estate === null) refuse(req, 'visitors.staff-only', 403)
  if (typeof onDuty !== 'boolean') refuse(req, 'visitors.duty-flag', 400)
  await req.payload.update({
    collection: 'users',
    id: actor.id,
    data: { onDutyAt: onDuty ? (actor.estate as number) : null },
    depth: 0,
    req,
    overrideAccess: true,
  })
  return { onDuty }
}
