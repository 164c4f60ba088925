import type { MailItem } from '@payload-types'
import type { PayloadRequest } from 'payload'

import type { RecordId } from '@/access/actor'
import { readRecentEstate } from '@/domain/estates/readEstate'
import { knownRecord } from '@/domain/knownRecords'
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

/** The household's unit: as recording the item read it (assignEstate keeps it), or read now. */
async function unitOf(req: PayloadRequest, household: RecordId): Promise<string> {
  const known = knownRecord(req, 'households', household)
  if (typeof known?.unit === 'string') return known.unit
  const doc = await req.payload.findByID({
    collection: 'households',
    id: household,
    depth: 0,
    select: { unit: true },
    req,
    overrideAccess: true,
  })
  return doc.unit
}

/**
 * MAIL-3, MAIL-6: queues the e-mail (with the pickup code and its QR) to the addressee's accounts,
 * each in its own language, once per `dedupeKey` and recipient. `reminder` gives the reminder's
 * wording and the items still waiting.
 */
export async function tellAddressee(
  req: PayloadRequest,
  item: Item,
  options: {
    dedupeKey: string
    reminder?: { days: number; kinds: MailItem['kind'][] }
  },
) {
  if (!item.pickupCode) return 0
  const [recipients, estate, unit] = await Promise.all([
    recipientsOf(req, item),
    readRecentEstate(req, idOf(item.estate)!),
    unitOf(req, idOf(item.household)!),
  ])
  for (const resident of recipients) {
    const lang = recipientLang(resident.language)
    const notice = {
      estate,
      unit,
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
