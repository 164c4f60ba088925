import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { releaseClaim, takeClaim } from '@/domain/claims/takeClaim'
import { queueNotification } from '@/domain/notifications/queueNotification'
import { paymentReceiptEmail, readPaymentReceipt } from '@/domain/payments/receipt'
import { distinctIds, passFeeClaim } from '@/domain/payments/rules'
import { idOf } from '@/domain/relations'
import { recipientLang } from '@/errors/catalogue'
import { refuse } from '@/errors/refuse'

import { PASS_NUMBERS } from './decidePayment'

/** Whether a pass whose fee claim was left by a crash is still unpaid (the claim may be taken over). */
async function stillOwed(req: PayloadRequest, pass: string | number) {
  const found = await req.payload.findByID({
    collection: 'passes',
    id: pass,
    depth: 0,
    select: { feePaidAt: true },
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  return Boolean(found && !found.feePaidAt)
}

/**
 * PAS-3, once the payment is stored, in the same transaction: each pass's fee is claimed once
 * (a unique key: of two payments for one pass at the same moment exactly one is kept), each pass
 * is marked paid (`feePaidAt`, `payment`) and the receipt is e-mailed to the household's portal
 * accounts through the outbox. Without a transaction (SQLite) a refused payment is taken back.
 */
export const settlePayment: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const inTransaction = Boolean(req.transactionID)
  const passes = distinctIds(
    (doc.passes ?? []).map((p: string | number | { id: string | number }) => idOf(p)),
  )
  const numbers = (req.context[PASS_NUMBERS] ?? {}) as Record<string, string>
  const taken: string[] = []
  try {
    for (const pass of passes) {
      const key = passFeeClaim(pass)
      if (!(await takeClaim(req, key, () => stillOwed(req, pass), inTransaction))) {
        refuse(req, 'payment.pass-already-paid', 409, {
          pass: numbers[String(pass)] || String(pass),
        })
      }
      taken.push(key)
    }
    for (const pass of passes) {
      await req.payload.update({
        collection: 'passes',
        id: pass,
        data: { feePaidAt: doc.paidAt, payment: doc.id },
        depth: 0,
        req,
        overrideAccess: true,
      })
    }
    await queueReceiptEmails(req, doc.id, idOf(doc.household), idOf(doc.estate))
  } catch (error) {
    if (!inTransaction) {
      for (const key of taken) await releaseClaim(req, key).catch(() => undefined)
      await req.payload
        .delete({ collection: 'payments', id: doc.id, req, overrideAccess: true })
        .catch(() => undefined)
    }
    throw error
  }
  return doc
}

/** The receipt, in each reader's language, to every portal account of the household. */
async function queueReceiptEmails(
  req: PayloadRequest,
  payment: string | number,
  household: string | number,
  estate: string | number,
) {
  const residents = await req.payload.find({
    collection: 'residents',
    where: { household: { equals: household } },
    depth: 0,
    limit: 50,
    pagination: false,
    select: { email: true, language: true },
    req,
    overrideAccess: true,
  })
  if (residents.docs.length === 0) return
  const receipt = await readPaymentReceipt(req.payload, payment, { req })
  if (!receipt) return
  for (const resident of residents.docs) {
    if (!resident.email) continue
    const message = paymentReceiptEmail(receipt, recipientLang(resident.language))
    await queueNotification(
      req,
      { to: resident.email, ...message, estate },
      `payment-receipt:${String(payment)}:${resident.email}`,
    )
  }
}
