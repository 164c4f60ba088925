import type { TaskConfig } from 'payload'

import { alertPermitDeadlines } from '@/domain/permits/alertPermitDeadlines'

/** PMT-3, every minute: permits near or past their 30-minute deadline alert their holders. */
export const alertPermitDeadlinesTask: TaskConfig<{ input: object; output: { alerts: number } }> = {
  slug: 'alertPermitDeadlines',
  label: 'Alert work permits near their deadline',
  schedule: [{ cron: process.env.PERMIT_ALERT_CRON || '0 * * * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => ({ output: { alerts: await alertPermitDeadlines(req.payload) } }),
}
