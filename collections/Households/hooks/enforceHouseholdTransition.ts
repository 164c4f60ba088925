import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { canMoveHousehold, type HouseholdStatus } from '@/domain/households/status'

/** Moving in happens only through the handover (context.handover); the rest per the table. */
export const enforceHouseholdTransition: CollectionBeforeChangeHook = ({ data, originalDoc, operation, context, req }) => {
  if (operation === 'create') {
    // A new household always starts before move-in.
    data.status = 'pre-move-in'
    return data
  }
  const from = (originalDoc?.status ?? 'pre-move-in') as HouseholdStatus
  const to = (data.status ?? from) as HouseholdStatus
  const actor = context.handover ? 'handover' : 'office'
  if (!canMoveHousehold(from, to, actor)) {
    throw new ValidationError({
      collection: 'households',
      req,
      errors: [
        {
          path: 'status',
          message:
            to === 'moved-in'
              ? 'A household moves in when its passes are handed over · 移交出入證時才可轉為已入住'
              : `A household cannot go from ${from} to ${to} · 住戶狀態不可由 ${from} 改為 ${to}`,
        },
      ],
    })
  }
  return data
}
