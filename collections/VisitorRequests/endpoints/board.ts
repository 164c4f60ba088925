import type { Endpoint, PayloadRequest } from 'payload'

import { readVisitorBoard } from '@/domain/visitors/readVisitorBoard'
import { requireUser } from '@/server/endpointHelpers'

/**
 * `GET /api/visitor-requests/board` — what the gate and CS boards show, read as the staff member,
 * with the server's time and the estate's response limit. Not cached: the boards read it again on
 * every announced change (src/server/live), and poll it while they cannot hear of changes.
 */
export const visitorBoardEndpoint: Endpoint = {
  path: '/board',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    const board = await readVisitorBoard(req)
    return Response.json(board, { headers: { 'Cache-Control': 'no-store' } })
  },
}
