import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/domain/relations'
import { forgetPassSettings } from '@/domain/passes/settings'

/** A changed fee (or an estate's currency) applies to the next pass this process issues. */
export const forgetCachedSettings =
  (estateOf: (doc: Record<string, unknown>) => unknown): CollectionAfterChangeHook =>
  ({ doc }) => {
    const estate = idOf(estateOf(doc) as number | { id: number } | undefined)
    if (estate !== undefined) forgetPassSettings(estate)
    return doc
  }
