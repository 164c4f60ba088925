export const NOTIFICATION_STATUSES = ['queued', 'sent', 'failed'] as const
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number]

/** A message is delivered at most once: only a message not yet sent may be attempted. */
export function shouldAttemptDelivery(status: NotificationStatus | null | undefined): boolean {
  return status !== 'sent'
}

/** What an attempt's outcome writes back to the outbox record. */
export function deliveryOutcome(
  previousAttempts: number | null | undefined,
  outcome: { ok: true; at: Date } | { ok: false; error: unknown },
): { status: NotificationStatus; attempts: number; lastError?: string | null; sentAt?: string } {
  const attempts = (previousAttempts ?? 0) + 1
  if (outcome.ok) return { status: 'sent', attempts, sentAt: outcome.at.toISOString() }
  const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error)
  return { status: 'failed', attempts, lastError: message.slice(0, 500) }
}
