import type { TaskConfig } from 'payload'

import { deliveryOutcome, shouldAttemptDelivery } from '@/domain/notifications/status'
import { deliveryFor } from '@/email/outboxAdapter'
import type { MailTransport } from '@/email/transport'

/** How long the first retry waits; each later retry waits twice as long. */
export const retryBaseDelayMs = () => Number(process.env.EMAIL_RETRY_DELAY_MS ?? 30_000)

/**
 * Delivers one outbox message. Idempotent: a message already sent is skipped, so a job that
 * runs twice never sends twice. A failure is written to the message, then thrown so the job
 * queue retries it with exponential back-off.
 */
export function sendNotificationTask(mail: MailTransport): TaskConfig<'sendNotification'> {
  return {
    slug: 'sendNotification',
    label: 'Send an outbox email',
    inputSchema: [{ name: 'notificationId', type: 'text', required: true }],
    outputSchema: [{ name: 'result', type: 'text' }],
    retries: { attempts: 10, backoff: { type: 'exponential', delay: retryBaseDelayMs() } },
    handler: async ({ input, req }) => {
      const { payload } = req
      const message = await payload.findByID({
        collection: 'notifications',
        id: input.notificationId,
        depth: 0,
        req,
      })
      if (!shouldAttemptDelivery(message.status)) return { output: { result: 'already sent' } }

      try {
        // payload.sendEmail would store the message in the outbox again: send through the real adapter.
        await deliveryFor(payload).sendEmail({ to: message.to, subject: message.subject, text: message.body })
      } catch (error) {
        await payload.update({
          collection: 'notifications',
          id: message.id,
          data: deliveryOutcome(message.attempts, { ok: false, error }),
          req,
        })
        throw error
      }
      if (mail.logOnly) {
        payload.logger.info(
          { to: message.to, subject: message.subject, body: message.body },
          'SMTP_URL is not set: email written to the log instead of sent',
        )
      }
      await payload.update({
        collection: 'notifications',
        id: message.id,
        data: deliveryOutcome(message.attempts, { ok: true, at: new Date() }),
        req,
      })
      return { output: { result: mail.logOnly ? 'logged' : 'sent' } }
    },
  }
}
