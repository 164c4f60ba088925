import type { CollectionBeforeChangeHook } from 'payload'

import { readEstate } from '@/domain/estates/readEstate'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { MAIL_SOURCE_LABELS } from '@/domain/mail/transitions'

/** A batch's title in lists and pickers: where it came from and when it arrived (estate time). */
export const nameBatch: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { timeZone } = await readEstate(req, data.estate)
  const source =
    data.source === 'courier' && typeof data.courierName === 'string' && data.courierName.trim()
      ? data.courierName.trim()
      : (MAIL_SOURCE_LABELS[data.source as keyof typeof MAIL_SOURCE_LABELS]?.['zh-TW'] ?? '')
  data.label = `${source} ${formatEstateDateTime(new Date(), timeZone, 'zh-TW')}`
  return data
}
