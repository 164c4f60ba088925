import type { DeadlineState } from '@/domain/complaints/rules'
import type { Lang } from '@/errors/catalogue'

const WORDS = {
  overdue: { en: 'Overdue', 'zh-TW': '已逾期' },
  'due-soon': { en: 'Due soon', 'zh-TW': '即將逾期' },
} as const

/**
 * Deadlines: how a queue marks a complaint near or past its response time — a word, and each
 * state its own shape (solid for overdue, dashed for due soon), never colour alone (WCAG 1.4.1).
 * No symbol: the office's fonts lack the clock and warning glyphs. Server and client alike.
 */
export function DeadlineBadge({ state, lang }: { state: DeadlineState; lang: Lang }) {
  if (!state) return null
  const words = WORDS[state]
  return (
    <strong className={`deadline-badge deadline-badge--${state}`} data-deadline={state}>
      {words[lang]}
    </strong>
  )
}
