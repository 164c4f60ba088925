import type { PayloadRequest } from 'payload'

import type { RecordId } from '@/access/actor'
import { processCache } from '@/domain/processCache'
import {
  type DoNotAdmitEntry,
  type DoNotAdmitWarning,
  matchDoNotAdmit,
  type Visitor,
} from './doNotAdmit'

/**
 * How long a process keeps an estate's do-not-admit list: every scan at the gate and every visitor
 * request looks it up, and at 50 scans a second that is 50 reads a second of a list that changes a
 * few times a month. A change made in this process forgets it at once (`forgetDoNotAdmit`, from the
 * list's own hooks); another server process sees it within this time, as with the estate's
 * letterhead (RECENT_ESTATE_TTL_MS).
 */
export const DO_NOT_ADMIT_TTL_MS = 2_000

const lists = processCache<DoNotAdmitEntry[]>('doNotAdmit', DO_NOT_ADMIT_TTL_MS)

/** Called when an estate's list changes, so this process reads it afresh. */
export const forgetDoNotAdmit = (estate: RecordId) => lists.forget(estate)

/** An estate's do-not-admit entries (lists are short: hundreds at most). */
export async function readDoNotAdmit(req: PayloadRequest, estate: RecordId) {
  const cache = (req.context.doNotAdmit ??= {}) as Record<string, Promise<DoNotAdmitEntry[]>>
  cache[String(estate)] ??= lists.get(estate, () => load(req, estate))
  return cache[String(estate)]!
}

async function load(req: PayloadRequest, estate: RecordId): Promise<DoNotAdmitEntry[]> {
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
