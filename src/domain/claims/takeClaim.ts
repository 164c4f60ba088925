import type { PayloadRequest } from 'payload'

import { isUniqueConflict } from '@/errors/uniqueConflict'
import { OPERATION_CLAIMS } from '../../../collections/OperationClaims'

/** A claim older than this whose operation never finished was left by a crash. */
export const STALE_CLAIM_MS = 2 * 60 * 1000

/**
 * Takes the one-time claim `key` inside the caller's request (and transaction, if any). Returns
 * false when another operation holds it — unless that claim is stale (older than two minutes) and
 * `unfinished()` says its operation never completed (a crash on a database without transactions),
 * in which case it is taken over. Only the Payload API: the same on every adapter.
 */
export async function takeClaim(
  req: PayloadRequest,
  key: string,
  unfinished: () => Promise<boolean>,
  inTransaction: boolean,
): Promise<boolean> {
  const data = { key, claimedAt: new Date().toISOString() }
  try {
    await req.payload.create({
      collection: OPERATION_CLAIMS,
      data,
      depth: 0,
      req,
      overrideAccess: true,
    })
    return true
  } catch (error) {
    if (!isUniqueConflict(error, 'key')) throw error
    // PostgreSQL aborts a transaction at a failed insert (and a crash there rolls the claim back).
    if (inTransaction) return false
  }
  const { docs } = await req.payload.find({
    collection: OPERATION_CLAIMS,
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const held = docs[0]
  const stale = held && Date.now() - new Date(held.claimedAt).getTime() > STALE_CLAIM_MS
  if (!held || !stale || !(await unfinished())) return false
  await releaseClaim(req, key)
  return takeClaim(req, key, async () => false, inTransaction)
}

/** Gives a claim back (a refused operation on a database without transactions). */
export async function releaseClaim(req: PayloadRequest, key: string) {
  await req.payload.delete({
    collection: OPERATION_CLAIMS,
    where: { key: { equals: key } },
    req,
    overrideAccess: true,
  })
}
