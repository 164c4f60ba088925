import type { PayloadRequest } from 'payload'

type SqlAdapter = {
  name: string
  sessions?: Record<string, { db: unknown }>
  execute?: (args: { db: unknown; raw: string }) => Promise<unknown>
}

/** The advisory-lock key space of subscriptions' signed papers (any constant; see src/db/migrate). */
const PAPERS_LOCK_SPACE = 730_361_502

const queues = new Map<string, Promise<unknown>>()

/**
 * The signed papers of one subscription (its letter, its cancellation notice) are taken one at a
 * time: two at the same moment would both find it waiting and both sign. In this process the
 * operations on one subscription queue up (SQLite serves one process only); on PostgreSQL,
 * `lockSubscription` also makes other processes wait, inside the transaction. Each operation reads
 * the subscription again once its turn has come.
 */
export async function oneAtATime<T>(id: string | number, work: () => Promise<T>): Promise<T> {
  const key = String(id)
  const before = queues.get(key) ?? Promise.resolve()
  const run = before.then(work, work)
  const settled = run.then(
    () => undefined,
    () => undefined,
  )
  queues.set(key, settled)
  try {
    return await run
  } finally {
    if (queues.get(key) === settled) queues.delete(key)
  }
}

/**
 * On PostgreSQL, within the request's transaction: waits for any other server process working on
 * the same subscription's papers, and holds it until the transaction ends. Elsewhere nothing.
 */
export async function lockSubscription(req: PayloadRequest, id: string | number) {
  const db = req.payload.db as unknown as SqlAdapter
  const key = Number(id)
  if (db.name !== 'postgres' || !req.transactionID || !Number.isSafeInteger(key)) return
  const session = db.sessions?.[String(await req.transactionID)]
  if (!session || !db.execute) return
  await db.execute({
    db: session.db,
    raw: `SELECT pg_advisory_xact_lock(${PAPERS_LOCK_SPACE}, ${key})`,
  })
}
