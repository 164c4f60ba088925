import type { CollectionAfterChangeHook } from 'payload'

/** A new outbox message gets a delivery job; the job survives restarts and retries with back-off. */
export const queueDelivery: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await req.payload.jobs.queue({
    task: 'sendNotification',
    input: { notificationId: String(doc.id) },
    req,
  })
  return doc
}
