/**
 * What the office's paper says about a pass's fee (PAS-3): free (no fee), paid (`feePaidAt` set,
 * by the payments desk) or owed. A receipt adds them up.
 */
export type PaymentState = 'free' | 'paid' | 'owed'

export type FeeLine = { fee?: number | null; feePaidAt?: string | null; currency?: string | null }

export function paymentState(pass: FeeLine): PaymentState {
  if (!pass.fee || pass.fee <= 0) return 'free'
  return pass.feePaidAt ? 'paid' : 'owed'
}

export type PaymentTotals = {
  passes: number
  fees: number
  paid: number
  owed: number
  /** free: nothing to pay; paid: every fee paid; owed: something still to pay. */
  overall: PaymentState
  currency: string | null
}

/** The totals at the foot of a receipt: how many passes, and fees charged, paid and owed. */
export function paymentTotals(passes: FeeLine[]): PaymentTotals {
  let fees = 0
  let paid = 0
  let currency: string | null = null
  for (const pass of passes) {
    const state = paymentState(pass)
    if (state === 'free') continue
    fees += pass.fee!
    if (state === 'paid') paid += pass.fee!
    currency ??= pass.currency ?? null
  }
  const owed = fees - paid
  return {
    passes: passes.length,
    fees,
    paid,
    owed,
    overall: fees === 0 ? 'free' : owed > 0 ? 'owed' : 'paid',
    currency,
  }
}
