import type { EmailAdapter, Payload, SendEmailOptions } from 'payload'

import { idOf } from '@/domain/relations'

type Delivery = ReturnType<EmailAdapter>

// Kept on the Payload instance itself: Next's bundles may load a second copy of this module.
const DELIVERY = Symbol.for('estate-office.emailDelivery')
type WithDelivery = { [DELIVERY]?: Delivery }

/** The adapter that really sends (nodemailer), for the outbox job only. */
export function deliveryFor(payload: Payload): Delivery {
  const delivery = (payload as unknown as WithDelivery)[DELIVERY]
  if (!delivery) throw new Error('The outbox e-mail adapter was not initialised')
  return delivery
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: ' ',
}

/** Payload's own e-mails (password reset) come as HTML; the outbox keeps plain text. */
export function htmlToText(html: string): string {
  return html
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gis, (_, href: string, text: string) =>
      text.trim() === href ? href : `${text} ${href}`,
    )
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h\d|li)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function recipients(to: SendEmailOptions['to'] | unknown): string[] {
  if (!to) return []
  if (Array.isArray(to)) return to.flatMap(recipients)
  if (typeof to === 'string')
    return to
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean)
  const address = (to as { address?: unknown }).address
  return typeof address === 'string' ? [address] : []
}

/**
 * Every e-mail Payload itself sends (forgot-password) goes through the outbox like the office's
 * own mail (GEN-4, issue 6 #8): stored, then delivered by the `sendNotification` job with
 * retries. The wrapped adapter (nodemailer) is what that job sends with.
 */
export async function outboxEmailAdapter(
  delivery: EmailAdapter | Promise<EmailAdapter>,
): Promise<EmailAdapter> {
  const makeDelivery = await delivery
  /**
   * Payload's own e-mails (password resets) carry no request: they belong to the estate of the
   * resident they go to, or of the staff member (where they work), so that estate's office sees them.
   */
  const estateOfRecipient = async (payload: Payload, to: string) => {
    const where = { email: { equals: to } }
    const resident = await payload.find({
      collection: 'residents',
      where,
      limit: 1,
      depth: 0,
      pagination: false,
      select: { estate: true },
      overrideAccess: true,
    })
    if (resident.docs[0]?.estate) return idOf(resident.docs[0].estate)
    const staff = await payload.find({
      collection: 'users',
      where,
      limit: 1,
      depth: 0,
      pagination: false,
      select: { currentEstate: true },
      overrideAccess: true,
    })
    return idOf(staff.docs[0]?.currentEstate) ?? null
  }

  return ({ payload }) => {
    const real = makeDelivery({ payload })
    ;(payload as unknown as WithDelivery)[DELIVERY] = real
    return {
      name: 'outbox',
      defaultFromAddress: real.defaultFromAddress,
      defaultFromName: real.defaultFromName,
      sendEmail: async (message) => {
        const subject = String(message.subject ?? '')
        const body =
          typeof message.text === 'string' && message.text
            ? message.text
            : htmlToText(String(message.html ?? ''))
        const stored = []
        for (const to of recipients(message.to)) {
          stored.push(
            await payload.create({
              collection: 'notifications',
              data: {
                to,
                subject,
                body,
                status: 'queued',
                estate: await estateOfRecipient(payload, to),
              },
              overrideAccess: true,
            }),
          )
        }
        return stored
      },
    }
  }
}
