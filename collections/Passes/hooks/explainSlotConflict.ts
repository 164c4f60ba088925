import type { CollectionAfterErrorHook } from 'payload'

import { isSlotConflict } from '@/domain/passes/issuePass'

/** Two passes racing for one member's same place: say so plainly instead of "slot must be unique". */
export const explainSlotConflict: CollectionAfterErrorHook = ({ error }) => {
  if (!isSlotConflict(error)) return
  return {
    status: 409,
    response: {
      errors: [
        {
          message:
            'Another pass for this member was issued at the same moment; please try again · 同一成員的另一張出入證剛剛發出，請再試一次',
        },
      ],
    },
  }
}
