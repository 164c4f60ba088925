import { randomBytes } from 'node:crypto'
import { readEstate } from '@/domain/estates/readEstate'
import type { CollectionAfterChangeHook, CollectionBeforeValidateHook } from 'payload'

import { queueNotification } from '@/domain/notifications/queueNotification'
import { invitationEmail } from '@/domain/residents/invitationEmail'
import { setPasswordLink } from '@/domain/residents/passwordResetEmail'
import { recipientLang } from '@/errors/catalogue'
import { publicUrl } from '@/server/publicUrl'

/** How long an invitation's link to set a first password works (its e-mail says 7 days). */
export const INVITATION_LINK_DAYS = 7

/** An account created without a password gets an unusable random one and an invitation. */
export const setInvitationPassword: CollectionBeforeValidateHook = ({
  data,
  operation,
  context,
}) => {
  if (operation === 'create' && data && !data.password) {
    data.password = randomBytes(24).toString('base64url')
    context.invite = true
  }
  return data
}

/** Queues the invitation with a link to set a password (a reset token valid for a week). */
export const inviteResident: CollectionAfterChangeHook = async ({
  doc,
  operation,
  context,
  req,
}) => {
  if (operation !== 'create' || !context.invite) return doc
  const token = await req.payload.forgotPassword({
    collection: 'residents',
    data: { email: doc.email },
    disableEmail: true,
    expiration: INVITATION_LINK_DAYS * 24 * 60 * 60 * 1000,
    req,
  })
  const link = setPasswordLink(publicUrl(), String(token))
  const estate = await readEstate(req, doc.estate)
  await queueNotification(req, {
    to: doc.email,
    ...invitationEmail({ name: doc.name, link }, recipientLang(doc.language), estate),
    estate: estate.id,
  })
  await req.payload.update({
    collection: 'residents',
    id: doc.id,
    data: { invitedAt: new Date().toISOString() },
    req,
    overrideAccess: true,
    context: { invite: false },
  })
  return doc
}
