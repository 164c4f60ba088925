import type { PayloadRequest } from 'payload'

import { DEFAULT_PASS_SETTINGS, type PassSettings } from './pricing'

/** The fee settings in force (the `pass-settings` global), with the procedure's defaults. */
export async function readPassSettings(req: PayloadRequest): Promise<PassSettings> {
  const stored = await req.payload.findGlobal({ slug: 'pass-settings', req, overrideAccess: true, depth: 0 })
  return {
    freePassesPerMember: stored?.freePassesPerMember ?? DEFAULT_PASS_SETTINGS.freePassesPerMember,
    extraPassFee: stored?.extraPassFee ?? DEFAULT_PASS_SETTINGS.extraPassFee,
    currency: stored?.currency || DEFAULT_PASS_SETTINGS.currency,
  }
}
