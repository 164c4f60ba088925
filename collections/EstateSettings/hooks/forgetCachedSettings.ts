import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/domain/relations'
import { forgetComplaintSettings } from '@/domain/complaints/settings'
import { forgetRecentEstate } from '@/domain/estates/readEstate'
import { forgetPassSettings } from '@/domain/passes/settings'

/**
 * A changed fee (or an estate's currency) applies to the next pass this process issues; a changed
 * estate (its time zone) to the next scan at its gate; a changed response time to the next
 * complaint.
 */
export const forgetCachedSettings =
  (estateOf: (doc: Record<string, unknown>) => unknown): CollectionAfterChangeHook =>
  ({ doc }) => {
    const estate = idOf(estateOf(doc) as number | { id: number } | undefined)
    if (estate === undefined) return doc
    forgetPassSettings(estate)
    forgetComplaintSettings(estate)
    forgetRecentEstate(estate)
    return doc
  }
