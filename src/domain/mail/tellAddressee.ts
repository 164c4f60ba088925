import type { MailItem } from '@payload-types'
import type { PayloadRequest } from 'payload'

import { readEstate } from '@/domain/estates/readEstate'
import { queueNotification } from '@/domain/notifications/queueNotification'
import { idOf } from '@/domain/relations'
import { recipientLang } from '@/errors/catalogue'
import { publicUrl } from '@/server/publicUrl'
import { mailReminderEmail, mailWaitingEmail } from './mailNotice'

type Item = Pick<MailItem, 'household' | 'member' | 'addressee' | 'pickupCode' | 'estate' | 'kind'>

/**
 * The portal accounts an item's addressee reads: the member's own account(s) if they have one,
 * else every account of the household.
 */
async function recipientsOf(req: PayloadRequest, item: Item) {
  const { docs } = await req.payload.find({
    collection: 'residents',
    where: { household: { equals: idOf(item.household) } },
    limit: 50,
    pagination: false,
    depth: 0,
    select: { email: true, member: true, language: true },
    req,
    overrideAccess: true,
  })
  const member = idOf(item.member)
  const own =
    member === undefined || member === null
      ? []
      : docs.filter((r) => String(idOf(r.member)) === String(member))
  return own.length ? own : docs
}

/**
 * MAIL-3, MAIL-6: queues the e-mail (with the pickup code and its QR) to the addressee's accounts,
 * each in its own language, once per `dedupeKey` and recipient. `reminder` gives the reminder's
 * wording and the items still waiting.
 */
export async function tellAddressee(
  req: PayloadRequest,
  item: Item,
  options: { dedupeKey: string; reminder?: { days: number; kinds: MailItem['kind'][] } },
) {
  if (!item.pickupCode) return 0
  const [recipients, estate, household] = await Promise.all([
    recipientsOf(req, item),
    readEstate(req, idOf(item.estate)!),
    req.payload.findByID({
      collection: 'households',
      id: idOf(item.household)!,
      depth: 0,
      select: { unit: true },
      req,
      overrideAccess: true,
    }),
  ])
  for (const resident of recipients) {
    const lang = recipientLang(resident.language)
    const notice = {
      estate,
      unit: household.unit,
      addressee: item.addressee ?? '',
      code: item.pickupCode,
      kinds: options.reminder?.kinds,
      portalUrl: `${publicUrl()}/portal/mail`,
    }
    const email = options.reminder
      ? mailReminderEmail({ ...notice, days: options.reminder.days }, lang)
      : mailWaitingEmail(notice, lang)
    await queueNotification(
      req,
      { to: resident.email, ...email, estate: idOf(item.estate), qrCode: item.pickupCode },
      `${options.dedupeKey}:${String(resident.id)}`,
    )
  }
  return recipients.length
}
