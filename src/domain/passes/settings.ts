import type { PayloadRequest } from 'payload'

import type { RecordId } from '@/access/actor'
import { readEstate } from '@/domain/estates/readEstate'
import { processCache } from '@/domain/processCache'

import { DEFAULT_PASS_SETTINGS, type PassSettings } from './pricing'

/**
 * How long a process keeps an estate's fee settings: issuing a member's passes reads them for
 * every pass, and a burst of passes would read them hundreds of times a second. A change made in
 * this process clears them at once (forgetPassSettings); another process sees it within this time.
 */
export const PASS_SETTINGS_TTL_MS = 2_000

const cache = processCache<PassSettings>('passSettings', PASS_SETTINGS_TTL_MS)

/** Called when an estate or its settings change, so this process reads them afresh. */
export const forgetPassSettings = (estate: RecordId) => cache.forget(estate)

/**
 * The fee settings in force at an estate (its `estate-settings` record and its currency), with
 * the procedure's defaults.
 */
export async function readPassSettings(
  req: PayloadRequest,
  estate: RecordId,
): Promise<PassSettings> {
  return cache.get(estate, () => readStoredPassSettings(req, estate))
}

async function readStoredPassSettings(req: PayloadRequest, estate: RecordId) {
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
    readEstate(req, estate),
  ])
  const row = stored.docs[0]
  const settings: PassSettings = {
    freePassesPerMember: row?.freePassesPerMember ?? DEFAULT_PASS_SETTINGS.freePassesPerMember,
    extraPassFee: row?.extraPassFee ?? DEFAULT_PASS_SETTINGS.extraPassFee,
    currency: place.currency,
    maxUnpaidExtraPasses: row?.maxUnpaidExtraPasses ?? DEFAULT_PASS_SETTINGS.maxUnpaidExtraPasses,
  }
  return settings
}
