import type { TaskConfig } from 'payload'

import { escalateWaitingVisitors } from '@/domain/visitors/escalateWaitingVisitors'

/** VIS-3, every 15 seconds: visitors waiting past the response limit alert the CS on duty. */
export const escalateWaitingVisitorsTask: TaskConfig<{
  input: object
  output: { escalated: number }
}> = {
  slug: 'escalateWaitingVisitors',
  label: 'Escalate visitors waiting at the gate',
  schedule: [{ cron: process.env.VISITOR_ESCALATION_CRON || '*/15 * * * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => ({
    output: { escalated: await escalateWaitingVisitors(req.payload) },
  }),
}
