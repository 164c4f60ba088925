import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { idOf } from '@/domain/relations'
import { forgetDoNotAdmit } from '@/domain/visitors/readDoNotAdmit'

/** An entry added, changed or removed applies to the next scan and request this process checks. */
const forget = ({ doc }: { doc: Record<string, unknown> }) => {
  const estate = idOf(doc.estate as number | { id: number } | undefined)
  if (estate !== undefined && estate !== null) forgetDoNotAdmit(estate)
  return doc
}

export const forgetDoNotAdmitAfterChange: CollectionAfterChangeHook = forget
export const forgetDoNotAdmitAfterDelete: CollectionAfterDeleteHook = forget
