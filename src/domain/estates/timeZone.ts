import { defaultTimezones } from 'payload/shared'
import { dateTimeFormat } from '@/domain/dates/dateTimeFormat'

/** The time zone of an estate unless it says otherwise (the estates of PROCEDURES.md are in China). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai'
export const DEFAULT_CURRENCY = 'CNY'

/** True for an IANA time zone name the runtime knows, e.g. Asia/Shanghai or Asia/Hong_Kong. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value)) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

/** An estate's short code: 2 to 10 capital letters or digits, e.g. SG or HB2. */
export const ESTATE_CODE = /^[A-Z0-9]{2,10}$/

/**
 * A date and time as people at the estate read it: in the estate's time zone, formal, 24-hour,
 * e.g. 2026年11月27日 14:05 or 27 Nov 2026, 14:05.
 */
export function formatEstateDateTime(
  value: string | Date,
  timeZone: string,
  lang: 'zh-TW' | 'en',
  options: { time?: boolean } = {},
): string {
  const date = typeof value === 'string' ? new Date(value) : value
  return dateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-TW', {
    timeZone: isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE,
    year: 'numeric',
    month: lang === 'en' ? 'short' : 'long',
    day: 'numeric',
    ...(options.time === false ? {} : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  }).format(date)
}

/** The clock time alone as people at the estate read it: 24-hour, e.g. 14:05 (a board's rows). */
export function formatEstateTime(value: string | Date, timeZone: string, lang: 'zh-TW' | 'en') {
  return dateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-TW', {
    timeZone: isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(typeof value === 'string' ? new Date(value) : value)
}

/**
 * The time zones an estate may be in: the admin panel shows dates in them, so each is one of its
 * supported time zones (Payload's list, with the Chinese cities it lacks).
 */
export const EXTRA_TIME_ZONES = [
  { label: '(UTC+08:00) Hong Kong', value: 'Asia/Hong_Kong' },
  { label: '(UTC+08:00) Macau', value: 'Asia/Macau' },
  { label: '(UTC+08:00) Taipei', value: 'Asia/Taipei' },
]

/** True for a time zone an estate may be in (one the admin panel can show dates in). */
export const isEstateTimeZone = (value: unknown): value is string =>
  isTimeZone(value) &&
  [...defaultTimezones, ...EXTRA_TIME_ZONES].some((zone) => zone.value === value)

/** The UTC offset of a time zone at an instant, in minutes (e.g. 480 for Asia/Shanghai). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
  const name =
    dateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name)
  if (!match) return 0
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0))
}

/**
 * A calendar month (`2026-11`) of an estate as the UTC instants it runs between: from its first
 * midnight (inclusive) to the next month's (exclusive), in the estate's time zone.
 */
export function monthInZone(month: string, timeZone: string): { from: string; to: string } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month)
  if (!match) return null
  const year = Number(match[1])
  const index = Number(match[2]) - 1
  if (index < 0 || index > 11) return null
  const midnight = (y: number, m: number) => {
    const utc = Date.UTC(y, m, 1)
    return new Date(utc - zoneOffsetMinutes(timeZone, new Date(utc)) * 60_000).toISOString()
  }
  return { from: midnight(year, index), to: midnight(year, index + 1) }
}
