import type { Payload, PayloadRequest } from 'payload'

import type { RecordId } from '@/access/actor'
import { VISITOR_PASS_USES } from '../../../collections/VisitorPassUses'
import { HOST_DEPARTMENT_LABELS } from './transitions'

/** One visitor inside: admitted at the gate on a request, or checked in with a visitor pass. */
export type VisitorInside = {
  kind: 'request' | 'pass'
  /** The request's id, or the pass use's (what the guard checks out). */
  id: string | number
  name: string
  organisation: string | null
  plate: string | null
  hostUnit: string | null
  hostDepartment: { en: string; 'zh-TW': string } | null
  checkedInAt: string
  place: 'gate' | 'kiosk' | null
}

/**
 * VIS-5: the visitors of an estate checked in and not out, by request (status `checked-in`) and
 * by visitor pass (uses not checked out), oldest first. Server code: callers have already decided
 * that the reader may see the estate's visitors (the boards' roles, the report job).
 */
export async function readVisitorsInside(
  payload: Payload,
  estate: RecordId,
  req?: PayloadRequest,
): Promise<VisitorInside[]> {
  const [requests, passes] = await Promise.all([
    readRequestVisitorsInside(payload, estate, req),
    readPassVisitorsInside(payload, estate, req),
  ])
  return [...requests, ...passes].sort((a, b) => a.checkedInAt.localeCompare(b.checkedInAt))
}

async function readRequestVisitorsInside(
  payload: Payload,
  estate: RecordId,
  req?: PayloadRequest,
): Promise<VisitorInside[]> {
  const requests = await payload.find({
    collection: 'visitor-requests',
    where: { estate: { equals: estate }, status: { equals: 'checked-in' } },
    sort: 'checkedInAt',
    limit: 1000,
    depth: 1,
    populate: { households: { unit: true } },
    req,
    overrideAccess: true,
  })
  return requests.docs.map((v) => ({
    kind: 'request' as const,
    id: v.id,
    name: v.surname,
    organisation: v.organisation ?? null,
    plate: v.plate ?? null,
    hostUnit: v.hostHousehold && typeof v.hostHousehold === 'object' ? v.hostHousehold.unit : null,
    hostDepartment: v.hostDepartment ? HOST_DEPARTMENT_LABELS[v.hostDepartment] : null,
    checkedInAt: v.checkedInAt ?? v.createdAt,
    place: 'gate' as const,
  }))
}

/** VIS-5: visitors checked in with a visitor pass and not checked out, oldest first. */
export async function readPassVisitorsInside(
  payload: Payload,
  estate: RecordId,
  req?: PayloadRequest,
): Promise<VisitorInside[]> {
  const uses = await payload.find({
    collection: VISITOR_PASS_USES,
    where: { estate: { equals: estate }, checkedOutAt: { exists: false } },
    sort: 'usedAt',
    limit: 1000,
    depth: 2,
    populate: {
      'visitor-passes': { visitorName: true, household: true },
      households: { unit: true },
    },
    req,
    overrideAccess: true,
  })
  return uses.docs.map((use) => {
    const pass = typeof use.pass === 'object' ? use.pass : null
    const household = pass && typeof pass.household === 'object' ? pass.household : null
    return {
      kind: 'pass' as const,
      id: use.id,
      name: pass?.visitorName ?? '',
      organisation: null,
      plate: null,
      hostUnit: household?.unit ?? null,
      hostDepartment: null,
      checkedInAt: use.usedAt,
      place: use.place ?? null,
    }
  })
}
