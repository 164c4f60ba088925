import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { idOf } from '@/domain/relations'

/** A portal account's member must belong to the account's household. */
export const memberOfSameHousehold: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const memberId = idOf(data.member ?? originalDoc?.member)
  if (!memberId) return data
  const household = idOf(data.household ?? originalDoc?.household)
  const member = await req.payload
    .findByID({ collection: 'members', id: memberId, depth: 0, req, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (!member || String(idOf(member.household)) !== String(household)) {
    throw new ValidationError({
      collection: 'residents',
      req,
      errors: [{ path: 'member', message: 'The member must belong to this household · 成員須屬於此住戶' }],
    })
  }
  return data
}
