import type { CollectionAfterChangeHook } from 'payload'

import type { Member } from '@payload-types'
import { idOf } from '@/domain/relations'

/**
 * A household keeps its members' names (`memberNames`) so the households list and the dashboard's
 * search find a unit by a member's name. Written straight to the database: it is an index, not a
 * change of the household (no version, no workflow, no stamp of who changed it).
 */
export const keepHouseholdMemberNames: CollectionAfterChangeHook<Member> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation === 'update' && previousDoc?.name === doc.name) return doc
  const household = idOf(doc.household)
  if (household === undefined || household === null) return doc
  const members = await req.payload.find({
    collection: 'members',
    where: { household: { equals: household } },
    sort: 'ordinal',
    pagination: false,
    depth: 0,
    select: { name: true },
    req,
    overrideAccess: true,
  })
  await req.payload.db.updateOne({
    collection: 'households',
    id: household,
    data: { memberNames: members.docs.map((m) => m.name).join(' ') },
    req,
  })
  return doc
}
