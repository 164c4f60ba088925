import type { CollectionAfterChangeHook } from 'payload'

import type { MailItem } from '@payload-types'
import { isNewPickupCode } from '@/domain/mail/pickupCode'
import { tellAddressee } from '@/domain/mail/tellAddressee'

/** MAIL-3: a new item's addressee is told by e-mail (through the outbox, GEN-4). */
export const queueMailNotice: CollectionAfterChangeHook<MailItem> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  await tellAddressee(req, doc, {
    dedupeKey: `mail-notice:${String(doc.batch)}:${doc.pickupCode}`,
    // A code new to this item was never sent: no earlier notice of it to look for.
    firstOfKey: isNewPickupCode(req, doc.pickupCode),
  })
  return doc
}
