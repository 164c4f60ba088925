import type { CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'

import { readEstate } from '@/domain/estates/readEstate'
import { queueNotification } from '@/domain/notifications/queueNotification'
import { normaliseEmail } from '@/domain/residents/contactDetails'
import {
  passwordResetEmail,
  RESET_LINK_MINUTES,
  setPasswordLink,
} from '@/domain/residents/passwordResetEmail'
import { recipientLang } from '@/errors/catalogue'
import { publicUrl } from '@/server/publicUrl'

const RESET_REQUESTED = 'residentResetRequested'

/**
 * A resident's “forgot password” (the portal's form, REST or GraphQL) is answered through the
 * outbox, not Payload's inline e-mail: Payload is told to send nothing and to make the token last
 * an hour; `queueResetEmail` then stores the e-mail in the request's transaction (GEN-4). Runs after
 * `guardAuthDoors`, which has already counted the attempt as a door's.
 * Server code that asks for a token itself (the invitation) passes `disableEmail` and is left alone.
 */
export const takeOverResetEmail: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const doorArgs = args as { disableEmail?: boolean; expiration?: number }
  if (doorArgs.disableEmail) return args
  doorArgs.disableEmail = true
  doorArgs.expiration = RESET_LINK_MINUTES * 60 * 1000
  req.context[RESET_REQUESTED] = true
  return args
}

/**
 * The reset e-mail, in the resident's language and named for their estate, with the portal's
 * set-password link. An unknown address made no token, and nothing is sent: the door's answer is
 * the same either way (no account enumeration).
 */
export const queueResetEmail: CollectionAfterOperationHook = async ({
  args,
  operation,
  req,
  result,
}) => {
  if (operation !== 'forgotPassword' || !req.context[RESET_REQUESTED]) return result
  req.context[RESET_REQUESTED] = false
  if (typeof result !== 'string' || !result) return result
  const email = normaliseEmail((args as { data?: { email?: unknown } }).data?.email)
  const resident = await req.payload.db.findOne<{
    id: number | string
    email: string
    name: string
    language?: string | null
    estate?: unknown
  }>({
    collection: 'residents',
    where: { email: { equals: email } },
    req,
  })
  if (!resident) return result
  const estate = await readEstate(req, resident.estate as never)
  const lang = recipientLang(resident.language)
  await queueNotification(req, {
    to: resident.email,
    ...passwordResetEmail(
      { name: resident.name, link: setPasswordLink(publicUrl(), result) },
      lang,
      estate,
    ),
    estate: estate.id,
  })
  return result
}
