/**
 * GEN-6: the source's section numbers are kept as written, out of order: (五) is used twice, there
 * is no (七), and (四) comes after (五). Rather than pass over that silently, each section whose
 * number is irregular gets a note saying so, in both languages. Pure: no Payload, no I/O.
 */
import type { LocalizedText } from '@/domain/register/vocabulary'

const DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const

/** '(五)' or '（五）' → 5; a numeral this does not read → null. */
export function numeralValue(numeral: string): number | null {
  const inner = numeral.normalize('NFKC').replace(/[()\s]/g, '')
  const index = DIGITS.indexOf(inner as (typeof DIGITS)[number])
  return index === -1 ? null : index + 1
}

const shownNumeral = (value: number) => `(${DIGITS[value - 1]})`
/** In Chinese text the brackets are full width: （五）. */
const zhNumeral = (value: number) => `（${DIGITS[value - 1]}）`
const ORDINALS_EN = ['first', 'second', 'third', 'fourth', 'fifth']
const ORDINALS_ZH = ['第一', '第二', '第三', '第四', '第五']

export type NumberedSection = { numeral: string; order: number }

/**
 * The notes on each section (by its `order`), in the source's order: a number used by several
 * sections, a number missing before this one, and a number lower than the section before it.
 */
export function numberingNotes(sections: readonly NumberedSection[]): Map<number, LocalizedText[]> {
  const inOrder = [...sections].sort((a, b) => a.order - b.order)
  const notes = new Map<number, LocalizedText[]>()
  const add = (order: number, note: LocalizedText) =>
    notes.set(order, [...(notes.get(order) ?? []), note])

  const values = inOrder.map((s) => numeralValue(s.numeral))
  const known = values.filter((v): v is number => v !== null)
  const highest = known.length ? Math.max(...known) : 0

  inOrder.forEach((section, index) => {
    const value = values[index]
    if (value === null || value === undefined) return
    const numeral = shownNumeral(value)

    const same = inOrder.filter((_, i) => values[i] === value)
    if (same.length > 1) {
      const nth = same.indexOf(section)
      add(section.order, {
        en: `The source numbers ${same.length} sections ${numeral}; this is the ${ORDINALS_EN[nth] ?? nth + 1} of them in the source's order.`,
        'zh-TW': `原文有 ${same.length} 節同編為${zhNumeral(value)}，此為原文次序中的${ORDINALS_ZH[nth] ?? `第 ${nth + 1} `}節。`,
      })
    }

    // A gap: the number just below this one is used nowhere (and this is its first section).
    const below = value - 1
    if (below >= 1 && !known.includes(below) && values.indexOf(value) === index) {
      let from = below
      while (from >= 1 && !known.includes(from)) from--
      const gap = Array.from({ length: value - from - 1 }, (_, i) => from + 1 + i)
      const missing = gap.map(shownNumeral)
      const missingZh = gap.map(zhNumeral)
      add(section.order, {
        en: `The source has no section ${missing.join(', ')}: its numbering goes from ${from >= 1 ? shownNumeral(from) : 'the start'} to ${numeral}.`,
        'zh-TW': `原文沒有${missingZh.join('、')}節：編號由${from >= 1 ? zhNumeral(from) : '開首'}直接跳至${zhNumeral(value)}。`,
      })
    }

    const previous = index > 0 ? values[index - 1] : null
    if (previous !== null && previous !== undefined && value < previous && value < highest) {
      add(section.order, {
        en: `In the source this section ${numeral} comes after section ${shownNumeral(previous)}; the order here is the source's.`,
        'zh-TW': `原文中本節${zhNumeral(value)}排在${zhNumeral(previous)}之後；此處按原文次序排列。`,
      })
    }
  })
  return notes
}
