import type { PayloadRequest } from 'payload'

import type { RecordId } from '@/access/actor'
import { type DoNotAdmitWarning, matchDoNotAdmit, type Visitor } from './doNotAdmit'

/** An estate's do-not-admit entries, read once per request (lists are short: hundreds at most). */
export async function readDoNotAdmit(req: PayloadRequest, estate: RecordId) {
  const cache = (req.context.doNotAdmit ??= {}) as Record<string, ReturnType<typeof load>>
  cache[String(estate)] ??= load(req, estate)
  return cache[String(estate)]!
}

async function load(req: PayloadRequest, estate: RecordId) {
  const { docs } = await req.payload.find({
    collection: 'do-not-admit',
    where: { estate: { equals: estate } },
    limit: 5000,
    pagination: false,
    depth: 0,
    select: { name: true, organisation: true, plate: true, reason: true },
    req,
    overrideAccess: true,
  })
  return docs
}

/** The warnings a visitor of an estate carries, or null when the list names nobody like them. */
export async function doNotAdmitWarnings(
  req: PayloadRequest,
  estate: RecordId,
  visitor: Visitor,
): Promise<DoNotAdmitWarning[] | null> {
  const warnings = matchDoNotAdmit(visitor, await readDoNotAdmit(req, estate))
  return warnings.length > 0 ? warnings : null
}
