import { pbkdf2, timingSafeEqual } from 'node:crypto'

/**
 * Whether a password matches an account's stored hash and salt, as Payload's own local strategy
 * checks it (payload/dist/auth/strategies/local: `pbkdf2-sha256-v1:` hashes of 600,000 rounds and
 * 32 bytes, older ones 25,000 rounds and 512 bytes). Payload does not export that check; an
 * account's own password confirms a change of its e-mail without signing in again.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

export async function verifyPassword(
  password: string,
  stored: { hash?: unknown; salt?: unknown },
): Promise<boolean> {
  const { hash, salt } = stored
  if (typeof hash !== 'string' || typeof salt !== 'string' || !password) return false
  const current = hash.startsWith(CURRENT_PREFIX)
  const expected = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const [rounds, length] = current ? [600_000, 32] : [25_000, 512]
  const actual = await new Promise<Buffer>((resolve, reject) =>
    pbkdf2(password, salt, rounds, length, 'sha256', (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
