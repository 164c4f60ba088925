/**
 * The kiosk's idle rule (WCAG 2.2.1): after a minute without a touch or a key, a person in the
 * middle of something is asked whether to continue, with a countdown; when it runs out the kiosk
 * goes back to its start screen and forgets everything about them.
 */
export const IDLE_AFTER_MS = 60_000
export const PROMPT_FOR_MS = 20_000

export type IdlePhase =
  { phase: 'active' } | { phase: 'prompt'; secondsLeft: number } | { phase: 'expired' }

export function idlePhase(
  now: number,
  lastActivity: number,
  { idleAfterMs = IDLE_AFTER_MS, promptForMs = PROMPT_FOR_MS } = {},
): IdlePhase {
  const idle = Math.max(0, now - lastActivity)
  if (idle < idleAfterMs) return { phase: 'active' }
  const left = idleAfterMs + promptForMs - idle
  if (left <= 0) return { phase: 'expired' }
  return { phase: 'prompt', secondsLeft: Math.ceil(left / 1000) }
}
