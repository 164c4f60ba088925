import type { PayloadRequest } from 'payload'

import type { RecordId } from '@/access/actor'
import { readEstate } from '@/domain/estates/readEstate'
import { idOf } from '@/domain/relations'
import { dayIn } from '@/domain/dates/dateTimeFormat'
import { holdInForce } from './rules'

/** The last day of the household's hold in force now (estate's calendar), or null. */
export async function holdOf(
  req: PayloadRequest,
  household: RecordId,
  timeZone: string,
  now: Date,
): Promise<string | null> {
  const today = dayIn(timeZone, now)
  const holds = await req.payload.find({
    collection: 'mail-holds',
    where: {
      household: { equals: household },
      until: { greater_than_equal: `${today}T00:00:00.000Z` },
    },
    limit: 20,
    depth: 0,
    select: { from: true, until: true },
    req,
    overrideAccess: true,
  })
  const inForce = holds.docs.filter((h) => holdInForce(h, today))
  if (!inForce.length) return null
  return inForce
    .map((h) => h.until.slice(0, 10))
    .sort()
    .at(-1)!
}

/** The time zone of a household's estate: its days are that estate's calendar days. */
export async function householdTimeZone(req: PayloadRequest, household: RecordId) {
  const found = await req.payload.findByID({
    collection: 'households',
    id: household,
    depth: 0,
    select: { estate: true },
    req,
    overrideAccess: true,
  })
  return (await readEstate(req, idOf(found.estate)!)).timeZone
}
