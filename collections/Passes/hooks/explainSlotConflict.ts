import type { CollectionAfterErrorHook } from 'payload'

import { isSlotConflict } from '@/domain/passes/issuePass'
import { refusalBody } from '@/errors/catalogue'
import { requestLang } from '@/errors/refuse'

/** Two passes racing for one member's same place: say so plainly instead of "slot must be unique". */
export const explainSlotConflict: CollectionAfterErrorHook = ({ error, req }) => {
  if (!isSlotConflict(error)) return
  return { status: 409, response: refusalBody('pass.issued-concurrently', requestLang(req)) }
}
