/**
 * One `Intl.DateTimeFormat` per locale and options, made once and kept: making one costs far more
 * than formatting with it (about a millisecond against microseconds), and the gate formats the
 * estate's day and time on every scan. Safe in the browser and on the server. A time zone the
 * runtime does not know still throws, as `new Intl.DateTimeFormat` does, and nothing is kept.
 */
const made = new Map<string, Intl.DateTimeFormat>()

/** More distinct formats than this means a caller varies something it should not: start again. */
const MOST = 500

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = made.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    if (made.size >= MOST) made.clear()
    made.set(key, format)
  }
  return format
}

/** A calendar day (`YYYY-MM-DD`) in a time zone. */
export function dayIn(timeZone: string, at: Date): string {
  return dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at)
}
