import type { PayloadRequest } from 'payload'

import type { Config } from '@payload-types'

type Tasks = Config['jobs']['tasks']

/**
 * Queues a task's job in the request's transaction: the row `payload.jobs.queue` writes (the task
 * and its input; our tasks name no queue or concurrency key, and jobs run no collection hooks),
 * without the read of the new row back that follows it there. The requests that queue a job only
 * need it stored, and on PostgreSQL that read (the job with its log) cost about as much as the
 * insert (`npm run bench:breakdown`).
 */
export async function queueJob<T extends keyof Tasks>(
  req: PayloadRequest,
  task: T,
  input: Tasks[T]['input'],
) {
  const jobs = req.payload.config.jobs
  // Payload's own queue when it would do more than write the row (hooks, depth, concurrency).
  if (jobs?.runHooks || jobs?.depth || jobs?.enableConcurrencyControl) {
    await req.payload.jobs.queue({ task, input, req } as Parameters<
      typeof req.payload.jobs.queue
    >[0])
    return
  }
  await req.payload.db.create({
    collection: 'payload-jobs',
    data: { taskSlug: task, input },
    req,
    returning: false,
  })
}
