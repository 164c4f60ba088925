import type { Endpoint, PayloadRequest } from 'payload'

import { findVisitorsInside } from '@/domain/visitors/findVisitorsInside'
import { requireUser } from '@/server/endpointHelpers'

/**
 * `GET /api/visitor-requests/inside?page=&q=` — the visitors inside the staff member's estate, a
 * page at a time, found by name, organisation, plate or host: the boards show only the latest of
 * them. Same readers as the boards; a bad page or search is a 400 with a message.
 */
export const visitorsInsideEndpoint: Endpoint = {
  path: '/inside',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    const found = await findVisitorsInside(req, {
      page: req.searchParams.get('page'),
      q: req.searchParams.get('q'),
    })
    return Response.json(found, { headers: { 'Cache-Control': 'no-store' } })
  },
}
