export const DEFAULT_VISITOR_RESPONSE_SECONDS = 120

/** Whole seconds a request has waited at `now` (never negative: clocks of devices differ). */
export function secondsWaited(createdAt: string | Date, now: Date): number {
  const since = new Date(createdAt).getTime()
  if (!Number.isFinite(since)) return 0
  return Math.max(0, Math.floor((now.getTime() - since) / 1000))
}

/**
 * VIS-3: a request still waiting once the response limit has passed is escalated, once.
 */
export function escalationDue(
  request: { status?: string | null; createdAt: string; escalatedAt?: string | null },
  limitSeconds: number,
  now: Date,
): boolean {
  return (
    request.status === 'waiting' &&
    !request.escalatedAt &&
    secondsWaited(request.createdAt, now) >= limitSeconds
  )
}

/** "2:05" — minutes and seconds, for a board. */
export function formatWaited(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/** Surnames, organisations and names of who confirmed: trimmed, inner spaces collapsed. */
export function cleanText(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : ''
}

/** A vehicle plate as the gate writes it: upper case, no spaces (e.g. "AB 1234" → "AB1234"). */
export function normalisePlate(value: unknown): string {
  return typeof value === 'string' ? value.replace(/[\s-]+/g, '').toUpperCase() : ''
}

/** How a visitor came in, as the lists say it: on a request, or with a pass at the gate or a kiosk. */
export const howVisitorCameIn = (visitor: {
  kind: 'request' | 'pass'
  place: 'gate' | 'kiosk' | null
}) =>
  visitor.kind === 'request'
    ? 'byRequest'
    : visitor.place === 'kiosk'
      ? 'byPassKiosk'
      : 'byPassGate'
