import type { Endpoint, PayloadRequest } from 'payload'

import { signNotice } from '@/domain/maintenance/signNotice'
import { decodeSignature } from '@/domain/signatures/signature'
import { readJsonBody, requireUser } from '@/server/endpointHelpers'

/**
 * `POST /api/maintenance-notices/:id/sign` `{ signer: 'supervisor' | 'follow-up' | 'worker',
 * signature, name? }` — one signature on the notice (CMP-4). 200 with the notice; 400 for a
 * missing or bad signature or worker's name; 403 for the wrong signer; 409 if already signed or
 * not yet sent.
 */
export const signNoticeEndpoint: Endpoint = {
  path: '/:id/sign',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    const body = await readJsonBody(req)
    const doc = await signNotice(req, {
      id: String(req.routeParams?.id ?? ''),
      signer: body.signer,
      signature: decodeSignature(body.signature),
      name: body.name,
    })
    return Response.json({ doc })
  },
}
