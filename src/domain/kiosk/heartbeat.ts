/** What a kiosk reports of itself in its heartbeat: its app's version, e.g. `1.2.0` or `2026.11-rc1`. */
export const KIOSK_VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,39}$/

/** The version from a heartbeat's body, or null when it is missing or not a short version tag. */
export function readKioskVersion(value: unknown): string | null {
  return typeof value === 'string' && KIOSK_VERSION_PATTERN.test(value) ? value : null
}
