import type { Payload } from 'payload'

const PURGED = Symbol.for('estate-office.finishedJobsPurgedAt')
type Holder = { [PURGED]?: number }

/** How long a finished job stays readable (to see what happened to a delivery). */
const KEEP_MS = 24 * 60 * 60 * 1000

/**
 * Finished jobs are kept, not deleted on completion (see `deleteJobOnComplete` in the config), so
 * a day later they are deleted here, at most every 10 minutes per process. Not awaited by the
 * caller: it is housekeeping, and a failure only leaves old rows for the next time.
 */
export function purgeFinishedJobs(payload: Payload, now = Date.now()) {
  const holder = globalThis as Holder
  if (now - (holder[PURGED] ?? 0) < 10 * 60 * 1000) return
  holder[PURGED] = now
  payload.db
    .deleteMany({
      collection: 'payload-jobs',
      where: { completedAt: { less_than: new Date(now - KEEP_MS).toISOString() } },
    })
    .catch((error: unknown) => payload.logger.warn({ err: error }, 'purging finished jobs failed'))
}
