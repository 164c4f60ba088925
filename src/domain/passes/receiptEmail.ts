import { type EstateLetterhead, estateName } from '@/domain/estates/readEstate'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import type { Lang } from '@/errors/catalogue'

type PassLine = {
  number?: string | null
  member?: unknown
  fee?: number | null
  currency?: string | null
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
    questions: '如有疑問，請聯絡客服部。',
  },
  en: {
    subject: (unit) => `Access pass receipt ${unit}`,
    title: (estate) => `${estate} Estate Office — access pass sign-for receipt`,
    unit: 'Unit',
    signedBy: 'Signed by',
    signedAt: 'Signed at',
    passes: (n) => `Passes (${n}):`,
    questions: 'Questions? Please contact customer service.',
  },
}

/** The e-mail copy of a signed receipt, in the recipient's language. */
export function receiptEmail(
  input: { unit: string; signedByName: string; signedAt: string; passes: PassLine[] },
  lang: Lang,
  estate: EstateLetterhead,
) {
  const t = TEXT[lang]
  // In the estate's time zone: the time the resident signed, as the office's clock showed it.
  const when = formatEstateDateTime(input.signedAt, estate.timeZone, lang)
  const lines = input.passes.map(
    (p) => `  ${p.number}  ${memberName(p.member)}${p.fee ? `  ${p.fee} ${p.currency ?? ''}` : ''}`,
  )
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
      '',
      t.questions,
    ].join('\n'),
  }
}
