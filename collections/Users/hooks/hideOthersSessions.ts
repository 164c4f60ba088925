import type { CollectionAfterReadHook } from 'payload'

import { hasRole } from '@/access/roles'

/**
 * A staff member's login sessions are theirs and the admin's to see (issue 6 #3): Payload adds the
 * `sessions` field to every auth collection without field access, so it is removed here.
 */
export const hideOthersSessions: CollectionAfterReadHook = ({ doc, req }) => {
  if (!req.user || hasRole(req.user, 'admin')) return doc
  if (req.user.collection === 'users' && String(req.user.id) === String(doc.id)) return doc
  if (doc && typeof doc === 'object' && 'sessions' in doc)
    delete (doc as { sessions?: unknown }).sessions
  return doc
}
