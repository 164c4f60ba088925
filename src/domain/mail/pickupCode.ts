import { randomInt } from 'node:crypto'
import type { PayloadRequest } from 'payload'

/**
 * A new pickup code: 10 random digits (10^10 possibilities), easy to type on a keypad and to
 * read from a QR code. Codes are also rate-limited per kiosk, so trying codes gets nowhere.
 */
export function newPickupCode(): string {
  let code = ''
  for (let i = 0; i < 10; i++) code += String(randomInt(10))
  return code
}

/** Shown to people in groups: 123 456 7890. */
export function formatPickupCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3, 6)} ${code.slice(6)}`
}

type Context = Pick<PayloadRequest, 'context'>

/**
 * A code issued in this request that no waiting item had: nothing can have been sent with it yet,
 * so its first notice needs no look for an earlier copy in the outbox.
 */
export function noteNewPickupCode(req: Context, code: string) {
  ;((req.context.newPickupCodes ??= []) as string[]).push(code)
}

export const isNewPickupCode = (req: Context, code: string | null | undefined) =>
  Boolean(code) && ((req.context.newPickupCodes ?? []) as string[]).includes(code!)
