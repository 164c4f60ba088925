import type { JWK } from 'jose'
import type { PayloadRequest } from 'payload'

import { readEstate } from '@/domain/estates/readEstate'
import { VISITOR_PASS_USES } from '../../../collections/VisitorPassUses'
import { scannerOf } from './checkInWithPass'
import { estatePassKey } from './estatePassKey'
import { localTime, type PassSchedule, scheduleOf } from './schedule'

/** How often a gate board or kiosk fetches the bundle again. */
export const OFFLINE_BUNDLE_REFRESH_SECONDS = 60

/**
 * `GET /api/visitor-passes/offline-bundle`: what a gate board or lobby kiosk keeps so it can still
 * check passes when the network is down (VIS-4): its estate's public key, the passes revoked and
 * used up whose window is not over, the uses counted so far of the others, and the server's time.
 */
export type OfflineBundle = {
  estate: string | number
  publicJwk: JWK
  revoked: (string | number)[]
  usedUp: (string | number)[]
  uses: Record<string, number>
  recurring: Record<string, PassSchedule>
  timeZone: string
  day: string
  serverTime: string
  refreshSeconds: number
}

/** The bundle for the guard or kiosk asking, of its own estate only; anyone else is refused. */
export async function readOfflineBundle(
  req: PayloadRequest,
  now = new Date(),
): Promise<OfflineBundle> {
  const scanner = scannerOf(req)
  const [{ publicJwk }, estate] = await Promise.all([
    estatePassKey(req.payload, scanner.estate),
    readEstate(req, scanner.estate),
  ])
  const day = localTime(now, estate.timeZone).day
  const passes = await req.payload.find({
    collection: 'visitor-passes',
    where: {
      estate: { equals: scanner.estate },
      validUntil: { greater_than: now.toISOString() },
    },
    limit: 0,
    pagination: false,
    depth: 0,
    select: { status: true, maxUses: true, days: true, dailyFrom: true, dailyUntil: true },
    req,
    overrideAccess: true,
  })
  const revoked = passes.docs.filter((p) => p.status === 'revoked').map((p) => p.id)
  const active = passes.docs.filter((p) => p.status !== 'revoked')
  const recurring: Record<string, PassSchedule> = {}
  for (const p of active) {
    const schedule = scheduleOf(p)
    if (schedule) recurring[String(p.id)] = schedule
  }
  const counted: Record<string, number> = {}
  if (active.length) {
    const rows = await req.payload.find({
      collection: VISITOR_PASS_USES,
      where: { pass: { in: active.map((p) => p.id) } },
      limit: 0,
      pagination: false,
      depth: 0,
      select: { pass: true, day: true },
      req,
      overrideAccess: true,
    })
    for (const row of rows.docs) {
      const id = String(typeof row.pass === 'object' ? row.pass.id : row.pass)
      // A recurring pass's uses count per visit day: only today's.
      if (recurring[id] && row.day !== day) continue
      counted[id] = (counted[id] ?? 0) + 1
    }
  }
  const usedUp = active.filter((p) => (counted[String(p.id)] ?? 0) >= (p.maxUses ?? 1))
  const uses: Record<string, number> = {}
  for (const p of active) {
    const n = counted[String(p.id)] ?? 0
    if (n > 0 && n < (p.maxUses ?? 1)) uses[String(p.id)] = n
  }
  return {
    estate: scanner.estate,
    publicJwk,
    revoked,
    usedUp: usedUp.map((p) => p.id),
    uses,
    recurring,
    timeZone: estate.timeZone,
    day,
    serverTime: now.toISOString(),
    refreshSeconds: OFFLINE_BUNDLE_REFRESH_SECONDS,
  }
}
