import type { CollectionBeforeChangeHook } from 'payload'

import { actorOf, membershipsOf, sameRecord } from '@/access/actor'
import { refuse } from '@/errors/refuse'

const rowKey = (row: { estate: string | number; roles: string[] }) =>
  `${String(row.estate)}:${[...row.roles].sort().join(',')}`

/**
 * An estate's admin grants and takes away roles at the estates where they are admin, and no
 * others: rows for other estates stay as they were. An all-estates admin may change any row.
 */
export const keepMembershipsInReach: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const actor = actorOf(req)
  if (actor.kind !== 'staff' || actor.allEstates || data.memberships === undefined) return data
  const before = membershipsOf(originalDoc)
  const after = membershipsOf(data)
  const changed = [
    ...before.filter((row) => !after.some((other) => rowKey(other) === rowKey(row))),
    ...after.filter((row) => !before.some((other) => rowKey(other) === rowKey(row))),
  ]
  const mayManage = (estate: string | number) =>
    membershipsOf(req.user).some(
      (mine) => sameRecord(mine.estate, estate) && mine.roles.includes('admin'),
    )
  if (changed.some((row) => !mayManage(row.estate))) refuse(req, 'estate.forbidden', 403)
  return data
}

/**
 * The estate a staff member works in must be one of theirs (any, for an all-estates admin);
 * without one, the first of their memberships.
 */
export const settleCurrentEstate: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const merged = { ...originalDoc, ...data }
  const memberships = membershipsOf(merged)
  const chosen = merged.currentEstate
  const chosenId = chosen && typeof chosen === 'object' ? chosen.id : chosen
  if (chosenId !== undefined && chosenId !== null) {
    const belongs = memberships.some((m) => sameRecord(m.estate, chosenId))
    if (belongs || merged.allEstates === true) return data
    if (data.currentEstate !== undefined) refuse(req, 'estate.not-a-member', 403)
  }
  let first = memberships[0]?.estate
  if (first === undefined && merged.allEstates === true) {
    const estates = await req.payload.find({
      collection: 'estates',
      sort: 'code',
      limit: 1,
      depth: 0,
      pagination: false,
      select: { code: true },
      req,
      overrideAccess: true,
    })
    first = estates.docs[0]?.id
  }
  data.currentEstate = first ?? null
  return data
}
