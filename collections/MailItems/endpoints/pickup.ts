import type { Endpoint, PayloadRequest } from 'payload'

import { pickUpMail } from '@/domain/mail/pickUpMail'
import { decodeSignature } from '@/domain/signatures/signature'
import { readJsonBody, requireUser } from '@/server/endpointHelpers'

/**
 * `POST /api/mail-items/pickup` `{ code, items, signature, delegateName?, signerName? }` with an
 * `Idempotency-Key` header, by a kiosk or CS at the desk (MAIL-4, MAIL-5).
 */
export const pickupMailEndpoint: Endpoint = {
  path: '/pickup',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    const body = await readJsonBody(req)
    const reply = await pickUpMail(req, {
      code: body.code,
      items: body.items,
      signature: decodeSignature(body.signature),
      delegateName: body.delegateName,
      signerName: body.signerName,
      idempotencyKey: req.headers.get('idempotency-key'),
    })
    return Response.json(reply)
  },
}
