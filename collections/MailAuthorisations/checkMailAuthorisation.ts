import type { CollectionBeforeChangeHook } from 'payload'

import { actorOf } from '@/access/actor'
import { householdTimeZone } from '@/domain/mail/holds'
import { dayIn } from '@/domain/dates/dateTimeFormat'
import { addDays, calendarDay, storedDay } from '@/domain/mail/rules'
import { idOf } from '@/domain/relations'
import { invalidField } from '@/errors/refuse'

const where = { collection: 'mail-authorisations' }

/**
 * MAIL-4: a household authorises someone for one of its own members' mail, up to a last day
 * between today and a year from today (the estate's calendar). Withdrawing is final.
 */
export const checkMailAuthorisation: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const actor = actorOf(req)
  if (operation === 'create') {
    // Only a resident creates (access); the household is always their own.
    if (actor.kind === 'resident') data.household = actor.household
    const member = await req.payload
      .findByID({
        collection: 'members',
        id: idOf(data.member) as number,
        depth: 0,
        req,
        overrideAccess: true,
      })
      .catch(() => null)
    if (!member || String(idOf(member.household)) !== String(idOf(data.household))) {
      throw invalidField(req, where, 'member', 'mail.member-not-in-household')
    }
    const name = typeof data.delegateName === 'string' ? data.delegateName.trim() : ''
    if (!name) throw invalidField(req, where, 'delegateName', 'mail.delegate-name-required')
    data.delegateName = name
  } else if (originalDoc?.revoked) {
    throw invalidField(req, where, 'revoked', 'mail.authorisation-withdrawn')
  }

  if (data.validUntil !== undefined) {
    const household = idOf(data.household ?? originalDoc?.household)!
    const timeZone = await householdTimeZone(req, household)
    const today = dayIn(timeZone, new Date())
    const day = calendarDay(data.validUntil, timeZone)
    if (!day || day < today || day > addDays(today, 366)) {
      throw invalidField(req, where, 'validUntil', 'mail.authorisation-dates')
    }
    data.validUntil = storedDay(day)
  }
  if (data.revoked === true && !originalDoc?.revoked) data.revokedAt = new Date().toISOString()
  return data
}
