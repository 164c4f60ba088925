import type { CollectionAfterChangeHook } from 'payload'

import type { MailItem } from '@payload-types'
import { isNoticeDue } from '@/domain/mail/pickupCode'
import { queueJob } from '@/jobs/queueJob'

/**
 * MAIL-3: a new item's addressee is told by e-mail (through the outbox, GEN-4), by a job the
 * recording queues in its transaction (`tellMailArrived`, run by the cron within seconds), so CS
 * recording 50 items does not wait for each notice's reads and writes. One notice per batch and
 * code: an item joining a code an item of the same batch holds queues nothing.
 */
export const queueMailNotice: CollectionAfterChangeHook<MailItem> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || !isNoticeDue(req, doc.pickupCode)) return doc
  await queueJob(req, 'tellMailArrived', { itemId: String(doc.id) })
  return doc
}
