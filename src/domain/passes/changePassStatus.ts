import type { PayloadRequest } from 'payload'

import { actorOf } from '@/access/actor'
import { takesPart } from '@/domain/workflow/defineWorkflow'
import { refuse } from '@/errors/refuse'
import { PASS_WORKFLOW, type PassStatus } from './transitions'

/**
 * Move a pass to another status (report it lost, void it) as the acting user. The workflow's
 * guard on the collection decides whether this user may make this move (src/domain/passes/
 * transitions.ts); this operation only finds the pass as the user sees it.
 */
export async function changePassStatus(
  req: PayloadRequest,
  passId: string | number,
  to: PassStatus,
) {
  // Anyone who makes no move of the pass workflow (a guard, a kiosk) is not a party to it at all.
  if (!takesPart(PASS_WORKFLOW, { actor: actorOf(req), ownsRecord: true })) {
    refuse(req, 'request.forbidden', 403)
  }
  // Read as the user: a resident finds only their own household's passes.
  const pass = await req.payload.findByID({
    collection: 'passes',
    id: passId,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })
  // Status is server-owned (no client writes it): the write goes as the server, with the user on
  // `req` so the guard judges the move by who asks, and records who made it.
  return req.payload.update({
    collection: 'passes',
    id: pass.id,
    data: { status: to },
    req,
    overrideAccess: true,
  })
}
