import type { Endpoint, PayloadRequest } from 'payload'

import { readOfflineBundle } from '@/domain/visitors/offlineBundle'
import { requireUser } from '@/server/endpointHelpers'

/**
 * `GET /api/visitor-passes/offline-bundle` — for a guard's gate board or a lobby kiosk (VIS-4):
 * the estate's public key, the revoked and used-up passes, the uses so far and the server time,
 * fetched every minute and kept on the device so it can check passes when the network is down.
 */
export const offlineBundleEndpoint: Endpoint = {
  path: '/offline-bundle',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    const bundle = await readOfflineBundle(req)
    return Response.json(bundle, { headers: { 'Cache-Control': 'no-store' } })
  },
}
