/**
 * What the lobby kiosk (`/kiosk`) and the server say to each other. The kiosk signs in with its
 * API key (`Authorization: kiosks API-Key <key>`), kept on the device after pairing; it never
 * uses a staff login.
 */

/** `POST /api/kiosks/heartbeat` `{ version }`: the kiosk's last contact, and what it shows. */
export type KioskHeartbeatReply = {
  kiosk: { id: number | string; name: string }
  estate: { name: string; nameEn: string | null; logoUrl: string | null; timeZone: string }
  serverTime: string
}

export type MailKind = 'letter' | 'registered' | 'parcel'

/**
 * `POST /api/mail-items/lookup` `{ code }` (a pickup code: 10 digits, from the QR or typed):
 * the items waiting for that addressee, with their kind only (no other data leaves the office).
 * Refusals: 400 `mail.code-malformed`, 404 `mail.code-unknown`, 429 `mail.too-many-codes`.
 */
export type MailLookupReply = {
  addressee: string
  items: { id: number | string; kind: MailKind }[]
  count: number
}

/**
 * `POST /api/mail-items/pickup` with header `Idempotency-Key: <uuid>` and body
 * `{ code, items: [ids], signature: 'data:image/png;base64,…', delegateName? }`
 * (at the desk, cs also sends `signerName`). 200: the items picked up (a retry with the same key
 * gets the same reply with `replayed: true`); 409 `mail.already-picked-up`; 400 `signature.*`,
 * `mail.items-required`, `mail.item-not-for-code`; 403 `mail.delegate-not-authorised`.
 */
export type MailPickupReply = {
  pickedUp: { id: number | string; kind: MailKind }[]
  count: number
  pickedUpAt: string
  replayed: boolean
}

/** A pickup code: 10 digits (typed on a keypad or read from the QR code). */
export const PICKUP_CODE_PATTERN = /^\d{10}$/

/** Spaces and dashes a person or a scanner may add are not part of the code. */
export function normalisePickupCode(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const code = raw.replace(/[\s-]/g, '')
  return PICKUP_CODE_PATTERN.test(code) ? code : null
}
