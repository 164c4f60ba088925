import type { CollectionBeforeChangeHook } from 'payload'

/**
 * GEN-2: besides the record of moves (status-changes), each step of the procedure keeps who took it
 * and when on the subscription itself, for the requisition and the letters: who confirmed with the
 * supplier (SUB-2), who decided the requisition (SUB-4), who placed the order (SUB-5).
 */
export const stampSteps: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update') return data
  const from = originalDoc?.status
  const to = data.status
  if (to === undefined || to === null || to === from) return data
  const now = new Date().toISOString()
  const by = req.user?.collection === 'users' ? req.user.id : null
  if (to === 'confirmed-by-supplier') {
    data.supplierConfirmedBy = by
    data.supplierConfirmedAt = now
  } else if (to === 'ordered') {
    data.orderedBy = by
    data.orderedAt = now
  } else if (to === 'approved' || to === 'refused') {
    data.decidedBy = by
    data.decidedAt = now
  }
  return data
}
