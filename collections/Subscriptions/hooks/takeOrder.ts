import type { CollectionBeforeChangeHook } from 'payload'

import { actorOf } from '@/access/actor'
import { invalidField } from '@/errors/refuse'

/**
 * SUB-1: who ordered and how. A resident orders in the portal, for their own household only; the
 * office records an order taken by phone or in person (the default: phone). Runs before the
 * household's estate is assigned, so a resident's order lands in their own estate.
 */
export const takeOrder: CollectionBeforeChangeHook = ({ data, operation, req, collection }) => {
  if (operation !== 'create') return data
  const actor = actorOf(req)
  if (actor.kind === 'resident') {
    data.household = actor.household
    data.channel = 'portal'
  } else if (actor.kind === 'staff') {
    data.channel ??= 'phone'
    if (data.channel === 'portal') {
      throw invalidField(req, { collection: collection.slug }, 'channel', 'subscription.channel')
    }
  }
  return data
}
