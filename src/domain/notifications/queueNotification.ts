import type { PayloadRequest } from 'payload'

export type OutgoingMessage = { to: string; subject: string; body: string }

/**
 * Stores a message in the outbox inside the caller's transaction; the outbox hook queues its
 * delivery. Domain code calls this instead of sending mail inline (GEN-4).
 */
export async function queueNotification(req: PayloadRequest, message: OutgoingMessage) {
  return req.payload.create({
    collection: 'notifications',
    data: { ...message, status: 'queued' },
    req,
    overrideAccess: true,
  })
}
