import type { Payload, TaskConfig } from 'payload'

import { claimDelivery, releaseDelivery } from '@/domain/notifications/deliveryClaim'
import { deliveryOutcome, shouldAttemptDelivery } from '@/domain/notifications/status'
import { deliveryFor } from '@/email/outboxAdapter'
import { renderNotification } from '@/email/renderNotification'
import type { MailTransport } from '@/email/transport'
import { tidyJobQueue } from './tidyJobQueue'

/** How long the first retry waits; each later retry waits twice as long. */
export const retryBaseDelayMs = () => Number(process.env.EMAIL_RETRY_DELAY_MS ?? 30_000)

/**
 * Delivers one outbox message. Idempotent: a message already sent is skipped, and the message is
 * claimed (a unique key in the database) before it is read and sent, so a job that two processes
 * run at once, or that is queued twice, sends it once. A failure is written to the message, then
 * thrown so the job queue retries it with exponential back-off.
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
      tidyJobQueue(payload)
      const claim = await claimDelivery(payload, input.notificationId)
      if (!claim.claimed) {
        // Another process is sending it now. Look again once its claim would be stale: if that
        // process died mid-send, this check-back takes over; otherwise it finds the message sent.
        await payload.jobs.queue({ task: 'sendNotification', input, waitUntil: claim.staleAt })
        return { output: { result: 'being sent by another process' } }
      }
      try {
        return { output: { result: await deliverClaimed(payload, input.notificationId, mail) } }
      } finally {
        await releaseDelivery(payload, claim.id)
      }
    },
  }
}

/**
 * Sends a message this process holds the claim of. Read and written without the job's `req`, each
 * write committed on its own: the outcome must be in the database before the claim is released,
 * or a process claiming next could read the message as still unsent.
 */
async function deliverClaimed(payload: Payload, id: string, mail: MailTransport) {
  const message = await payload.findByID({ collection: 'notifications', id, depth: 0 })
  if (!shouldAttemptDelivery(message.status)) return 'already sent'

  try {
    // payload.sendEmail would store the message in the outbox again: send through the real adapter.
    await deliveryFor(payload).sendEmail({
      to: message.to,
      subject: message.subject,
      ...(await renderNotification(message)),
    })
  } catch (error) {
    await payload.update({
      collection: 'notifications',
      id: message.id,
      data: deliveryOutcome(message.attempts, { ok: false, error }),
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
  })
  return mail.logOnly ? 'logged' : 'sent'
}
