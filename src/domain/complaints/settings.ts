import type { PayloadRequest } from 'payload'

import type { RecordId } from '@/access/actor'
import { processCache } from '@/domain/processCache'
import { idOf } from '@/domain/relations'
import { COMPLAINT_DEPARTMENTS, type ComplaintDepartment } from './transitions'

export const DEFAULT_COMPLAINT_RESPONSE_HOURS = 24
export const DEFAULT_COMPLAINT_WARN_HOURS = 4
export const DEFAULT_COMPLAINT_AUTO_CLOSE_DAYS = 7

export type ResponseHours = Record<ComplaintDepartment, number>

/** What estate-settings keeps for complaints (any department may be unset: then the default). */
export type StoredComplaintSettings = {
  complaintResponseHours?: Partial<Record<ComplaintDepartment, number | null>> | null
  complaintWarnHours?: number | null
  complaintAutoCloseDays?: number | null
}

/** Each department's response time, the warning lead and the auto-close days, defaults filled in. */
export function complaintDeadlineSettings(row: StoredComplaintSettings | undefined) {
  const stored = row?.complaintResponseHours ?? {}
  const responseHours = Object.fromEntries(
    COMPLAINT_DEPARTMENTS.map((d) => [d, stored[d] ?? DEFAULT_COMPLAINT_RESPONSE_HOURS]),
  ) as ResponseHours
  return {
    responseHours,
    warnHours: row?.complaintWarnHours ?? DEFAULT_COMPLAINT_WARN_HOURS,
    autoCloseDays: row?.complaintAutoCloseDays ?? DEFAULT_COMPLAINT_AUTO_CLOSE_DAYS,
  }
}

export const COMPLAINT_SETTINGS_SELECT = {
  complaintResponseHours: true,
  complaintWarnHours: true,
  complaintAutoCloseDays: true,
} as const

/**
 * How long a process keeps an estate's complaint deadlines: every new complaint needs them, as
 * every pass needs the fee settings. A change made in this process clears them at once
 * (forgetComplaintSettings); another process sees it within this time.
 */
export const COMPLAINT_SETTINGS_TTL_MS = 2_000

type ComplaintDeadlineSettings = ReturnType<typeof complaintDeadlineSettings>

const cache = processCache<ComplaintDeadlineSettings>(
  'complaintSettings',
  COMPLAINT_SETTINGS_TTL_MS,
)

/** Called when an estate or its settings change, so this process reads them afresh. */
export const forgetComplaintSettings = (estate: RecordId) => cache.forget(estate)

/** The estate's complaint deadlines (estate-settings), with the defaults where unset. */
export async function complaintSettings(req: PayloadRequest, estate: unknown) {
  const id = idOf(estate as number)
  if (id === undefined || id === null) return complaintDeadlineSettings(undefined)
  return cache.get(id, async () => {
    const { docs } = await req.payload.find({
      collection: 'estate-settings',
      where: { estate: { equals: id } },
      limit: 1,
      pagination: false,
      depth: 0,
      select: COMPLAINT_SETTINGS_SELECT,
      req,
      overrideAccess: true,
    })
    return complaintDeadlineSettings(docs[0] as StoredComplaintSettings | undefined)
  })
}
