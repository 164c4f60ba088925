import type { CollectionAfterChangeHook } from 'payload'

/**
 * A complaint keeps its household's unit number (the desk, the office's search and the e-mails
 * read it there); when the register corrects a unit, the household's complaints follow in the same
 * transaction. The number is the register's, not a decision about the complaint: no complaint
 * hook runs and no complaint version is written for it (the household's own version records the
 * correction, and who made it).
 */
export const carryUnitToComplaints: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || !doc.unit || doc.unit === previousDoc?.unit) return doc
  await req.payload.db.updateMany({
    collection: 'complaints',
    where: { household: { equals: doc.id } },
    data: { unit: doc.unit },
    req,
    returning: false,
  })
  return doc
}
