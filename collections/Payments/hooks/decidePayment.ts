import type { CollectionBeforeChangeHook } from 'payload'

import { actorOf } from '@/access/actor'
import { readEstate } from '@/domain/estates/readEstate'
import { formatMoney } from '@/domain/money/formatMoney'
import {
  amountAgrees,
  amountDue,
  distinctIds,
  payablePassRefusal,
  receiptKey,
  receiptNumber,
  yearInZone,
} from '@/domain/payments/rules'
import { idOf } from '@/domain/relations'
import { refuse, requestLang } from '@/errors/refuse'

/** Pass numbers of the payment being recorded, for the refusals of the hooks after it. */
export const PASS_NUMBERS = 'paymentPassNumbers'

/**
 * PAS-3, on every door: the server decides the payment. Each pass must be owed by this household
 * (not paid, not voided, not free, not another household's or estate's); the amount is the sum of
 * their fees, and a client's amount that differs is refused; the receipt number, time and who
 * took it are the server's. Runs after assignEstate, which took the estate from the household.
 */
export const decidePayment: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const estate = idOf(data.estate)
  const household = idOf(data.household)
  const wanted = distinctIds(data.passes as (string | number)[])
  const { docs } = await req.payload.find({
    collection: 'passes',
    where: { id: { in: wanted } },
    depth: 0,
    limit: wanted.length,
    pagination: false,
    select: {
      household: true,
      estate: true,
      status: true,
      fee: true,
      currency: true,
      feePaidAt: true,
      number: true,
    },
    req,
    overrideAccess: true,
  })
  const byId = new Map(docs.map((p) => [String(p.id), p]))
  for (const id of wanted) {
    const pass = byId.get(String(id))
    if (!pass) refuse(req, 'payment.pass-unknown', 404, { pass: String(id) })
    const refusal = payablePassRefusal(
      { ...pass, household: idOf(pass.household), estate: idOf(pass.estate) },
      { household, estate },
    )
    if (refusal) {
      const shown =
        refusal.code === 'payment.pass-unknown' ? String(id) : (pass.number ?? String(id))
      refuse(req, refusal.code, refusal.status, { pass: shown })
    }
  }
  const letterhead = await readEstate(req, estate)
  const currency = docs[0]?.currency || letterhead.currency
  const due = amountDue(docs)
  if (typeof data.amount === 'number' && !Number.isFinite(data.amount)) {
    refuse(req, 'payment.amount-invalid', 400)
  }
  if (!amountAgrees(data.amount, due)) {
    const lang = requestLang(req)
    refuse(req, 'payment.amount-mismatch', 400, {
      sent: String(data.amount),
      due: formatMoney(due, currency, lang),
    })
  }
  req.context[PASS_NUMBERS] = Object.fromEntries(docs.map((p) => [String(p.id), p.number ?? '']))

  // The estate's next receipt number of the year; two payments that take the same one at the same
  // moment cannot both be stored (receiptKey is unique), and the loser tries again.
  const now = new Date()
  const year = yearInZone(now, letterhead.timeZone)
  const last = await req.payload.find({
    collection: 'payments',
    where: { estate: { equals: estate }, year: { equals: year } },
    sort: '-sequence',
    limit: 1,
    depth: 0,
    pagination: false,
    select: { sequence: true },
    req,
    overrideAccess: true,
  })
  const sequence = (last.docs[0]?.sequence ?? 0) + 1
  const number = receiptNumber(year, sequence)
  const actor = actorOf(req)
  return {
    ...data,
    household,
    passes: wanted,
    amount: due,
    currency,
    paidAt: now.toISOString(),
    recordedBy: actor.kind === 'staff' ? actor.id : null,
    recordedByName:
      actor.kind === 'staff' ? String((req.user as { name?: unknown }).name ?? '') || null : null,
    year,
    sequence,
    receiptNumber: number,
    receiptKey: receiptKey(estate, number),
  }
}
