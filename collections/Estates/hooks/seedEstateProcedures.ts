import type { CollectionAfterChangeHook } from 'payload'

import { seedProcedures } from '@/seed/procedures'

/**
 * GEN-6: a new estate gets the office's procedures at once (as the first estate does at the first
 * start), in the same transaction, so its staff can read and adapt them from day one.
 */
export const seedEstateProcedures: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await seedProcedures(req.payload, doc.id, req)
  return doc
}
