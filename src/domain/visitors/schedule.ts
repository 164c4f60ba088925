import { dateTimeFormat, dayIn } from '@/domain/dates/dateTimeFormat'

/**
 * Recurring visitor passes (VIS-4, beyond the procedure): a pass for days of the week and hours
 * in the estate's time zone, e.g. a cleaner on Tuesdays 9:00–12:00, for at most 3 months. Its
 * `maxUses` counts per visit day: a 1-use recurring pass lets the cleaner in once each Tuesday.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]
export const WEEKDAY_LABELS: Record<Weekday, { en: string; 'zh-TW': string; enPlural: string }> = {
  mon: { en: 'Mon', enPlural: 'Mondays', 'zh-TW': '星期一' },
  tue: { en: 'Tue', enPlural: 'Tuesdays', 'zh-TW': '星期二' },
  wed: { en: 'Wed', enPlural: 'Wednesdays', 'zh-TW': '星期三' },
  thu: { en: 'Thu', enPlural: 'Thursdays', 'zh-TW': '星期四' },
  fri: { en: 'Fri', enPlural: 'Fridays', 'zh-TW': '星期五' },
  sat: { en: 'Sat', enPlural: 'Saturdays', 'zh-TW': '星期六' },
  sun: { en: 'Sun', enPlural: 'Sundays', 'zh-TW': '星期日' },
}

export type PassSchedule = { days: Weekday[]; from: string; until: string }

/** The longest validity of a recurring pass: 3 calendar months from its first day. */
export const MAX_RECURRING_MONTHS = 3

const HHMM = /^([01]?\d|2[0-3]):([0-5]\d)$/
/** Minutes since midnight of "9:00" or "09:00"; null when it is not a time of day. */
export function minutesOf(value: unknown): number | null {
  const m = typeof value === 'string' ? HHMM.exec(value.trim()) : null
  return m ? Number(m[1]) * 60 + Number(m[2]) : null
}

/** "9:00" → "09:00". */
export const normaliseTime = (value: string) => {
  const minutes = minutesOf(value)!
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

export const isWeekday = (value: unknown): value is Weekday =>
  typeof value === 'string' && (WEEKDAYS as readonly string[]).includes(value)

export type ScheduleProblem = 'days' | 'hours' | 'too-long'

/** A schedule is at least one weekday and hours that end after they start (same day). */
export function checkSchedule(schedule: {
  days?: unknown
  from?: unknown
  until?: unknown
}): ScheduleProblem | null {
  const days = schedule.days
  if (!Array.isArray(days) || days.length === 0 || !days.every(isWeekday)) return 'days'
  const from = minutesOf(schedule.from)
  const until = minutesOf(schedule.until)
  if (from === null || until === null || until <= from) return 'hours'
  return null
}

/** The last instant a recurring pass starting at `from` may run to: 3 calendar months on. */
export function latestRecurringEnd(from: Date): Date {
  const end = new Date(from)
  end.setUTCMonth(end.getUTCMonth() + MAX_RECURRING_MONTHS)
  // 30 Nov + 3 months is 28 Feb, not 2 Mar.
  if (end.getUTCDate() !== from.getUTCDate()) end.setUTCDate(0)
  return end
}

/** The weekday, minutes since midnight and date of an instant in a time zone. */
export function localTime(
  at: Date,
  timeZone: string,
): { day: string; weekday: Weekday; minutes: number } {
  const parts = dateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return {
    day: dayIn(timeZone, at),
    weekday: part('weekday').toLowerCase().slice(0, 3) as Weekday,
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
  }
}

export type ScheduleState = 'open' | 'later' | 'over'

/**
 * Where `now` stands in a recurring pass's hours: `open` inside a window; `later` outside one
 * with another still to come before `validUntil`; `over` when no window is left.
 */
export function scheduleState(
  schedule: PassSchedule,
  validUntil: Date,
  now: Date,
  timeZone: string,
): ScheduleState {
  const from = minutesOf(schedule.from) ?? 0
  const until = minutesOf(schedule.until) ?? 0
  const today = localTime(now, timeZone)
  if (schedule.days.includes(today.weekday) && today.minutes >= from && today.minutes < until) {
    return 'open'
  }
  // Look a week ahead, day by day, for a window that opens before the pass ends.
  for (let d = 0; d <= 7; d++) {
    const at = new Date(now.getTime() + d * 86_400_000)
    const local = localTime(at, timeZone)
    if (!schedule.days.includes(local.weekday)) continue
    if (d === 0 && today.minutes >= from) continue
    const opens = new Date(at.getTime() + (from - local.minutes) * 60_000)
    return opens.getTime() < validUntil.getTime() ? 'later' : 'over'
  }
  return 'over'
}

/** "Tuesdays and Thursdays 09:00–12:00" / "逢星期二、星期四 09:00–12:00". */
export function describeSchedule(schedule: PassSchedule, lang: 'zh-TW' | 'en'): string {
  const days = WEEKDAYS.filter((d) => schedule.days.includes(d))
  const hours = `${normaliseTime(schedule.from)}–${normaliseTime(schedule.until)}`
  if (lang === 'en') {
    const names = days.map((d) => WEEKDAY_LABELS[d].enPlural)
    const list =
      names.length > 1
        ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
        : names[0]
    return `${list} ${hours}`
  }
  return `逢${days.map((d) => WEEKDAY_LABELS[d]['zh-TW']).join('、')} ${hours}`
}

/** A stored pass's schedule, if it is a recurring one. */
export function scheduleOf(pass: {
  days?: unknown
  dailyFrom?: unknown
  dailyUntil?: unknown
}): PassSchedule | null {
  if (!Array.isArray(pass.days) || pass.days.length === 0) return null
  if (typeof pass.dailyFrom !== 'string' || typeof pass.dailyUntil !== 'string') return null
  return { days: pass.days.filter(isWeekday), from: pass.dailyFrom, until: pass.dailyUntil }
}
