import type { Endpoint, PayloadRequest } from 'payload'

import { sharePass } from '@/domain/visitors/sharePass'
import { requireUser } from '@/server/endpointHelpers'

/**
 * `GET /api/visitor-passes/:id/share` — the pass's token and share link, for the resident whose
 * household gave it (VIS-4). Lists and reads never carry the token.
 */
export const sharePassEndpoint: Endpoint = {
  path: '/:id/share',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    const shared = await sharePass(req, String(req.routeParams?.id ?? ''))
    return Response.json(shared, { headers: { 'Cache-Control': 'no-store' } })
  },
}
