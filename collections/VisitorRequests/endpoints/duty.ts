import type { Endpoint, PayloadRequest } from 'payload'

import { setDuty } from '@/domain/visitors/setDuty'
import { readJsonBody, requireUser } from '@/server/endpointHelpers'

/** `POST /api/visitor-requests/duty` `{ onDuty: boolean }` — the staff member goes on or off duty. */
export const visitorDutyEndpoint: Endpoint = {
  path: '/duty',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    const body = await readJsonBody(req)
    return Response.json(await setDuty(req, body.onDuty))
  },
}
