import { describe, expect, it } from 'vitest'

import { numberingNotes, numeralValue } from '@/domain/procedures/numbering'

// The source's sections as written, in the source's order.
const SOURCE = ['(一)', '(二)', '(三)', '(五)', '(四)', '(六)', '(五)', '(八)'].map(
  (numeral, i) => ({
    numeral,
    order: i + 1,
  }),
)

describe('staff: reading the procedures in the admin', () => {
  it('GEN-6: a numeral is read whether its brackets are half or full width', () => {
    expect(numeralValue('(五)')).toBe(5)
    expect(numeralValue('（八）')).toBe(8)
    expect(numeralValue('(X)')).toBeNull()
  })

  it('GEN-6: both sections numbered (五) say the source repeats the number, and which one they are', () => {
    const notes = numberingNotes(SOURCE)
    expect(notes.get(4)?.map((n) => n.en)).toContainEqual(
      "The source numbers 2 sections (五); this is the first of them in the source's order.",
    )
    expect(notes.get(7)?.map((n) => n['zh-TW'])).toContainEqual(
      '原文有 2 節同編為（五），此為原文次序中的第二節。',
    )
  })

  it('GEN-6: section (八) says the source has no (七)', () => {
    const notes = numberingNotes(SOURCE)
    expect(notes.get(8)).toEqual([
      {
        en: 'The source has no section (七): its numbering goes from (六) to (八).',
        'zh-TW': '原文沒有（七）節：編號由（六）直接跳至（八）。',
      },
    ])
  })

  it('GEN-6: (四) after (五) is noted as out of order; regular sections get no note', () => {
    const notes = numberingNotes(SOURCE)
    expect(notes.get(5)?.map((n) => n.en)).toEqual([
      "In the source this section (四) comes after section (五); the order here is the source's.",
    ])
    for (const order of [1, 2, 3, 6]) expect(notes.get(order)).toBeUndefined()
  })

  it('GEN-6: a source numbered in sequence has no notes at all', () => {
    const regular = ['(一)', '(二)', '(三)'].map((numeral, i) => ({ numeral, order: i + 1 }))
    expect(numberingNotes(regular).size).toBe(0)
  })
})
