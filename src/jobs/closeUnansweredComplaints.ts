import type { TaskConfig } from 'payload'

import { closeUnansweredComplaints } from '@/domain/complaints/closeUnansweredComplaints'

/** Every hour: complaints left unanswered in `awaiting-acceptance` past the estate's days close. */
export const closeUnansweredComplaintsTask: TaskConfig<{
  input: object
  output: { closed: number }
}> = {
  slug: 'closeUnansweredComplaints',
  label: 'Close complaints the resident left unanswered',
  schedule: [{ cron: process.env.COMPLAINT_AUTO_CLOSE_CRON || '0 30 * * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => ({
    output: { closed: await closeUnansweredComplaints(req.payload) },
  }),
}
