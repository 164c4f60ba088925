import type { CollectionBeforeChangeHook } from 'payload'

import { actorOf } from '@/access/actor'
import { householdTimeZone } from '@/domain/mail/holds'
import { dayIn } from '@/domain/dates/dateTimeFormat'
import { addDays, calendarDay, storedDay } from '@/domain/mail/rules'
import { idOf } from '@/domain/relations'
import { invalidField } from '@/errors/refuse'

const where = { collection: 'mail-holds' }

/** A hold runs from its first day (today if not given) to a last day within a year. */
export const checkMailHold: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const actor = actorOf(req)
  if (operation === 'create' && actor.kind === 'resident') data.household = actor.household
  const household = idOf(data.household ?? originalDoc?.household)!
  const timeZone = await householdTimeZone(req, household)
  const today = dayIn(timeZone, new Date())
  const from = calendarDay(data.from ?? originalDoc?.from, timeZone) ?? today
  const until = calendarDay(data.until ?? originalDoc?.until, timeZone)
  if (!until || until < today || until < from || until > addDays(today, 366)) {
    throw invalidField(req, where, 'until', 'mail.hold-dates')
  }
  data.from = storedDay(from)
  data.until = storedDay(until)
  return data
}
