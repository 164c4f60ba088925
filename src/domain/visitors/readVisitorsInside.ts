import type { Payload, PayloadRequest, Where } from 'payload'

import type { RecordId } from '@/access/actor'
import { idOf } from '@/domain/relations'
import type { VisitorPassUse, VisitorRequest } from '../../../payload-types'
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

/** A visitor inside as a board or the inside list shows them: may this reader check them out? */
export type InsideVisitor = VisitorInside & { canCheckOut: boolean }

/** The fields of a request inside that a list shows (`moves` says whether it may be checked out). */
export const REQUEST_INSIDE_FIELDS = {
  surname: true,
  organisation: true,
  plate: true,
  hostHousehold: true,
  hostDepartment: true,
  status: true,
  moves: true,
  checkedInAt: true,
  createdAt: true,
} as const
const USE_FIELDS = { pass: true, usedAt: true, place: true } as const

type RequestInside = Pick<
  VisitorRequest,
  | 'id'
  | 'surname'
  | 'organisation'
  | 'plate'
  | 'hostHousehold'
  | 'hostDepartment'
  | 'status'
  | 'moves'
  | 'checkedInAt'
  | 'createdAt'
>
type UseInside = Pick<VisitorPassUse, 'id' | 'pass' | 'usedAt' | 'place'>

/** The departments whose name, in either language, holds the words searched for. */
const departmentsNamed = (q: string) => {
  const words = q.toLowerCase()
  return Object.entries(HOST_DEPARTMENT_LABELS)
    .filter(([, label]) => `${label.en} ${label['zh-TW']}`.toLowerCase().includes(words))
    .map(([value]) => value)
}

/**
 * The requests of an estate whose visitor is inside (checked in, not out), those matching `q` by
 * surname, organisation, plate, host unit or host department when it is given.
 */
export function requestsInsideWhere(estate: RecordId, q?: string): Where {
  const like = { like: q }
  const departments = q ? departmentsNamed(q) : []
  return {
    and: [
      { estate: { equals: estate } },
      { status: { equals: 'checked-in' } },
      ...(q
        ? [
            {
              or: [
                { surname: like },
                { organisation: like },
                { plate: like },
                { 'hostHousehold.unit': like },
                ...(departments.length ? [{ hostDepartment: { in: departments } }] : []),
              ],
            },
          ]
        : []),
    ],
  }
}

/**
 * The visitor pass uses of an estate not checked out, those whose pass names a visitor or host
 * unit matching `q` when it is given.
 */
