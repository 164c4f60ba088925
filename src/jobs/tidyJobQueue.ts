import type { Payload } from 'payload'

const TIDIED = Symbol.for('estate-office.jobQueueTidiedAt')
type Holder = { [TIDIED]?: number }

/** How long a finished job stays readable (to see what happened to a delivery). */
const KEEP_MS = 24 * 60 * 60 * 1000

/**
 * How long a job may stay marked as being run before it counts as abandoned: far longer than any
 * of ours runs (an SMTP send gives up within 40 s), so only a job whose process died holds it.
 */
export const ABANDONED_JOB_MS = 10 * 60 * 1000

/**
 * Jobs a process was running when it died (kill -9, a lost machine) stay marked `processing` and
 * Payload's runner never picks them again: a new complaint's e-mails, a mail notice, a delivery
 * would be lost. Marked runnable again here; each of those jobs is safe to run twice (claims,
 * outbox keys). Returns how many were released.
 */
export async function releaseAbandonedJobs(payload: Payload, now = Date.now()) {
  const released = await payload.db.updateMany({
    collection: 'payload-jobs',
    where: {
      and: [
        { processing: { equals: true } },
        { completedAt: { exists: false } },
        { updatedAt: { less_than: new Date(now - ABANDONED_JOB_MS).toISOString() } },
      ],
    },
    data: { processing: false },
  })
  const count = released?.length ?? 0
  if (count > 0) payload.logger.warn(`released ${count} job(s) left running by a process that died`)
  return count
}

/**
 * Housekeeping of the job queue, at most every 10 minutes per process: finished jobs are kept, not
 * deleted on completion (see `deleteJobOnComplete` in the config), and deleted here a day later;
 * abandoned jobs are released (`releaseAbandonedJobs`). Not awaited by the caller: a failure only
 * leaves the work for the next time.
 */
export function tidyJobQueue(payload: Payload, now = Date.now()) {
  const holder = globalThis as Holder
  if (now - (holder[TIDIED] ?? 0) < 10 * 60 * 1000) return
  holder[TIDIED] = now
  const warn = (what: string) => (error: unknown) =>
    payload.logger.warn({ err: error }, `${what} failed`)
  payload.db
    .deleteMany({
      collection: 'payload-jobs',
      where: { completedAt: { less_than: new Date(now - KEEP_MS).toISOString() } },
    })
    .catch(warn('purging finished jobs'))
  releaseAbandonedJobs(payload, now).catch(warn('releasing abandoned jobs'))
}
