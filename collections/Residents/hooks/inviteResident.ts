import { randomBytes } from 'node:crypto'
import { readEstate } from '@/domain/estates/readEstate'
import type { CollectionAfterChangeHook, CollectionBeforeValidateHook } from 'payload'

import { queueNotification } from '@/domain/notifications/queueNotification'
import { invitationEmail } from '@/domain/residents/invitationEmail'
import { recipientLang } from '@/errors/catalogue'
import { publicUrl } from '@/server/publicUrl'

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
    req,
  })
  const link = `${publicUrl()}/portal/set-password?token=${encodeURIComponent(String(token))}`
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
