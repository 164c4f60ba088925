import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { canMovePass, type PassActor, type PassStatus } from '@/domain/passes/transitions'

/**
 * A status change must follow the transition table for the operation making it. The operations
 * put their actor in `context.passActor`; any other write keeps the stored status.
 */
export const guardPassChanges: CollectionBeforeChangeHook = ({ data, originalDoc, operation, context, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const from = originalDoc.status as PassStatus
  const to = (data.status ?? from) as PassStatus
  if (from === to) return data
  const actor = context.passActor as PassActor | undefined
  if (!actor || !canMovePass(from, to, actor)) {
    throw new ValidationError({
      collection: 'passes',
      req,
      errors: [
        {
          path: 'status',
          message: `A pass cannot go from ${from} to ${to} this way · 出入證不可如此由「${from}」改為「${to}」`,
        },
      ],
    })
  }
  return data
}
