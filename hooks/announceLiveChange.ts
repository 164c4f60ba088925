import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { RecordId } from '@/access/actor'
import { idOf } from '@/domain/relations'
import { announceAfterCommit } from '@/server/live/announce'
import type { LiveTopic } from '@/server/live/bus'

type Related = RecordId | { id: RecordId } | null | undefined

/**
 * The live boards of the record's estate are told it changed, after the change is committed
 * (src/server/live). `household` names the field holding the household whose resident's page
 * shows the record (a visitor request's host unit).
 */
export function announceLiveChange(
  topic: LiveTopic,
  { household }: { household?: string } = {},
): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  const announce = (doc: Record<string, unknown>, req: PayloadRequest) => {
    const estate = idOf(doc.estate as Related)
    if (estate === undefined || estate === null) return
    announceAfterCommit(req, {
      estate,
      topic,
      household: household ? (idOf(doc[household] as Related) ?? null) : null,
    })
  }
  return {
    afterChange: ({ doc, req }) => {
      announce(doc, req)
      return doc
    },
    afterDelete: ({ doc, req }) => {
      announce(doc, req)
      return doc
    },
  }
}
