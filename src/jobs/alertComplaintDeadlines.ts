import type { TaskConfig } from 'payload'

import { alertComplaintDeadlines } from '@/domain/complaints/alertComplaintDeadlines'

/** Every 5 minutes: complaints near or past their department's response time alert it and CS. */
export const alertComplaintDeadlinesTask: TaskConfig<{
  input: object
  output: { alerts: number }
}> = {
  slug: 'alertComplaintDeadlines',
  label: 'Alert complaints near their response time',
  schedule: [{ cron: process.env.COMPLAINT_ALERT_CRON || '0 */5 * * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => ({ output: { alerts: await alertComplaintDeadlines(req.payload) } }),
}
