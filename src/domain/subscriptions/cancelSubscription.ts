import type { PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { readEstate } from '@/domain/estates/readEstate'
import { queueNotification } from '@/domain/notifications/queueNotification'
import { releaseClaim, takeClaim } from '@/domain/claims/takeClaim'
import { idOf } from '@/domain/relations'
import { storeSignature } from '@/domain/signatures/signature'
import { asOperation, stateLabel } from '@/domain/workflow/defineWorkflow'
import { recipientLang } from '@/errors/catalogue'
import { refuse, requestLang } from '@/errors/refuse'

import { cancellationNotice } from './letters'
import { addMonths, isMonth, lastDayOf, monthIn, monthOf } from './months'
import { checkSignedPaper, type SignedPaper, signerOf } from './signLetter'
import { isCancellable, SUBSCRIPTION_WORKFLOW, SUPPLIER_LABELS, type Supplier } from './workflow'

export type CancellationInput = SignedPaper & {
  /** The last month delivered, YYYY-MM. */
  lastMonth: unknown
  /** The resident has confirmed the start and end dates. */
  datesConfirmed: unknown
}

/** The months a cancellation may name as the last delivered: from now (or just before the start) to the period's end. */
export function cancellationWindow(startDate: string, endDate: string, thisMonth: string) {
  const beforeStart = addMonths(monthOf(startDate), -1)
  return { from: thisMonth > beforeStart ? thisMonth : beforeStart, to: monthOf(endDate) }
}

/**
 * SUB-7: a post-office subscription is cancelled on the resident's signed notice, once the start
 * and end dates are confirmed; any other supplier's is prepaid and refused. The supplier is told in
 * writing at once: an e-mail through the outbox when the title has the supplier's address,
 * otherwise a printed letter whose sending customer service records. The month's register then
 * marks it. Signature, notice and move are one write where the database has transactions.
 */
export async function cancelSubscription(
  req: PayloadRequest,
  id: string | number,
  input: CancellationInput,
) {
  const via = signerOf(req)
  const lang = requestLang(req)
  const key = `subscription-cancel:${String(id)}`
  const ownTransaction = await initTransaction(req)
  let claimed = false
  try {
    const subscription = await req.payload.findByID({
      collection: 'subscriptions',
      id,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
    })
    const supplier = subscription.supplier as Supplier
    if (!isCancellable(supplier)) {
      refuse(req, 'subscription.prepaid', 409, {
        supplier: SUPPLIER_LABELS[supplier]?.[lang] ?? '',
      })
    }
    if (subscription.status !== 'ordered' && subscription.status !== 'active') {
      refuse(req, 'subscription.not-cancellable-now', 409, {
        status: stateLabel(SUBSCRIPTION_WORKFLOW, subscription.status, lang),
      })
    }
    if (input.datesConfirmed !== true) refuse(req, 'subscription.dates-unconfirmed', 400)
    if (!isMonth(input.lastMonth)) refuse(req, 'subscription.month-format', 400)
    const estate = await readEstate(req, subscription.estate)
    const window = cancellationWindow(
      subscription.startDate!,
      subscription.endDate!,
      monthIn(estate.timeZone),
    )
    if (input.lastMonth < window.from || input.lastMonth > window.to || window.from > window.to) {
      refuse(req, 'subscription.cancel-last-month', 400, window)
    }
    const signedByName = checkSignedPaper(req, input)
    // Cancelled once: of two notices at the same moment, one takes the claim.
    claimed = await takeClaim(req, key, () => stillOpen(req, subscription.id), !!ownTransaction)
    if (!claimed) {
      refuse(req, 'subscription.not-cancellable-now', 409, {
        status: stateLabel(SUBSCRIPTION_WORKFLOW, 'cancelled', lang),
      })
    }

    const [publication, household] = await Promise.all([
      req.payload.findByID({
        collection: 'publications',
        id: idOf(subscription.publication),
        depth: 0,
        req,
        overrideAccess: true,
      }),
      req.payload.findByID({
        collection: 'households',
        id: idOf(subscription.household),
        depth: 0,
        joins: false,
        req,
        overrideAccess: true,
      }),
    ])
    const signature = await storeSignature(req, {
      household: household.id,
      png: input.signature,
      name: `cancellation-${String(subscription.id)}`,
    })
    const now = new Date().toISOString()
    let notice: { id: number | string } | null = null
    if (publication.supplierEmail) {
      // The supplier reads the office's own language: Chinese.
      const message = cancellationNotice(
        {
          title: publication.title,
          supplier,
          supplierName: publication.supplierName,
          startDate: subscription.startDate!,
          endDate: subscription.endDate!,
          months: subscription.months,
          monthlyFee: subscription.monthlyFee ?? 0,
          currency: subscription.currency ?? estate.currency,
          unit: household.unit,
          lastMonth: input.lastMonth,
          signedByName,
          signedAt: now,
        },
        recipientLang(null),
        estate,
      )
      notice = await queueNotification(
        req,
        { to: publication.supplierEmail, ...message, estate: estate.id },
        `subscription-cancel:${String(subscription.id)}`,
      )
    }
    const cancelled = await req.payload.update({
      collection: 'subscriptions',
      id: subscription.id,
      data: {
        status: 'cancelled',
        cancellationEndDate: lastDayOf(input.lastMonth),
        cancelledAt: now,
        cancellationSignature: signature.id,
        cancellationSignedByName: signedByName,
        supplierNotifiedBy: notice ? 'email' : 'letter',
        supplierNotice: notice ? (notice.id as number) : null,
        supplierNotifiedAt: notice ? now : null,
      },
      depth: 0,
      req,
      overrideAccess: true,
      context: asOperation('cancel', via === 'portal' ? 'portal' : 'desk'),
    })
    if (ownTransaction) await commitTransaction(req)
    return cancelled
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    else if (claimed) await releaseClaim(req, key)
    throw error
  }
}

/** Whether a claimed cancellation never happened after all (its operation crashed). */
async function stillOpen(req: PayloadRequest, id: string | number) {
  const current = await req.payload.findByID({
    collection: 'subscriptions',
    id,
    depth: 0,
    select: { status: true },
    req,
    overrideAccess: true,
  })
  return current.status === 'ordered' || current.status === 'active'
}
