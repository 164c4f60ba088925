import type { DeadlineState } from '@/domain/complaints/rules'
import type { Lang } from '@/errors/catalogue'

const WORDS = {
  overdue: { mark: '⚠', en: 'Overdue', 'zh-TW': '已逾期' },
  'due-soon': { mark: '⏳', en: 'Due soon', 'zh-TW': '即將逾期' },
} as const

/**
 * Deadlines: how a queue marks a complaint near or past its response time — a word and a mark,
 * each state its own shape, never colour alone (WCAG 1.4.1). Server and client alike.
 */
export function DeadlineBadge({ state, lang }: { state: DeadlineState; lang: Lang }) {
  if (!state) return null
  const words = WORDS[state]
  return (
    <strong className={`deadline-badge deadline-badge--${state}`} data-deadline={state}>
      <span aria-hidden="true">{words.mark} </span>
      {words[lang]}
    </strong>
  )
}

export const deadlineWord = (state: Exclude<DeadlineState, null>, lang: Lang) => WORDS[state][lang]
