import type { TaskConfig } from 'payload'

import { followSubscriptionCalendar } from '@/domain/subscriptions/followCalendar'

/** Every hour: subscriptions start being delivered in their first month and end after their last. */
export const followSubscriptionCalendarTask: TaskConfig<{
  input: object
  output: { started: number; ended: number }
}> = {
  slug: 'followSubscriptionCalendar',
  label: 'Start and end subscriptions by their months',
  schedule: [{ cron: process.env.SUBSCRIPTION_CALENDAR_CRON || '0 5 * * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => ({ output: await followSubscriptionCalendar(req.payload) }),
}
