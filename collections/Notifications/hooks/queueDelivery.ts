import type { CollectionAfterChangeHook } from 'payload'

import { queueJob } from '@/jobs/queueJob'

/** A new outbox message gets a delivery job; the job survives restarts and retries with back-off. */
export const queueDelivery: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await queueJob(req, 'sendNotification', { notificationId: String(doc.id) })
  return doc
}
