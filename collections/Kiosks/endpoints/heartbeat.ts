import type { Endpoint, PayloadRequest } from 'payload'

import { actorOf } from '@/access/actor'
import type { KioskHeartbeatReply } from '@/domain/kiosk/api'
import { readKioskVersion } from '@/domain/kiosk/heartbeat'
import { refuse } from '@/errors/refuse'
import { readJsonBody } from '@/server/endpointHelpers'

/**
 * POST /api/kiosks/heartbeat `{ version }` — a paired kiosk reports in (every minute): its last
 * contact and version are kept on its record (shown in the admin list), and it learns what its
 * start screen shows. Only a kiosk, signed in with its API key, may call it.
 */
export const heartbeatEndpoint: Endpoint = {
  path: '/heartbeat',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const actor = actorOf(req)
    if (actor.kind !== 'kiosk' || actor.estate === null) refuse(req, 'kiosk.only', 403)
    const version = readKioskVersion((await readJsonBody(req)).version)
    if (!version) refuse(req, 'kiosk.version-invalid', 400)

    // Read as the kiosk: it may read its own estate and that estate's logo, nothing else.
    const estate = await req.payload.findByID({
      collection: 'estates',
      id: actor.estate,
      depth: 1,
      select: { name: true, nameEn: true, timeZone: true, logo: true },
      req,
      overrideAccess: false,
    })
    const now = new Date()
    // Straight to the database: a contact is not an edit (no hooks, no version, and Payload's
    // update would also drop an admin's lock on the record every minute). Both fields are
    // server-owned; the zone beside the date is the estate's, as for every date here.
    await req.payload.db.updateOne({
      collection: 'kiosks',
      id: actor.id,
      data: { lastSeenAt: now.toISOString(), lastSeenAt_tz: estate.timeZone, version },
      req,
      returning: false,
    })

    const name = (req.user as { name?: unknown }).name
    const logo = typeof estate.logo === 'object' && estate.logo ? estate.logo.url : null
    const reply: KioskHeartbeatReply = {
      kiosk: { id: actor.id, name: typeof name === 'string' ? name : '' },
      estate: {
        name: estate.name,
        nameEn: estate.nameEn ?? null,
        logoUrl: logo ?? null,
        timeZone: estate.timeZone,
      },
      serverTime: now.toISOString(),
    }
    return Response.json(reply, { headers: { 'Cache-Control': 'no-store' } })
  },
}
