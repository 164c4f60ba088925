import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/domain/relations'
import { invalidField } from '@/errors/refuse'

/** A portal account's member must belong to the account's household. */
export const memberOfSameHousehold: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const memberId = idOf(data.member ?? originalDoc?.member)
  if (!memberId) return data
  const household = idOf(data.household ?? originalDoc?.household)
  const member = await req.payload
    .findByID({
      collection: 'members',
      id: memberId,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)
  if (!member || String(idOf(member.household)) !== String(household)) {
    throw invalidField(req, { collection: 'residents' }, 'member', 'member.not-in-household')
  }
  return data
}
