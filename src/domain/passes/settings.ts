import type { PayloadRequest } from 'payload'

import { DEFAULT_PASS_SETTINGS, type PassSettings } from './pricing'

/**
 * The fee settings in force (the `pass-settings` global), with the procedure's defaults. Read
 * once per request: preparing a member's passes or retrying a pass creates several in one.
 */
export async function readPassSettings(req: PayloadRequest): Promise<PassSettings> {
  const cached = req.context.passSettings as PassSettings | undefined
  if (cached) return cached
  const stored = await req.payload.findGlobal({ slug: 'pass-settings', req, overrideAccess: true, depth: 0 })
  const settings: PassSettings = {
    freePassesPerMember: stored?.freePassesPerMember ?? DEFAULT_PASS_SETTINGS.freePassesPerMember,
    extraPassFee: stored?.extraPassFee ?? DEFAULT_PASS_SETTINGS.extraPassFee,
    currency: stored?.currency || DEFAULT_PASS_SETTINGS.currency,
    maxUnpaidExtraPasses: stored?.maxUnpaidExtraPasses ?? DEFAULT_PASS_SETTINGS.maxUnpaidExtraPasses,
  }
  req.context.passSettings = settings
  return settings
}
