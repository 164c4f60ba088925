import type { TaskConfig } from 'payload'

import { reportVisitorsInside } from '@/domain/visitors/reportVisitorsInside'

/** VIS-5, every hour: each estate's end-of-day list of visitors still inside, at its hour. */
export const reportVisitorsInsideTask: TaskConfig<{ input: object; output: { sent: number } }> = {
  slug: 'reportVisitorsInside',
  label: 'E-mail Security the visitors still inside',
  schedule: [{ cron: process.env.VISITOR_REPORT_CRON || '0 0 * * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => ({ output: { sent: await reportVisitorsInside(req.payload) } }),
}
