import type { PayloadRequest } from 'payload'

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

/** The estate's complaint deadlines (estate-settings), with the defaults where unset. */
export async function complaintSettings(req: PayloadRequest, estate: unknown) {
  const { docs } = await req.payload.find({
    collection: 'estate-settings',
    where: { estate: { equals: idOf(estate as number) } },
    limit: 1,
    depth: 0,
    select: COMPLAINT_SETTINGS_SELECT,
    req,
    overrideAccess: true,
  })
  return complaintDeadlineSettings(docs[0] as StoredComplaintSettings | undefined)
}
