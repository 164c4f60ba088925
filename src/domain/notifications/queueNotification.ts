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

/**
 * Stores a message in the outbox inside the caller's transaction; the outbox hook queues its
 * delivery. Domain code calls this instead of sending mail inline (GEN-4).
 */
export async function queueNotification(
  req: PayloadRequest,
  message: OutgoingMessage,
  dedupeKey?: string,
  { firstOfKey = false }: { firstOfKey?: boolean } = {},
) {
  // An operation that may be resumed after a crash names each message: it is stored only once.
  // A caller that knows the key is new (it was made of a code issued just now) skips the look.
  if (dedupeKey && !firstOfKey) {
    const { docs } = await req.payload.find({
      collection: 'notifications',
      where: { dedupeKey: { equals: dedupeKey } },
      limit: 1,
      pagination: false,
      depth: 0,
      select: { dedupeKey: true },
      req,
      overrideAccess: true,
    })
    if (docs[0]) return docs[0]
  }
  return req.payload.create({
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
}
