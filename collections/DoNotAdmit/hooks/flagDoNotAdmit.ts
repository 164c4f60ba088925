import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/domain/relations'
import type { Visitor } from '@/domain/visitors/doNotAdmit'
import { doNotAdmitWarnings } from '@/domain/visitors/readDoNotAdmit'

/**
 * Sets a visitor record's `doNotAdmit` warning (server) from the estate's list: on creation, and
 * again on each later change so an entry added meanwhile is seen before anyone admits. Runs after
 * `assignEstate`; `visitorOf` says where the record keeps the visitor's name, organisation, plate.
 */
export const flagDoNotAdmit =
  (visitorOf: (doc: Record<string, unknown>) => Visitor): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const estate = idOf(data.estate ?? originalDoc?.estate)
    if (estate == null) return data
    data.doNotAdmit = await doNotAdmitWarnings(req, estate, visitorOf({ ...originalDoc, ...data }))
    return data
  }
