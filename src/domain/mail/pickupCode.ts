import { randomInt } from 'node:crypto'

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
