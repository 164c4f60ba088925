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

function loginCounters(req: PayloadRequest, slug: string, email: unknown): [LimitName, string][] {
  const address = clientAddress(req)
  if (!address) return []
  const account = accountKey(slug, email)
  return [
    ['loginByAddress', address],
    ['loginByAccountAndAddress', `${account}@${address}`],
    ['loginByAccount', account],
  ]
}

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
  const slug = collection.slug
  const data = (args as { data?: Record<string, unknown> }).data
  const address = clientAddress(req)

  if (operation === 'login') {
    const wait = await chargeAttempt(loginCounters(req, slug, data?.email))
    if (wait) refuse(req, 'auth.too-many-attempts', 429, { minutes: wait })
  }
  // Server code asking for a reset token (an invitation) passes disableEmail; no door does.
  const serverIssuedToken = (args as { disableEmail?: boolean }).disableEmail === true
  if (operation === 'forgotPassword' && address && !serverIssuedToken) {
    const wait = await chargeAttempt([
      ['forgotByAddress', address],
      ['forgotByAccount', accountKey(slug, data?.email)],
    ])
    if (wait) refuse(req, 'auth.too-many-attempts', 429, { minutes: wait })
  }
  if (operation === 'resetPassword' && address) {
    const wait = await chargeAttempt([['resetByAddress', address]])
    if (wait) refuse(req, 'auth.too-many-attempts', 429, { minutes: wait })
  }

  const settingPassword =
    (operation === 'create' || operation === 'update' || operation === 'resetPassword') &&
    data !== undefined &&
    data !== null &&
    typeof data === 'object' &&
    'password' in data &&
    data.password !== undefined &&
    data.password !== null
  if (settingPassword) {
    const problem = checkPassword(data.password, accountKind(slug))
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
  await refundAttempt(loginCounters(req, collection.slug, (user as { email?: string }).email))
}
