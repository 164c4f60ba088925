import { DEFAULT_TIME_ZONE, isTimeZone } from '@/domain/estates/timeZone'
import { dateTimeFormat } from '@/domain/dates/dateTimeFormat'

/**
 * A date as a formal paper writes it, in the estate's time zone: 2026年11月27日 / 27 November 2026,
 * with the time (24-hour) when asked: 2026年11月27日 06:47 / 27 November 2026, 06:47 — never
 * "清晨6:47".
 */
export function formalDate(
  value: string | Date,
  timeZone: string | null | undefined,
  lang: 'zh-TW' | 'en',
  { time = false }: { time?: boolean } = {},
) {
  const date = typeof value === 'string' ? new Date(value) : value
  return dateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-TW', {
    timeZone: timeZone && isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    ...(time ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  }).format(date)
}
