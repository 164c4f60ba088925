import type { CollectionBeforeChangeHook, DateField } from 'payload'

import { serverOwned } from '@/access'
import { readEstate } from '@/domain/estates/readEstate'
import { DEFAULT_TIME_ZONE } from '@/domain/estates/timeZone'

/**
 * A date shown in the admin panel in its estate's time zone: Payload keeps the zone beside the
 * date (`<name>_tz`) and formats the date in it. The server writes the zone, from the estate.
 */
export const inEstateTimeZone: DateField['timezone'] = {
  defaultTimezone: DEFAULT_TIME_ZONE,
  override: ({ baseField }) => ({
    ...baseField,
    label: { en: 'Time zone', 'zh-TW': '時區' },
    // Written by the server (stampEstateTimeZone), never asked of a client.
    required: false,
    access: serverOwned,
    admin: { ...baseField.admin, readOnly: true, hidden: true },
  }),
}

/** Writes the estate's time zone beside each of the record's dates (runs after assignEstate). */
export const stampEstateTimeZone =
  (...fields: string[]): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const estate = data.estate ?? originalDoc?.estate
    const dated = fields.filter((field) => data[field] ?? originalDoc?.[field])
    // Most writes (a new pass, a new household) carry no date yet: no estate to read for them.
    if (estate === undefined || estate === null || dated.length === 0) return data
    const { timeZone } = await readEstate(req, estate)
    for (const field of dated) data[`${field}_tz`] = timeZone
    return data
  }
