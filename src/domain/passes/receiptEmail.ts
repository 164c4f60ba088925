import { type EstateLetterhead, estateName } from '@/domain/estates/readEstate'
import { formatMoney } from '@/domain/money/formatMoney'
import { formalDate } from '@/domain/paper/formalDate'
import { paymentState, paymentTotals, type PaymentState } from '@/domain/paper/passPayment'
import type { Lang } from '@/errors/catalogue'

type PassLine = {
  number?: string | null
  member?: unknown
  fee?: number | null
  currency?: string | null
  feePaidAt?: string | null
}

const memberName = (member: unknown) =>
  member && typeof member === 'object' && 'name' in member
    ? String((member as { name: unknown }).name)
    : ''

const TEXT: Record<
  Lang,
  {
    subject: (unit: string) => string
    title: (estate: string) => string
    unit: string
    signedBy: string
    signedAt: string
    passes: (n: number) => string
    payment: Record<PaymentState, string>
    totals: (fees: string, paid: string, owed: string) => string
    noQr: string
    questions: string
  }
> = {
  'zh-TW': {
    subject: (unit) => `業戶出入證簽收單 ${unit}`,
    title: (estate) => `${estate}管理處 — 業戶出入證簽收單`,
    unit: '單元',
    signedBy: '簽收人',
    signedAt: '簽收時間',
    passes: (n) => `出入證（${n} 張）：`,
    payment: { free: '免費', paid: '已繳', owed: '未繳' },
    totals: (fees, paid, owed) => `費用合共 ${fees}；已繳 ${paid}；未繳 ${owed}`,
    noQr: '為保安理由，本副本不附二維碼；二維碼只在出入證卡及住戶網上服務顯示。',
    questions: '如有疑問，請聯絡客服部。',
  },
  en: {
    subject: (unit) => `Access pass receipt ${unit}`,
    title: (estate) => `${estate} Estate Office — access pass sign-for receipt`,
    unit: 'Unit',
    signedBy: 'Signed by',
    signedAt: 'Signed at',
    passes: (n) => `Passes (${n}):`,
    payment: { free: 'free', paid: 'paid', owed: 'owed' },
    totals: (fees, paid, owed) => `Fees ${fees}; paid ${paid}; owed ${owed}`,
    noQr: 'For security this copy carries no QR codes: they are on the pass cards and in the resident portal only.',
    questions: 'Questions? Please contact customer service.',
  },
}

/**
 * The e-mail copy of a signed receipt, in the recipient's language: pass numbers, fees and
 * payment, never a pass's QR code (a forwarded e-mail must not open the gate).
 */
export function receiptEmail(
  input: { unit: string; signedByName: string; signedAt: string; passes: PassLine[] },
  lang: Lang,
  estate: EstateLetterhead,
) {
  const t = TEXT[lang]
  // In the estate's time zone, formally: the time the resident signed, as the office's clock showed it.
  const when = formalDate(input.signedAt, estate.timeZone, lang, { time: true })
  const money = (amount: number, currency?: string | null) =>
    formatMoney(amount, currency || estate.currency, lang)
  const lines = input.passes.map((p) => {
    const state = paymentState(p)
    const fee =
      state === 'free' ? t.payment.free : `${money(p.fee!, p.currency)} ${t.payment[state]}`
    return `  ${p.number}  ${memberName(p.member)}  ${fee}`
  })
  const totals = paymentTotals(input.passes)
  return {
    subject: t.subject(input.unit),
    body: [
      t.title(estateName(estate, lang)),
      '',
      `${t.unit}: ${input.unit}`,
      `${t.signedBy}: ${input.signedByName}`,
      `${t.signedAt}: ${when}`,
      '',
      t.passes(input.passes.length),
      ...lines,
      ...(totals.fees > 0
        ? [
            '',
            t.totals(
              money(totals.fees, totals.currency),
              money(totals.paid, totals.currency),
              money(totals.owed, totals.currency),
            ),
          ]
        : []),
      '',
      t.noQr,
      t.questions,
    ].join('\n'),
  }
}
