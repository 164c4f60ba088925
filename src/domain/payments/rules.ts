import type { ErrorCode } from '@/errors/catalogue'
import { dateTimeFormat, dayIn } from '@/domain/dates/dateTimeFormat'

/** How a fee was paid at the counter (PAS-3). */
export const PAYMENT_METHODS = ['cash', 'card', 'transfer'] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, { 'zh-TW': string; en: string }> = {
  cash: { 'zh-TW': '現金', en: 'Cash' },
  card: { 'zh-TW': '銀行卡', en: 'Card' },
  transfer: { 'zh-TW': '轉賬', en: 'Bank transfer' },
}

export const isPaymentMethod = (value: unknown): value is PaymentMethod =>
  typeof value === 'string' && (PAYMENT_METHODS as readonly string[]).includes(value)

/** The most passes one payment may settle: a household's owed passes fit many times over. */
export const MAX_PASSES_PER_PAYMENT = 100

type Id = string | number

/** What a payment needs to know of each pass it would pay for. */
export type PayablePass = {
  id: Id
  household?: Id | null
  estate?: Id | null
  status?: string | null
  fee?: number | null
  currency?: string | null
  feePaidAt?: string | null
}

export type PassRefusal = { code: ErrorCode; status: number; pass: Id }

/**
 * PAS-3: why a pass cannot be paid for by this household's payment, or null when it can. A pass
 * of another estate is answered as unknown: its existence is none of this estate's business.
 */
export function payablePassRefusal(
  pass: PayablePass,
  payer: { household: Id; estate: Id },
): PassRefusal | null {
  const refusal = (code: ErrorCode, status: number) => ({ code, status, pass: pass.id })
  if (String(pass.estate) !== String(payer.estate)) return refusal('payment.pass-unknown', 404)
  if (String(pass.household) !== String(payer.household)) {
    return refusal('payment.pass-other-household', 400)
  }
  if (pass.status === 'void') return refusal('payment.pass-void', 409)
  if (!pass.fee || pass.fee <= 0) return refusal('payment.pass-free', 400)
  if (pass.feePaidAt) return refusal('payment.pass-already-paid', 409)
  return null
}

/** The amount a payment for these passes comes to: the sum of their fees, decided by the server. */
export const amountDue = (passes: readonly Pick<PayablePass, 'fee'>[]) =>
  Math.round(passes.reduce((sum, p) => sum + (p.fee ?? 0), 0) * 100) / 100

/**
 * Whether an amount a client sent agrees with the amount due. Sending none is fine (the server
 * decides); sending another is refused, so a clerk who typed 100 for 50 owed finds out at once.
 */
export function amountAgrees(sent: unknown, due: number): boolean {
  if (sent === undefined || sent === null || sent === '') return true
  const value = typeof sent === 'string' ? Number(sent) : sent
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value - due) < 0.005
}

/** A receipt number people can read out at the counter: R-2026-000123 (the estate's n-th of the year). */
export function receiptNumber(year: number, sequence: number): string {
  return `R-${year}-${String(sequence).padStart(6, '0')}`
}

/** The unique key a receipt number holds in its estate: two payments can never share one. */
export const receiptKey = (estate: Id, number: string) => `${String(estate)}#${number}`

/** The one-time claim a pass's fee holds once paid: two payments can never both pay it. */
export const passFeeClaim = (pass: Id) => `pass-fee:${String(pass)}`

/** The calendar year at the estate at an instant (a receipt made at 00:30 on 1 January in Shanghai is the new year's). */
export function yearInZone(at: Date, timeZone: string): number {
  return Number(dateTimeFormat('en', { timeZone, year: 'numeric' }).format(at))
}

/** The calendar day (YYYY-MM-DD) at the estate at an instant. */
export const dayInZone = (at: Date | string, timeZone: string): string =>
  dayIn(timeZone, typeof at === 'string' ? new Date(at) : at)

/** Each id once, in a fixed order: claims are then always taken in the same order (no deadlock). */
export function distinctIds(ids: readonly Id[]): Id[] {
  const seen = new Map<string, Id>()
  for (const id of ids) if (!seen.has(String(id))) seen.set(String(id), id)
  return [...seen.values()].sort((a, b) =>
    String(a).localeCompare(String(b), 'en', { numeric: true }),
  )
}
