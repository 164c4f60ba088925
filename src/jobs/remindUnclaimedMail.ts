import type { TaskConfig } from 'payload'

import { remindUnclaimedMail } from '@/domain/mail/remindUnclaimedMail'

/** MAIL-6, every hour: reminders for mail waiting past the estate's reminder days. */
export const remindUnclaimedMailTask: TaskConfig<{ input: object; output: { reminded: number } }> =
  {
    slug: 'remindUnclaimedMail',
    label: 'Remind addressees of unclaimed mail',
    schedule: [{ cron: process.env.MAIL_REMINDER_CRON || '0 0 * * * *', queue: 'default' }],
    retries: 2,
    handler: async ({ req }) => ({
      output: { reminded: await remindUnclaimedMail(req.payload) },
    }),
  }
