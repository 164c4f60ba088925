import type {
  CollectionAfterLoginHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { type AccountKind, checkPassword } from '@/domain/auth/passwordPolicy'
import { refuse } from '@/errors/refuse'
import { accountKey, chargeAttempt, type LimitName, refundAttempt } from './attemptLimits'
import { clientAddress } from './clientAddress'

const accountKind = (slug: string): AccountKind => (slug === 'users' ? 'staff' : 'resident')

function loginCounters(address: string, slug: string, email: unknown): [LimitName, string][] {
  const account = accountKey(slug, email)
  return [
    ['loginByAddress', address],
    ['loginByAccountAndAddress', `${account}@${address}`],
    ['loginByAccount', account],
  ]
}

/** The counters an attempt through one of the sign-in doors spends (none for the Local API). */
function countersFor(
  operation: string,
  req: PayloadRequest,
  slug: string,
  args: { data?: Record<string, unknown>; disableEmail?: boolean },
): [LimitName, string][] {
  const address = clientAddress(req)
  if (!address) return []
  const email = args.data?.email
  if (operation === 'login') return loginCounters(address, slug, email)
  // Server code asking for a reset token (an invitation) passes disableEmail; no door does.
  if (operation === 'forgotPassword' && !args.disableEmail) {
    return [
      ['forgotByAddress', address],
      ['forgotByAccount', accountKey(slug, email)],
    ]
  }
  if (operation === 'resetPassword') return [['resetByAddress', address]]
  return []
}

const SETS_PASSWORD = new Set(['create', 'update', 'resetPassword'])

/**
 * Every way into an account, through every door (REST, GraphQL, the admin panel, the portal, the
 * Local API for the password rule): sign-in, forgot-password and reset-password attempts are
 * counted (issue 6 #5, #8), and a new password must meet the policy (#7).
 */
export const guardAuthDoors: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const doorArgs = args as { data?: Record<string, unknown>; disableEmail?: boolean }
  const wait = await chargeAttempt(req, countersFor(operation, req, collection.slug, doorArgs))
  if (wait) refuse(req, 'auth.too-many-attempts', 429, { minutes: wait })

  const password = doorArgs.data?.password
  if (SETS_PASSWORD.has(operation) && password !== undefined && password !== null) {
    const problem = checkPassword(password, accountKind(collection.slug))
    if (problem) refuse(req, problem.code, 400, problem.params)
  }
  return args
}

/** Only failed sign-ins count against an address: a success gives its attempt back. */
export const refundSuccessfulLogin: CollectionAfterLoginHook = async ({
  collection,
  req,
  user,
}) => {
  const address = clientAddress(req)
  if (!address) return
  const email = (user as { email?: string }).email
  await refundAttempt(req, loginCounters(address, collection.slug, email))
}
