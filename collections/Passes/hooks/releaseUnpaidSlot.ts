import type { CollectionBeforeChangeHook } from 'payload'

/** A paid or voided pass no longer counts against the member's unpaid extra passes (issue 6 #13). */
export const releaseUnpaidSlot: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation !== 'update') return data
  // A voided payment sets feePaidAt back to null: the pass is owed again and keeps its new place.
  const paid = 'feePaidAt' in data ? data.feePaidAt : originalDoc?.feePaidAt
  const status = data.status ?? originalDoc?.status
  if (paid || status === 'void') data.unpaidSlot = null
  return data
}
