import type { Payload } from 'payload'

import { DELIVERY_CLAIMS } from '../../../collections/DeliveryClaims'
import { isUniqueConflict } from '@/errors/uniqueConflict'

/**
 * How long a claim protects a message being sent. Longer than any one SMTP send can take (the
 * transport gives up after 10 s to connect, 10 s for the greeting and 20 s of silence), so a
 * claim this old was left by a process that died mid-send.
 */
export const claimStaleAfterMs = () => Number(process.env.DELIVERY_CLAIM_STALE_MS ?? 10 * 60_000)

export type DeliveryClaim =
  { claimed: true; id: number | string } | { claimed: false; staleAt: Date }

/**
 * Takes the right to send one outbox message. Payload's job runner does not promise that only one
 * process runs a job, so each send first inserts the message's unique claim: of two processes,
 * only one can, and the other skips.
 *
 * A claim older than `claimStaleAfterMs` is taken over, so a process killed mid-send does not
 * block the message forever. That is the one place where a message can go out twice: if the
 * dead process's SMTP send had in fact been accepted before it died, the takeover sends it again
 * (at-least-once). We chose that over losing the message, and made it rare: a claim is never
 * taken over while a live send could still be in flight, so two sends never race each other.
 */
export async function claimDelivery(
  payload: Payload,
  messageId: number | string,
  now = new Date(),
): Promise<DeliveryClaim> {
  for (let attempt = 1; ; attempt++) {
    try {
      // Its own write, committed at once: the claim must be visible to the other process now.
      const claim = await payload.create({
        collection: DELIVERY_CLAIMS,
        data: { message: String(messageId), claimedAt: now.toISOString() },
        select: { message: true },
        depth: 0,
        overrideAccess: true,
        disableTransaction: true,
      })
      return { claimed: true, id: claim.id }
    } catch (error) {
      if (!isUniqueConflict(error, 'message') || attempt >= 3) throw error
    }
    const { docs } = await payload.find({
      collection: DELIVERY_CLAIMS,
      where: { message: { equals: String(messageId) } },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const held = docs[0]
    if (!held) continue // released in between: try again
    const staleAt = new Date(new Date(held.claimedAt).getTime() + claimStaleAfterMs())
    if (staleAt > now) return { claimed: false, staleAt }
    // Stale: remove exactly that claim (by its id) and try again. A rival who saw the same stale
    // claim removes nothing more, and the unique key lets only one of us insert the new claim.
    await payload.db.deleteMany({ collection: DELIVERY_CLAIMS, where: { id: { equals: held.id } } })
  }
}

/** Gives the claim back (after the outcome is written), so a retry or a later job may send. */
export async function releaseDelivery(payload: Payload, claimId: number | string) {
  await payload.db.deleteMany({ collection: DELIVERY_CLAIMS, where: { id: { equals: claimId } } })
}
