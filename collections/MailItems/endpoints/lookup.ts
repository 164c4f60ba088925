import type { Endpoint, PayloadRequest } from 'payload'

import { lookUpMail } from '@/domain/mail/pickUpMail'
import { readJsonBody, requireUser } from '@/server/endpointHelpers'

/**
 * `POST /api/mail-items/lookup` `{ code }` by a kiosk or office staff: the items waiting for the
 * code's addressee, kind and count only (src/domain/kiosk/api.ts).
 */
export const lookupMailEndpoint: Endpoint = {
  path: '/lookup',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    const body = await readJsonBody(req)
    return Response.json(await lookUpMail(req, body.code))
  },
}
