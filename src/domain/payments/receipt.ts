import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { formatMoney } from '@/domain/money/formatMoney'
import { idOf } from '@/domain/relations'
import { paymentsText, type PaymentsLang } from '@/i18n/payments'

import { isPaymentMethod, PAYMENT_METHOD_LABELS, type PaymentMethod } from './rules'

/** Everything a payment receipt shows, on paper or in an e-mail. */
export type PaymentReceipt = {
  id: string | number
  receiptNumber: string
  paidAt: string
  amount: number
  currency: string
  method: PaymentMethod
  reference: string | null
  recordedByName: string | null
  /** Set when a supervisor voided the payment: the receipt is then no proof of payment. */
  voided: { at: string; reason: string } | null
  household: { id: string | number; unit: string }
  passes: { number: string; member: string; fee: number }[]
  estate: {
    name: string
    nameEn: string
    address: string
    logoUrl: string | null
    timeZone: string
  }
}

type Reader = { user: TypedUser } | { req: PayloadRequest }

/**
 * A payment as its receipt shows it. Read as a staff member (`user`: access applies, so another
 * estate's payment is not found) or by server code inside an operation (`req`).
 */
export async function readPaymentReceipt(
  payload: Payload,
  id: string | number,
  reader: Reader,
): Promise<PaymentReceipt | null> {
  const as =
    'user' in reader
      ? { user: reader.user, overrideAccess: false as const }
      : { req: reader.req, overrideAccess: true as const }
  const payment = await payload
    .findByID({ collection: 'payments', id, depth: 0, disableErrors: true, ...as })
    .catch(() => null)
  if (!payment) return null
  const passIds = (payment.passes ?? []).map((p) => idOf(p))
  const [household, estate, passes] = await Promise.all([
    payload.findByID({ collection: 'households', id: idOf(payment.household), depth: 0, ...as }),
    payload.findByID({ collection: 'estates', id: idOf(payment.estate)!, depth: 1, ...as }),
    payload.find({
      collection: 'passes',
      where: { id: { in: passIds } },
      sort: 'number',
      depth: 1,
      limit: passIds.length,
      pagination: false,
      ...as,
    }),
  ])
  const logo = typeof estate.logo === 'object' && estate.logo ? (estate.logo.url ?? null) : null
  return {
    id: payment.id,
    receiptNumber: payment.receiptNumber ?? '',
    paidAt: payment.paidAt ?? payment.createdAt,
    amount: payment.amount ?? 0,
    currency: payment.currency ?? estate.currency ?? 'CNY',
    method: isPaymentMethod(payment.method) ? payment.method : 'cash',
    reference: payment.reference ?? null,
    recordedByName: payment.recordedByName ?? null,
    voided: payment.voidedAt ? { at: payment.voidedAt, reason: payment.voidReason ?? '' } : null,
    household: { id: household.id, unit: household.unit },
    passes: passes.docs.map((p) => ({
      number: p.number ?? '',
      member: typeof p.member === 'object' && p.member ? p.member.name : '',
      fee: p.fee ?? 0,
    })),
    estate: {
      name: estate.name,
      nameEn: estate.nameEn ?? '',
      address: estate.address ?? '',
      logoUrl: logo,
      timeZone: estate.timeZone || 'Asia/Shanghai',
    },
  }
}

/** The receipt as a plain-text e-mail, in the reader's language. */
export function paymentReceiptEmail(receipt: PaymentReceipt, lang: PaymentsLang) {
  const t = paymentsText(lang)
  const money = (amount: number) => formatMoney(amount, receipt.currency, lang)
  const estateName =
    lang === 'en' ? receipt.estate.nameEn || receipt.estate.name : receipt.estate.name
  return {
    subject: t('emailSubject', { number: receipt.receiptNumber }),
    body: [
      t('estateOffice', { estate: estateName }),
      ...(receipt.estate.address ? [receipt.estate.address] : []),
      '',
      t('receiptTitle'),
      `${t('receiptNumber')}: ${receipt.receiptNumber}`,
      `${t('paidAt')}: ${formatEstateDateTime(receipt.paidAt, receipt.estate.timeZone, lang)}`,
      `${t('receivedFrom')}: ${t('unit')} ${receipt.household.unit}`,
      '',
      ...receipt.passes.map((p) => `  ${p.number}  ${p.member}  ${money(p.fee)}`),
      '',
      `${t('total')}: ${money(receipt.amount)}`,
      `${t('method')}: ${PAYMENT_METHOD_LABELS[receipt.method][lang]}`,
      ...(receipt.reference ? [`${t('referenceShort')}: ${receipt.reference}`] : []),
      ...(receipt.recordedByName ? [`${t('recordedBy')}: ${receipt.recordedByName}`] : []),
      '',
      t('emailQuestions'),
    ].join('\n'),
  }
}
