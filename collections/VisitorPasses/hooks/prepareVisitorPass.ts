import type { CollectionBeforeChangeHook } from 'payload'

import { actorOf } from '@/access/actor'
import { checkPassWindow, isPassUses } from '@/domain/visitors/passRules'
import { cleanText } from '@/domain/visitors/rules'
import { checkSchedule, normaliseTime, WEEKDAYS } from '@/domain/visitors/schedule'
import { invalidField } from '@/errors/refuse'

const where = { collection: 'visitor-passes' }
const WINDOW_CODES = {
  dates: 'visitors.pass-window-dates',
  order: 'visitors.pass-window-order',
  'too-long': 'visitors.pass-window-too-long',
  'recurring-too-long': 'visitors.pass-window-recurring-too-long',
  past: 'visitors.pass-window-past',
} as const

/**
 * VIS-4: a new pass is the resident's household's (whatever the client sent), for a named
 * visitor, a window of at most 7 days and 1–20 uses; or, recurring, days of the week and daily
 * hours (the estate's time zone) within at most 3 months, its uses counted per visit day. Its
 * token is signed once the pass has an id (`signVisitorPass`). After creation only the status
 * moves (the workflow guard).
 */
export const prepareVisitorPass: CollectionBeforeChangeHook = ({
  data,
  operation,
  req,
  originalDoc,
}) => {
  if (operation !== 'create') {
    for (const field of [
      'visitorName',
      'validFrom',
      'validUntil',
      'maxUses',
      'days',
      'dailyFrom',
      'dailyUntil',
    ]) {
      data[field] = originalDoc?.[field]
    }
    return data
  }
  const actor = actorOf(req)
  if (actor.kind === 'resident') data.household = actor.household
  data.visitorName = cleanText(data.visitorName)
  if (!data.visitorName || data.visitorName.length > 100) {
    throw invalidField(req, where, 'visitorName', 'visitors.pass-name-required')
  }
  const recurring = Array.isArray(data.days) && data.days.length > 0
  if (recurring) {
    const schedule = { days: data.days, from: data.dailyFrom, until: data.dailyUntil }
    const wrong = checkSchedule(schedule)
    if (wrong === 'days') throw invalidField(req, where, 'days', 'visitors.pass-schedule-days')
    if (wrong) throw invalidField(req, where, 'dailyUntil', 'visitors.pass-schedule-hours')
    data.days = WEEKDAYS.filter((d) => data.days.includes(d))
    data.dailyFrom = normaliseTime(data.dailyFrom)
    data.dailyUntil = normaliseTime(data.dailyUntil)
  } else if (data.dailyFrom || data.dailyUntil) {
    throw invalidField(req, where, 'days', 'visitors.pass-schedule-days')
  } else {
    data.days = []
    data.dailyFrom = null
    data.dailyUntil = null
  }
  const problem = checkPassWindow(data.validFrom, data.validUntil, new Date(), { recurring })
  if (problem) throw invalidField(req, where, 'validUntil', WINDOW_CODES[problem])
  data.validFrom = new Date(data.validFrom).toISOString()
  data.validUntil = new Date(data.validUntil).toISOString()
  data.maxUses ??= 1
  if (!isPassUses(data.maxUses)) throw invalidField(req, where, 'maxUses', 'visitors.pass-uses')
  // Whatever a client sent: the token is the server's, signed after the pass is saved.
  data.token = null
  data.tokenHash = null
  return data
}
