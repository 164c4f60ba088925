type PassLine = { number?: string | null; member?: unknown; fee?: number | null; currency?: string | null }

const memberName = (member: unknown) =>
  member && typeof member === 'object' && 'name' in member ? String((member as { name: unknown }).name) : ''

/** The e-mail copy of a signed receipt, in both languages (the office writes to residents in both). */
export function receiptEmail(input: { unit: string; signedByName: string; signedAt: string; passes: PassLine[] }) {
  const when = new Date(input.signedAt).toLocaleString('zh-TW', { timeZone: 'Asia/Shanghai', hour12: false })
  const lines = input.passes.map(
    (p) => `  ${p.number}  ${memberName(p.member)}${p.fee ? `  ${p.fee} ${p.currency ?? ''}` : ''}`,
  )
  return {
    subject: `業戶出入證簽收單 ${input.unit} · Access pass receipt ${input.unit}`,
    body: [
      `陽光嘉園管理處 — 業戶出入證簽收單`,
      `Sunshine Garden Estate Office — access pass sign-for receipt`,
      '',
      `單元 Unit: ${input.unit}`,
      `簽收人 Signed by: ${input.signedByName}`,
      `簽收時間 Signed at: ${when}`,
      '',
      `出入證 Passes (${input.passes.length}):`,
      ...lines,
      '',
      '如有疑問，請聯絡客服部。 Questions? Please contact customer service.',
    ].join('\n'),
  }
}
