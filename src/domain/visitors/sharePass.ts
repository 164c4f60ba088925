import type { PayloadRequest } from 'payload'
import { Forbidden, NotFound } from 'payload'

import { actorOf } from '@/access/actor'
import { isRecordId } from '@/server/ids'
import { publicUrl } from '@/server/publicUrl'

/** The public page a shared visitor pass opens: the QR, the window and the estate's name. */
export const visitorPassLink = (token: string) => `${publicUrl()}/visit/${token}`

/**
 * VIS-4: the token of a pass, for the resident of the household that gave it: the pass is read as
 * the resident first (another household's is not found), then its token as the server.
 */
export async function sharePass(req: PayloadRequest, id: string) {
  if (actorOf(req).kind !== 'resident') throw new Forbidden(req.t)
  if (!isRecordId(id, req.payload.db.defaultIDType)) throw new NotFound(req.t)
  const mine = await req.payload
    .findByID({
      collection: 'visitor-passes',
      id,
      depth: 0,
      select: { status: true },
      req,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
    })
    .catch(() => null)
  if (!mine) throw new NotFound(req.t)
  const stored = await req.payload.findByID({
    collection: 'visitor-passes',
    id,
    depth: 0,
    showHiddenFields: true,
    req,
    overrideAccess: true,
  })
  const token = (stored as { token?: string }).token
  if (!token) throw new NotFound(req.t)
  return { token, url: visitorPassLink(token) }
}
