import type { PayloadRequest } from 'payload'

import type { RecordId } from '@/access/actor'
import type { Lang } from '@/errors/catalogue'
import { processCache } from '@/domain/processCache'
import { idOf } from '@/domain/relations'

import { DEFAULT_CURRENCY, DEFAULT_TIME_ZONE } from './timeZone'

/** What a letter, a printed page or a price needs to know of its estate. */
export type EstateLetterhead = {
  id: RecordId
  /** The estate's short code (SG), which numbers its records (a complaint's CMP-1 number). */
  code: string
  name: string
  nameEn: string
  timeZone: string
  currency: string
}

/** The estate's name in the reader's language. */
export const estateName = (estate: Pick<EstateLetterhead, 'name' | 'nameEn'>, lang: Lang) =>
  lang === 'en' ? estate.nameEn || estate.name : estate.name

/** An estate's code, name and time zone, read once per request (server code; no access applies). */
export async function readEstate(
  req: PayloadRequest,
  estate: RecordId | { id: RecordId } | null | undefined,
): Promise<EstateLetterhead> {
  const id = idOf(estate ?? undefined)
  if (id === undefined || id === null) throw new Error('a record without an estate')
  const cache = (req.context.estates ??= {}) as Record<string, EstateLetterhead>
  if (cache[String(id)]) return cache[String(id)]!
  const doc = await req.payload.findByID({
    collection: 'estates',
    id,
    depth: 0,
    select: { code: true, name: true, nameEn: true, timeZone: true, currency: true },
    req,
    overrideAccess: true,
  })
  const letterhead = {
    id,
    code: doc.code,
    name: doc.name,
    nameEn: doc.nameEn ?? '',
    timeZone: doc.timeZone || DEFAULT_TIME_ZONE,
    currency: doc.currency || DEFAULT_CURRENCY,
  }
  cache[String(id)] = letterhead
  return letterhead
}

/**
 * How long a process keeps an estate's letterhead for the gate: every scan needs the estate's time
 * zone, and at 50 scans a second that is 50 reads a second of a record that hardly ever changes.
 * A change made in this process clears it at once (forgetRecentEstate, from the estates'
 * afterChange); another process sees it within this time, as with the fee settings
 * (PASS_SETTINGS_TTL_MS).
 */
export const RECENT_ESTATE_TTL_MS = 2_000

const recent = processCache<EstateLetterhead>('recentEstates', RECENT_ESTATE_TTL_MS)

/** Called when an estate changes, so this process reads it afresh. */
export const forgetRecentEstate = (estate: RecordId) => recent.forget(estate)

/**
 * `readEstate`, kept by the process for RECENT_ESTATE_TTL_MS: for frequent operations (the gate's
 * scans, the kiosk's pickups, recording mail). The request's own cache gets the same letterhead,
 * so the hooks of the writes that follow (a date's time zone) read no estate again.
 */
export async function readRecentEstate(req: PayloadRequest, estate: RecordId) {
  const letterhead = await recent.get(estate, () => readEstate(req, estate))
  const cache = (req.context.estates ??= {}) as Record<string, EstateLetterhead>
  cache[String(estate)] ??= letterhead
  return letterhead
}
