/**
 * The contact details a resident keeps current in the portal (their phone number and e-mail), as
 * pure rules: the profile page, REST, GraphQL and the admin all pass through the same checks.
 */

/** At least a local number's 6 digits, at most E.164's 15; spaces, dashes, brackets and a leading + allowed. */
const PHONE_SHAPE = /^\+?[0-9(][0-9 ()-]*$/
const MIN_PHONE_DIGITS = 6
const MAX_PHONE_DIGITS = 15

/** A phone number as typed, tidied (outer spaces gone, inner runs of spaces one), or null if empty. */
export function tidyPhone(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const tidy = value.trim().replace(/\s+/g, ' ')
  return tidy === '' ? null : tidy
}

/** Whether a phone number (already tidied) can be dialled: digits with the usual separators. */
export function isPhoneNumber(value: string): boolean {
  if (!PHONE_SHAPE.test(value)) return false
  const digits = value.replace(/\D/g, '').length
  return digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS
}

/** The same address as Payload stores it: trimmed and lower-case. */
export const normaliseEmail = (value: unknown) =>
  typeof value === 'string' ? value.trim().toLowerCase() : ''

/** One @, something before it, a dot in the domain, no spaces; at most 254 characters (RFC 5321). */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(value)
}

/** Whether a change of the stored e-mail is asked for (a different address, not just its case). */
export function changesEmail(stored: unknown, requested: unknown): boolean {
  return requested !== undefined && normaliseEmail(requested) !== normaliseEmail(stored)
}
