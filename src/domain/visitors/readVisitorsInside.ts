import type { Payload, PayloadRequest } from 'payload'

import type { RecordId } from '@/access/actor'
import { idOf } from '@/domain/relations'
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

/** The distinct ids of a list of relationship values (depth 0). */
const distinctIds = (values: (RecordId | { id: RecordId } | null | undefined)[]) => [
  ...new Map(
    values.flatMap((value) => {
      const id = idOf(value)
      return id === undefined || id === null ? [] : [[String(id), id] as const]
    }),
  ).values(),
]

/**
 * VIS-5: visitors checked in with a visitor pass and not checked out, oldest first. Every board
 * read asks for it: the uses are read flat (the fields shown only), then their passes and those
 * passes' units in one query each, by id — three small queries whatever the number inside.
 */
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
    depth: 0,
    select: { pass: true, usedAt: true, place: true },
    req,
    overrideAccess: true,
  })
  if (uses.docs.length === 0) return []
  const passIds = distinctIds(uses.docs.map((use) => use.pass))
  const passes = await payload.find({
    collection: 'visitor-passes',
    where: { id: { in: passIds } },
    limit: passIds.length,
    pagination: false,
    depth: 0,
    select: { visitorName: true, household: true },
    req,
    overrideAccess: true,
  })
  const householdIds = distinctIds(passes.docs.map((pass) => pass.household))
  const households = householdIds.length
    ? await payload.find({
        collection: 'households',
        where: { id: { in: householdIds } },
        limit: householdIds.length,
        pagination: false,
        depth: 0,
        select: { unit: true },
        req,
        overrideAccess: true,
      })
    : { docs: [] }
  const passById = new Map(passes.docs.map((pass) => [String(pass.id), pass]))
  const unitById = new Map(households.docs.map((h) => [String(h.id), h.unit]))
  return uses.docs.map((use) => {
    const pass = passById.get(String(idOf(use.pass)))
    const household = pass ? idOf(pass.household) : undefined
    return {
      kind: 'pass' as const,
      id: use.id,
      name: pass?.visitorName ?? '',
      organisation: null,
      plate: null,
      hostUnit:
        household === undefined || household === null
          ? null
          : (unitById.get(String(household)) ?? null),
      hostDepartment: null,
      checkedInAt: use.usedAt,
      place: use.place ?? null,
    }
  })
}
