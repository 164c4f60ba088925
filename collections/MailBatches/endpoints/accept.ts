import type { Endpoint, PayloadRequest } from 'payload'

import { acceptMailBatch } from '@/domain/mail/acceptMailBatch'
import { decodeSignature } from '@/domain/signatures/signature'
import { readJsonBody, requireUser } from '@/server/endpointHelpers'

/**
 * `POST /api/mail-batches/:id/accept` `{ countedCount, discrepancyNote?, signature }` — CS counts
 * the batch with the guard and signs (MAIL-2). 200 with the batch; 400 with a message for a bad
 * count, a mismatch without a note or a missing signature; 409 if already accepted.
 */
export const acceptMailBatchEndpoint: Endpoint = {
  path: '/:id/accept',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    const body = await readJsonBody(req)
    const batch = await acceptMailBatch(req, {
      batch: String(req.routeParams?.id ?? ''),
      countedCount: body.countedCount,
      discrepancyNote: body.discrepancyNote,
      signature: decodeSignature(body.signature),
    })
    return Response.json({ doc: batch })
  },
}
