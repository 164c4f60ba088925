import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/domain/relations'
import { isRecordId } from '@/server/ids'

/** A new member takes the next place in their household (used in pass numbers). */
export const assignMemberOrdinal: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const household = idOf(data.household)
  // No household (or not an id): leave it to field validation to say so, in the user's language.
  if (!isRecordId(household, req.payload.db.defaultIDType)) return data
  const last = await req.payload.find({
    collection: 'members',
    where: { household: { equals: household } },
    sort: '-ordinal',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const ordinal = ((last.docs[0]?.ordinal as number | undefined) ?? 0) + 1
  data.ordinal = ordinal
  data.householdSlot = `${String(household)}#${ordinal}`
  return data
}
