import type { PayloadRequest } from 'payload'

import { type LiveChange, liveBusOf } from './bus'

/** How often an announcement waiting for its transaction looks whether it has ended. */
const COMMIT_POLL_MS = 5
/** A transaction still open after this long is not waited for any more (it is announced). */
const COMMIT_WAIT_MAX_MS = 120_000

const waiting = new WeakMap<PayloadRequest, Map<string, LiveChange>>()

const keyOf = (change: LiveChange) =>
  `${change.topic}:${String(change.estate)}:${String(change.household ?? '')}`

/**
 * Resolves once the request's transaction has ended. Payload runs `afterChange` and
 * `afterOperation` inside the transaction and commits afterwards (the operation that began it
 * calls `commitTransaction`, which deletes `req.transactionID` once the database has committed);
 * there is no after-commit hook. Without a transaction (SQLite here, MongoDB without a replica
 * set) each write is already visible: it resolves at once.
 */
async function transactionEnded(req: PayloadRequest): Promise<void> {
  const id: unknown = await req.transactionID
  // Adapters name a transaction with a string (or number). Anything else is no transaction: on
  // SQLite `req.transactionID` stays a promise of null, which Payload's relationship loader then
  // copies through JSON as `{}`.
  if ((typeof id !== 'string' && typeof id !== 'number') || id === '') return
  const giveUpAt = Date.now() + COMMIT_WAIT_MAX_MS
  while (req.transactionID === id && Date.now() < giveUpAt) {
    await new Promise((resolve) => setTimeout(resolve, COMMIT_POLL_MS))
  }
}

/**
 * Tells the live boards that a record changed, once the change is committed, so a board that
 * reads again on the event sees it. Changes made in one transaction are told once each, together,
 * when it ends. A rolled-back change is told too: a board then reads and finds nothing new, which
 * is harmless; a change told before it is readable would not be. Never awaited by the hook: the
 * commit it waits for happens after the hooks have run.
 */
export function announceAfterCommit(req: PayloadRequest, change: LiveChange): void {
  const batch = waiting.get(req)
  if (batch) {
    batch.set(keyOf(change), change)
    return
  }
  const changes = new Map([[keyOf(change), change]])
  waiting.set(req, changes)
  const bus = liveBusOf(req.payload)
  void transactionEnded(req).then(() => {
    waiting.delete(req)
    for (const each of changes.values()) void bus.publish(each)
  })
}
