import { dictionary } from '@zxcvbn-ts/language-common'

import type { ErrorCode } from '@/errors/catalogue'

/** Who the password is for: staff accounts open the office's records, so they need longer ones. */
export type AccountKind = 'staff' | 'resident'

export const MIN_PASSWORD_LENGTH: Record<AccountKind, number> = { staff: 12, resident: 10 }

// About 49,000 of the most used passwords (zxcvbn-ts's common list).
const COMMON = new Set<string>(dictionary['passwords-common'] as string[])

export type PasswordProblem = { code: ErrorCode; params?: Record<string, number> }

/**
 * The server's password policy, for every door that sets one (create, change, reset): long
 * enough, not a commonly used password (ignoring case, spaces and a trailing number or symbol
 * run), and not the account's own e-mail.
 */
export function checkPassword(password: unknown, kind: AccountKind, email?: string | null): PasswordProblem | null {
  const min = MIN_PASSWORD_LENGTH[kind]
  if (typeof password !== 'string' || [...password].length < min) {
    return { code: 'auth.password-too-short', params: { min } }
  }
  const folded = password.toLowerCase().replace(/\s+/g, '')
  const stem = folded.replace(/[\d\W_]+$/u, '')
  if (COMMON.has(folded) || (stem.length >= 4 && COMMON.has(stem) && stem.length >= folded.length - 4)) {
    return { code: 'auth.password-too-common' }
  }
  if (new Set(folded).size <= 2) return { code: 'auth.password-too-common' }
  const local = email?.split('@')[0]?.toLowerCase()
  if (local && local.length >= 4 && folded.includes(local)) return { code: 'auth.password-contains-email' }
  return null
}
