import type { PayloadRequest } from 'payload'

import type { RecordId } from '@/access/actor'
import { DEFAULT_CURRENCY } from '@/domain/estates/timeZone'

import { DEFAULT_PASS_SETTINGS, type PassSettings } from './pricing'

/**
 * The fee settings in force at an estate (its `estate-settings` record and its currency), with
 * the procedure's defaults. Read once per request and estate: preparing a member's passes or
 * retrying a pass creates several in one.
 */
export async function readPassSettings(
  req: PayloadRequest,
  estate: RecordId,
): Promise<PassSettings> {
  const cache = (req.context.passSettings ??= {}) as Record<string, PassSettings>
  const cached = cache[String(estate)]
  if (cached) return cached
  const [stored, place] = await Promise.all([
    req.payload.find({
      collection: 'estate-settings',
      where: { estate: { equals: estate } },
      limit: 1,
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    }),
    req.payload.find({
      collection: 'estates',
      where: { id: { equals: estate } },
      limit: 1,
      pagination: false,
      depth: 0,
      select: { currency: true },
      req,
      overrideAccess: true,
    }),
  ])
  const row = stored.docs[0]
  const settings: PassSettings = {
    freePassesPerMember: row?.freePassesPerMember ?? DEFAULT_PASS_SETTINGS.freePassesPerMember,
    extraPassFee: row?.extraPassFee ?? DEFAULT_PASS_SETTINGS.extraPassFee,
    currency: place.docs[0]?.currency || DEFAULT_CURRENCY,
    maxUnpaidExtraPasses: row?.maxUnpaidExtraPasses ?? DEFAULT_PASS_SETTINGS.maxUnpaidExtraPasses,
  }
  cache[String(estate)] = settings
  return settings
}
