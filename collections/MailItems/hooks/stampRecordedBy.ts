import type { CollectionBeforeChangeHook } from 'payload'

/** GEN-2: the staff member recording an item (MAIL-3); nobody else ever creates one. */
export const stampRecordedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user?.collection === 'users') data.recordedBy = req.user.id
  return data
}
