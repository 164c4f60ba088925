import type { PayloadRequest } from 'payload'

import { idOf } from '@/domain/relations'

export const DEFAULT_COMPLAINT_RESPONSE_HOURS = 24
export const DEFAULT_COMPLAINT_AUTO_CLOSE_DAYS = 7

/** The estate's complaint deadlines (estate-settings), with the defaults where unset. */
export async function complaintSettings(req: PayloadRequest, estate: unknown) {
  const { docs } = await req.payload.find({
    collection: 'estate-settings',
    where: { estate: { equals: idOf(estate as number) } },
    limit: 1,
    depth: 0,
    select: { complaintResponseHours: true, complaintAutoCloseDays: true },
    req,
    overrideAccess: true,
  })
  return {
    responseHours: docs[0]?.complaintResponseHours ?? DEFAULT_COMPLAINT_RESPONSE_HOURS,
    autoCloseDays: docs[0]?.complaintAutoCloseDays ?? DEFAULT_COMPLAINT_AUTO_CLOSE_DAYS,
  }
}
