import type { CollectionAfterChangeHook } from 'payload'

import { prepareFreePasses } from '@/domain/passes/issuePass'
import { idOf } from '@/domain/relations'

/** PAS-2 / PAS-6: every member, whenever added, gets their free passes prepared at once. */
export const preparePasses: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await prepareFreePasses(req, doc.id, idOf(doc.estate)!)
  return doc
}
