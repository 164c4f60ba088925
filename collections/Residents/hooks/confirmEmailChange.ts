import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { actorOf } from '@/access/actor'
import { attemptsSpent, chargeAttempt } from '@/auth/attemptLimits'
import { verifyPassword } from '@/domain/auth/verifyPassword'
import { readEstate } from '@/domain/estates/readEstate'
import { queueNotification } from '@/domain/notifications/queueNotification'
import { changesEmail, normaliseEmail } from '@/domain/residents/contactDetails'
import { emailChangedNotice } from '@/domain/residents/emailChangedNotice'
import { recipientLang } from '@/errors/catalogue'
import { invalidField, refuse } from '@/errors/refuse'

const where = { collection: 'residents' }
const EMAIL_CHANGED = 'residentEmailChangedBySelf'

/**
 * A resident changing their own e-mail (the address their password resets go to) confirms it with
 * their current password, through every door: a session left open on a shared computer is not
 * enough to take the account over. Wrong passwords are counted per account, like sign-ins. The
 * office changes an e-mail without it (the resident is at the desk). The address must be free.
 */
export const confirmEmailChange: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const currentPassword = data.currentPassword
  delete data.currentPassword
  if (operation !== 'update' || !originalDoc || !changesEmail(originalDoc.email, data.email)) {
    return data
  }
  data.email = normaliseEmail(data.email)
  const actor = actorOf(req)
  const self = actor.kind === 'resident' && String(actor.id) === String(originalDoc.id)
  if (self) {
    if (typeof currentPassword !== 'string' || !currentPassword) {
      throw invalidField(req, where, 'currentPassword', 'resident.current-password-required')
    }
    const account = `residents:${originalDoc.id}`
    const wait = await attemptsSpent(req, 'passwordChecksByAccount', account)
    if (wait) refuse(req, 'auth.too-many-attempts', 429, { minutes: wait })
    const stored = await req.payload.db.findOne<{
      id: number | string
      hash?: string
      salt?: string
    }>({
      collection: 'residents',
      where: { id: { equals: originalDoc.id } },
      req,
    })
    if (!stored || !(await verifyPassword(currentPassword, stored))) {
      await chargeAttempt(req, [['passwordChecksByAccount', account]])
      throw invalidField(req, where, 'currentPassword', 'resident.current-password-wrong')
    }
  }
  const taken = await req.payload.db.findOne({
    collection: 'residents',
    where: { and: [{ email: { equals: data.email } }, { id: { not_equals: originalDoc.id } }] },
    req,
  })
  if (taken) throw invalidField(req, where, 'email', 'resident.email-taken')
  if (self) req.context[EMAIL_CHANGED] = true
  return data
}

/** The old address is told of the change (to the resident's language), in case it was not them. */
export const noticeEmailChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !req.context[EMAIL_CHANGED]) return doc
  req.context[EMAIL_CHANGED] = false
  if (!previousDoc?.email || !changesEmail(previousDoc.email, doc.email)) return doc
  const estate = await readEstate(req, doc.estate)
  await queueNotification(req, {
    to: previousDoc.email,
    ...emailChangedNotice(
      { name: doc.name, newEmail: doc.email },
      recipientLang(doc.language),
      estate,
    ),
    estate: estate.id,
  })
  return doc
}
