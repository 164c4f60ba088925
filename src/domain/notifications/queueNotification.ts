import type { PayloadRequest } from 'payload'

/** A message and, when the caller acts for nobody (a job, a resumed operation), its estate. */
export type OutgoingMessage = {
  to: string
  subject: string
  body: string
  estate?: string | number
  /** Drawn as a QR code image under the text (a pickup code). */
  qrCode?: string
}

/** A message to queue and, for an operation that may be resumed, the key naming it. */
export type QueuedMessage = {
  message: OutgoingMessage
  dedupeKey?: string
}

/**
 * Stores a message in the outbox inside the caller's transaction; the outbox hook queues its
 * delivery. Domain code calls this instead of sending mail inline (GEN-4).
 */
export async function queueNotification(
  req: PayloadRequest,
  message: OutgoingMessage,
  dedupeKey?: string,
) {
  const [queued] = await queueNotifications(req, [{ message, dedupeKey }])
  return queued!
}

/**
 * Several messages of one operation (a new complaint to the household and each manager): one
 * read finds those already stored under their keys, then each missing one is stored, in order.
 * Returns each message's outbox record (stored earlier or now), in the order given.
 */
export async function queueNotifications(req: PayloadRequest, messages: QueuedMessage[]) {
  // An operation that may be resumed after a crash names each message: it is stored only once.
  const keys = [...new Set(messages.flatMap((m) => (m.dedupeKey ? [m.dedupeKey] : [])))]
  const stored = new Map<string, { id: number | string; dedupeKey?: string | null }>()
  if (keys.length > 0) {
    const { docs } = await req.payload.find({
      collection: 'notifications',
      where: { dedupeKey: { in: keys } },
      limit: keys.length,
      pagination: false,
      depth: 0,
      select: { dedupeKey: true },
      req,
      overrideAccess: true,
    })
    for (const doc of docs) if (doc.dedupeKey) stored.set(doc.dedupeKey, doc)
  }
  const queued = []
  for (const { message, dedupeKey } of messages) {
    const earlier = dedupeKey ? stored.get(dedupeKey) : undefined
    if (earlier) {
      queued.push(earlier)
      continue
    }
    const doc = await req.payload.create({
      collection: 'notifications',
      data: {
        ...message,
        estate: message.estate as number | undefined,
        status: 'queued',
        dedupeKey: dedupeKey ?? null,
      },
      // Callers keep the id only: the default depth would read the estate and the sender back.
      depth: 0,
      req,
      overrideAccess: true,
    })
    if (dedupeKey) stored.set(dedupeKey, doc)
    queued.push(doc)
  }
  return queued
}
