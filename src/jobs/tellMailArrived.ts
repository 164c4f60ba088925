import type { TaskConfig } from 'payload'

import { onceUnderClaim } from '@/domain/claims/onceUnderClaim'
import { tellAddressee } from '@/domain/mail/tellAddressee'
import { idOf } from '@/domain/relations'

/**
 * MAIL-3: the e-mail with the pickup QR code and short code to a new item's addressee, stored in
 * the outbox (GEN-4) after CS recorded the item: the recording queues this job in its
 * transaction and the cron runs it within seconds. Once per batch and code, whoever runs it
 * (`onceUnderClaim`): one notice tells of all the addressee's items of a batch.
 */
export const tellMailArrivedTask: TaskConfig<'tellMailArrived'> = {
  slug: 'tellMailArrived',
  label: 'Tell an addressee their mail is waiting',
  inputSchema: [{ name: 'itemId', type: 'text', required: true }],
  outputSchema: [{ name: 'messages', type: 'number' }],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const item = await req.payload.findByID({
      collection: 'mail-items',
      id: input.itemId,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!item?.pickupCode) return { output: { messages: 0 } }
    // Picked up or returned before its notice was stored: told only if another of the batch's
    // items with the code (which queued no notice of its own) still waits.
    const waiting =
      item.status === 'waiting'
        ? item
        : (
            await req.payload.find({
              collection: 'mail-items',
              where: {
                batch: { equals: idOf(item.batch) },
                pickupCode: { equals: item.pickupCode },
                status: { equals: 'waiting' },
              },
              limit: 1,
              pagination: false,
              depth: 0,
              req,
              overrideAccess: true,
            })
          ).docs[0]
    if (!waiting) return { output: { messages: 0 } }
    const key = `mail-notice:${String(idOf(item.batch))}:${item.pickupCode}`
    const told = await onceUnderClaim(req, `told:${key}`, () =>
      tellAddressee(req, waiting, { dedupeKey: key }),
    )
    return { output: { messages: told ?? 0 } }
  },
}