export function passUsesInsideWhere(estate: RecordId, q?: string): Where {
  const like = { like: q }
  return {
    and: [
      { estate: { equals: estate } },
      { checkedOutAt: { exists: false } },
      ...(q ? [{ or: [{ 'pass.visitorName': like }, { 'pass.household.unit': like }] }] : []),
    ],
  }
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

/** The units of some households, in one query by id. */
async function unitsOf(
  payload: Payload,
  households: (RecordId | { id: RecordId } | null | undefined)[],
  req?: PayloadRequest,
) {
  const ids = distinctIds(households)
  if (ids.length === 0) return new Map<string, string>()
  const found = await payload.find({
    collection: 'households',
    where: { id: { in: ids } },
    limit: ids.length,
    pagination: false,
    depth: 0,
    select: { unit: true },
    req,
    overrideAccess: true,
  })
  return new Map(found.docs.map((h) => [String(h.id), h.unit]))
}

/** The passes of some uses (visitor's name and household), in one query by id. */
async function passesOf(payload: Payload, uses: UseInside[], req?: PayloadRequest) {
  const ids = distinctIds(uses.map((use) => use.pass))
  if (ids.length === 0) return new Map<string, { visitorName: string; household: unknown }>()
  const found = await payload.find({
    collection: 'visitor-passes',
    where: { id: { in: ids } },
    limit: ids.length,
    pagination: false,
    depth: 0,
    select: { visitorName: true, household: true },
    req,
    overrideAccess: true,
  })
  return new Map(found.docs.map((pass) => [String(pass.id), pass]))
}

/**
 * Requests and pass uses (read flat, at depth 0) as visitors inside: their passes and every host
 * unit come in one query each, by id — a fixed number of queries whatever the number of rows.
 */
export async function describeVisitorsInside(
  payload: Payload,
  { requests, uses }: { requests: RequestInside[]; uses: UseInside[] },
  { mayCheckOutPassVisitors, req }: { mayCheckOutPassVisitors: boolean; req?: PayloadRequest },
): Promise<{ requests: InsideVisitor[]; passes: InsideVisitor[] }> {
  const passes = await passesOf(payload, uses, req)
  const units = await unitsOf(
    payload,
    [
      ...requests.map((r) => r.hostHousehold),
      ...[...passes.values()].map((p) => p.household as RecordId),
    ],
    req,
  )
  const unitOf = (household: unknown) => {
    const id = idOf(household as RecordId)
    return id === undefined || id === null ? null : (units.get(String(id)) ?? null)
  }
  return {
    requests: requests.map((v) => ({
      kind: 'request' as const,
      id: v.id,
      name: v.surname,
      organisation: v.organisation ?? null,
      plate: v.plate ?? null,
      hostUnit: unitOf(v.hostHousehold),
      hostDepartment: v.hostDepartment ? HOST_DEPARTMENT_LABELS[v.hostDepartment] : null,
      checkedInAt: v.checkedInAt ?? v.createdAt,
      place: 'gate' as const,
      canCheckOut: Array.isArray(v.moves) && v.moves.some((m) => m?.to === 'checked-out'),
    })),
    passes: uses.map((use) => {
      const pass = passes.get(String(idOf(use.pass)))
      return {
        kind: 'pass' as const,
        id: use.id,
        name: pass?.visitorName ?? '',
        organisation: null,
        plate: null,
        hostUnit: pass ? unitOf(pass.household) : null,
        hostDepartment: null,
        checkedInAt: use.usedAt,
        place: use.place ?? null,
        canCheckOut: mayCheckOutPassVisitors,
      }
    }),
  }
}

/**
 * VIS-5: ALL the visitors of an estate checked in and not out, by request (status `checked-in`)
 * and by visitor pass (uses not checked out), oldest first: the end-of-day list, its printout and
 * its e-mail, which must name everyone. Not for the boards (they show a bounded slice and the
 * count, and page through the rest: `findVisitorsInside`). Server code: callers have already
 * decided that the reader may see the estate's visitors (the boards' roles, the report job).
 */
export async function readVisitorsInside(
  payload: Payload,
  estate: RecordId,
  req?: PayloadRequest,
): Promise<VisitorInside[]> {
  const [requests, uses] = await Promise.all([
    payload.find({
      collection: 'visitor-requests',
      where: requestsInsideWhere(estate),
      sort: 'checkedInAt',
      pagination: false,
      depth: 0,
      select: REQUEST_INSIDE_FIELDS,
      req,
      overrideAccess: true,
    }),
    payload.find({
      collection: VISITOR_PASS_USES,
      where: passUsesInsideWhere(estate),
      sort: 'usedAt',
      pagination: false,
      depth: 0,
      select: USE_FIELDS,
      req,
      overrideAccess: true,
    }),
  ])
  const inside = await describeVisitorsInside(
    payload,
    { requests: requests.docs, uses: uses.docs },
    { mayCheckOutPassVisitors: false, req },
  )
  return [...inside.requests, ...inside.passes]
    .map(({ canCheckOut: _, ...visitor }) => visitor)
    .sort((a, b) => a.checkedInAt.localeCompare(b.checkedInAt))
}

/** Reading visitors inside for a staff member: requests as them, pass uses by their estate. */
type InsideReader = { req: PayloadRequest; estate: RecordId; mayCheckOutPassVisitors: boolean }

const asReader = (req: PayloadRequest) =>
  ({ req, user: req.user, overrideAccess: false, depth: 0 }) as const

/**
 * How many visitors are inside (requests checked in, pass uses not checked out) and the latest
 * `shown` of them, newest first: what the boards carry, two counts and four small queries however
 * many are inside.
 */
export async function readLatestVisitorsInside(
  { req, estate, mayCheckOutPassVisitors }: InsideReader,
  shown: number,
): Promise<{ count: number; latest: InsideVisitor[] }> {
  const { payload } = req
  const [requestCount, useCount, requests, uses] = await Promise.all([
    payload.count({
      collection: 'visitor-requests',
      where: requestsInsideWhere(estate),
      ...asReader(req),
    }),
    payload.count({
      collection: VISITOR_PASS_USES,
      where: passUsesInsideWhere(estate),
      req,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'visitor-requests',
      where: requestsInsideWhere(estate),
      sort: '-checkedInAt',
      limit: shown,
      pagination: false,
      select: REQUEST_INSIDE_FIELDS,
      ...asReader(req),
    }),
    payload.find({
      collection: VISITOR_PASS_USES,
      where: passUsesInsideWhere(estate),
      sort: '-usedAt',
      limit: shown,
      pagination: false,
      depth: 0,
      select: USE_FIELDS,
      req,
      overrideAccess: true,
    }),
  ])
  // The newest of both, then only those shown are described (their passes and units read).
  const times = [
    ...requests.docs.map((doc) => doc.checkedInAt ?? doc.createdAt),
    ...uses.docs.map((doc) => doc.usedAt),
  ].sort((x, y) => y.localeCompare(x))
  const oldestShown = times[Math.min(shown, times.length) - 1] ?? ''
  const described = await describeVisitorsInside(
    payload,
    {
      requests: requests.docs.filter((doc) => (doc.checkedInAt ?? doc.createdAt) >= oldestShown),
      uses: uses.docs.filter((doc) => doc.usedAt >= oldestShown),
    },
    { mayCheckOutPassVisitors, req },
  )
  return {
    count: requestCount.totalDocs + useCount.totalDocs,
    latest: [...described.requests, ...described.passes]
      .sort((a, b) => b.checkedInAt.localeCompare(a.checkedInAt))
      .slice(0, shown),
  }
}

/**
 * One page of the visitors inside matching `q`: those let in on a request first (few), then those
 * with a visitor pass, each newest first. Two counts, then at most one page of requests and two
 * of pass uses (a page may straddle them), then their passes and units.
 */
export async function readVisitorsInsidePage(
  { req, estate, mayCheckOutPassVisitors }: InsideReader,
  { page, pageSize, q }: { page: number; pageSize: number; q?: string },
) {
  const { payload } = req
  const requestsWhere = requestsInsideWhere(estate, q)
  const usesWhere = passUsesInsideWhere(estate, q)
  const [requestCount, useCount] = await Promise.all([
    payload.count({ collection: 'visitor-requests', where: requestsWhere, ...asReader(req) }),
    payload.count({ collection: VISITOR_PASS_USES, where: usesWhere, req, overrideAccess: true }),
  ])
  const requestTotal = requestCount.totalDocs
  const count = requestTotal + useCount.totalDocs
  const start = (page - 1) * pageSize
  const requests =
    start < requestTotal
      ? (
          await payload.find({
            collection: 'visitor-requests',
            where: requestsWhere,
            sort: ['-checkedInAt', '-id'],
            limit: pageSize,
            page,
            pagination: false,
            select: REQUEST_INSIDE_FIELDS,
            ...asReader(req),
          })
        ).docs
      : []
  // The pass uses from `useStart`, read by whole pages of `pageSize` (Payload pages by offset).
  const wanted = pageSize - requests.length
  const useStart = Math.max(0, start - requestTotal)
  const uses: UseInside[] = []
  if (wanted > 0 && useStart < useCount.totalDocs) {
    const firstPage = Math.floor(useStart / pageSize) + 1
    const skip = useStart % pageSize
    const pages = skip + wanted > pageSize ? [firstPage, firstPage + 1] : [firstPage]
    const read = await Promise.all(
      pages.map((p) =>
        payload.find({
          collection: VISITOR_PASS_USES,
          where: usesWhere,
          sort: ['-usedAt', '-id'],
          limit: pageSize,
          page: p,
          pagination: false,
          depth: 0,
          select: USE_FIELDS,
          req,
          overrideAccess: true,
        }),
      ),
    )
    uses.push(...read.flatMap((r) => r.docs).slice(skip, skip + wanted))
  }
  const described = await describeVisitorsInside(
    payload,
    { requests, uses },
    { mayCheckOutPassVisitors, req },
  )
  return {
    count,
    page,
    pages: Math.max(1, Math.ceil(count / pageSize)),
    pageSize,
    q: q ?? '',
    visitors: [...described.requests, ...described.passes],
  }
}
