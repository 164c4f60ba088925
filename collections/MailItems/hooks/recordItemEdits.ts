import type { CollectionAfterChangeHook } from 'payload'

import type { MailItem } from '@payload-types'
import { MAIL_ITEM_WORKFLOW } from '@/domain/mail/transitions'
import { idOf } from '@/domain/relations'
import { saveStatusChange } from '../../../hooks/guardWorkflow'

/** What the office may correct on an item after recording it (household and batch are locked). */
const CORRECTABLE = [
  'member',
  'addressee',
  'kind',
  'trackingNumber',
  'location',
  'photo',
  'returnReason',
] as const

/** A cleared value, as the record of changes shows it. */
const NONE = '—'

const shown = (value: unknown) => {
  const id = idOf(value as string | number | { id: string | number } | null | undefined)
  return id === undefined || id === null || id === '' ? null : String(id)
}

/**
 * GEN-2 without versions on mail items: recording is kept by `recordedBy`/`createdAt`, every move
 * (pickup, return) by the workflow's record, and each later correction of an item — its
 * addressee, kind, tracking number, shelf, photo or return reason — here, as a row of the same
 * record of changes (field, from, to, who, when). Pickups and reminders change none of these
 * fields, so the busy paths write nothing extra.
 */
export const recordItemEdits: CollectionAfterChangeHook<MailItem> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
  collection,
}) => {
  if (operation !== 'update') return doc
  for (const field of CORRECTABLE) {
    const from = shown(previousDoc?.[field])
    const to = shown(doc[field])
    if (from === to) continue
    await saveStatusChange(req, {
      workflow: MAIL_ITEM_WORKFLOW.name,
      collection: collection.slug,
      doc,
      field,
      from,
      to: to ?? NONE,
      context,
    })
  }
  return doc
}
