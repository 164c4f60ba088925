import { dictionary } from '@zxcvbn-ts/language-common'

import type { ErrorCode } from '@/errors/catalogue'

import { type AccountKind, MIN_PASSWORD_LENGTH } from './passwordLength'

export { type AccountKind, MIN_PASSWORD_LENGTH } from './passwordLength'

// About 49,000 of the most used passwords (zxcvbn-ts's common list).
const COMMON = new Set<string>(dictionary['passwords-common'] as string[])

export type PasswordProblem = { code: ErrorCode; params?: Record<string, number> }

/**
 * The server's password policy, for every door that sets one (create, change, reset): long
 * enough, not a commonly used password (ignoring case and spaces, nor a common one followed by
 * digits or symbols, like `password123!`), and not one or two characters repeated.
 */
export function checkPassword(password: unknown, kind: AccountKind): PasswordProblem | null {
  const min = MIN_PASSWORD_LENGTH[kind]
  if (typeof password !== 'string' || [...password].length < min) {
    return { code: 'auth.password-too-short', params: { min } }
  }
  const folded = password.toLowerCase().replace(/\s+/g, '')
  const stem = folded.replace(/[\d\W_]+$/u, '')
  if (COMMON.has(folded) || (stem.length >= 4 && COMMON.has(stem))) {
    return { code: 'auth.password-too-common' }
  }
  if (new Set(folded).size <= 2) return { code: 'auth.password-too-common' }
  return null
}
