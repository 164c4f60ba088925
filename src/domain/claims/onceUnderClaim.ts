import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { takeClaim } from './takeClaim'

/**
 * Runs `work` once per `key`, however many processes run it (Payload's job runner may hand one
 * job to two): the work's writes are made under the key's claim, in one transaction with it, so
 * a second run waits for the first's and finds the claim taken (`undefined`). Without
 * transactions (MongoDB on one server) a held claim throws, so a job is tried again later, and a
 * claim left by a crash is taken over after two minutes: the work must then be safe to do again
 * (an outbox message's key keeps it from being stored twice).
 */
export async function onceUnderClaim<T>(
  req: PayloadRequest,
  key: string,
  work: () => Promise<T>,
): Promise<T | undefined> {
  const ownTransaction = await initTransaction(req)
  try {
    const inTransaction = Boolean(req.transactionID)
    if (!(await takeClaim(req, key, async () => true, inTransaction))) {
      if (!inTransaction) throw new Error(`${key}: being done by another run`)
      // Done by the run that holds the claim (PostgreSQL ended this transaction at the insert).
      if (ownTransaction) await killTransaction(req)
      return undefined
    }
    const result = await work()
    if (ownTransaction) await commitTransaction(req)
    return result
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}
