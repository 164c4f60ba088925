import { setTimeout as sleep } from 'node:timers/promises'
import type { PayloadRequest } from 'payload'

import { actorHasRole, actorOf } from '@/access/actor'
import { refuse } from '@/errors/refuse'

import { isReceiptConflict } from '../../../collections/Payments/hooks/explainPaymentConflict'
import { isPaymentMethod, MAX_PASSES_PER_PAYMENT, type PaymentMethod } from './rules'

/** The roles that take money at the counter (PAS-3). */
export const PAYMENT_TAKERS = ['cs', 'finance', 'admin'] as const

export type PaymentInput = {
  household?: unknown
  passes?: unknown
  method?: unknown
  reference?: unknown
  /** What the clerk expects to take; refused if it is not what the passes owe. */
  amount?: unknown
}

const MAX_ATTEMPTS = 20

/**
 * PAS-3: customer service or finance records that a household paid for some of its owed passes.
 * Guard clauses first; then one create of the payment, whose hooks (the same on every door) check
 * each pass, decide the amount and receipt number, mark the passes paid and queue the receipt
 * e-mail — in one transaction where the database has them. Two payments that took the same
 * receipt number at the same moment: the one refused tries again with the next number.
 */
export async function recordPayment(req: PayloadRequest, input: PaymentInput) {
  const actor = actorOf(req)
  if (!actorHasRole(actor, ...PAYMENT_TAKERS)) refuse(req, 'request.forbidden', 403)
  if (input.household === undefined || input.household === null || input.household === '') {
    refuse(req, 'payment.household-required', 400)
  }
  if (!Array.isArray(input.passes) || input.passes.length === 0) {
    refuse(req, 'payment.passes-required', 400)
  }
  if (input.passes.length > MAX_PASSES_PER_PAYMENT) {
    refuse(req, 'payment.too-many-passes', 400, { max: MAX_PASSES_PER_PAYMENT })
  }
  if (!isPaymentMethod(input.method)) refuse(req, 'payment.method-invalid', 400)
  const amount = input.amount
  if (amount !== undefined && amount !== null && amount !== '') {
    if (!['number', 'string'].includes(typeof amount) || !Number.isFinite(Number(amount))) {
      refuse(req, 'payment.amount-invalid', 400)
    }
  }
  const reference = typeof input.reference === 'string' ? input.reference.trim() || null : null
  for (let attempt = 1; ; attempt++) {
    try {
      return await req.payload.create({
        collection: 'payments',
        data: {
          household: input.household as number,
          passes: input.passes as number[],
          method: input.method as PaymentMethod,
          reference,
          ...(amount === undefined || amount === null || amount === ''
            ? {}
            : { amount: Number(amount) }),
        },
        depth: 0,
        req,
        user: req.user,
        overrideAccess: false,
      })
    } catch (error) {
      if (!isReceiptConflict(error)) throw error
      if (attempt >= MAX_ATTEMPTS) refuse(req, 'payment.recorded-concurrently', 409)
      await sleep(Math.floor(Math.random() * 5 * attempt))
    }
  }
}
