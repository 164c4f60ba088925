import type { MailItem } from '@payload-types'
import { createLocalReq, type Payload } from 'payload'

import { readEstate } from '@/domain/estates/readEstate'
import { idOf } from '@/domain/relations'
import { holdOf } from './holds'
import { reminderDue } from './rules'
import { tellAddressee } from './tellAddressee'

export const DEFAULT_MAIL_REMINDER_DAYS = 3

/**
 * MAIL-6: every addressee whose mail has waited the estate's reminder days (3 by default) is
 * reminded, once per period, with one e-mail for all their waiting items; not while their
 * household holds its mail. `now` is the clock the rule reads (tests move it).
 */
export async function remindUnclaimedMail(payload: Payload, { now = new Date() } = {}) {
  const req = await createLocalReq({}, payload)
  const settings = await payload.find({
    collection: 'estate-settings',
    limit: 1000,
    depth: 0,
    select: { estate: true, mailReminderDays: true },
    overrideAccess: true,
  })
  let reminded = 0
  for (const row of settings.docs) {
    const days = row.mailReminderDays ?? DEFAULT_MAIL_REMINDER_DAYS
    const estate = idOf(row.estate)!
    const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString()
    const { timeZone } = await readEstate(req, estate)
    const waiting = await payload.find({
      collection: 'mail-items',
      where: {
        estate: { equals: estate },
        status: { equals: 'waiting' },
        createdAt: { less_than_equal: cutoff },
      },
      limit: 5000,
      depth: 0,
      sort: 'createdAt',
      overrideAccess: true,
    })
    const byCode = new Map<string, MailItem[]>()
    for (const item of waiting.docs) {
      const list = byCode.get(item.pickupCode ?? '') ?? []
      list.push(item)
      byCode.set(item.pickupCode ?? '', list)
    }
    for (const [code, items] of byCode) {
      if (!code) continue
      const first = items[0]!
      const onHold = (await holdOf(req, idOf(first.household)!, timeZone, now)) !== null
      if (!items.some((i) => reminderDue(i, days, now, onHold))) continue
      const round = Math.max(...items.map((i) => i.reminders ?? 0)) + 1
      await tellAddressee(req, first, {
        dedupeKey: `mail-reminder:${code}:${round}`,
        reminder: { days, kinds: items.map((i) => i.kind) },
      })
      for (const item of items) {
        await payload.update({
          collection: 'mail-items',
          id: item.id,
          data: { remindedAt: now.toISOString(), reminders: round },
          depth: 0,
          overrideAccess: true,
          context: { mailReminder: true },
        })
      }
      reminded++
    }
  }
  return reminded
}
