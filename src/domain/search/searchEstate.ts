import type { PayloadRequest, Where } from 'payload'

import { actorOf, type RecordId } from '@/access/actor'
import { idOf } from '@/domain/relations'
import { refuse } from '@/errors/refuse'

export const SEARCH_MIN_LENGTH = 2
export const SEARCH_MAX_LENGTH = 50
export const SEARCH_LIMIT = 10

export type SearchHit = { id: RecordId; title: string; detail: string; href: string }
export type SearchResults = { households: SearchHit[]; members: SearchHit[]; passes: SearchHit[] }

// A Chinese name may be a single character (陳); anything else needs two.
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/
// Control characters (NUL breaks PostgreSQL text) are never part of a unit, name, phone or number.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/

/** The query as typed, or a coded refusal: too short, too long, or not text. Pure. */
export function readSearchQuery(raw: string | null):
  | { ok: true; q: string }
  | {
      ok: false
      code: 'search.query-too-short' | 'search.query-too-long' | 'search.query-invalid'
    } {
  const q = (raw ?? '').trim()
  if (CONTROL.test(q)) return { ok: false, code: 'search.query-invalid' }
  if (q.length > SEARCH_MAX_LENGTH) return { ok: false, code: 'search.query-too-long' }
  if (q.length < SEARCH_MIN_LENGTH && !(q.length === 1 && CJK.test(q))) {
    return { ok: false, code: 'search.query-too-short' }
  }
  return { ok: true, q }
}

/**
 * One box across the estate: units, members' names (households keep them in `memberNames`),
 * residents' phone numbers and pass numbers. Everything is read as the staff member
 * (`overrideAccess: false`), so the estate and need-to-know are the collections' read access.
 * Residents, kiosks and anonymous callers are refused.
 */
export async function searchEstate(
  req: PayloadRequest,
  raw: string | null,
): Promise<SearchResults> {
  const actor = actorOf(req)
  if (actor.kind === 'anonymous') refuse(req, 'request.forbidden', 403)
  if (actor.kind !== 'staff' || actor.estate === null) refuse(req, 'search.staff-only', 403)
  const query = readSearchQuery(raw)
  if (!query.ok) {
    refuse(req, query.code, 400, { min: SEARCH_MIN_LENGTH, max: SEARCH_MAX_LENGTH })
  }
  const { q } = query
  const asUser = { user: req.user, overrideAccess: false, req, depth: 0 } as const
  const like = { like: q }

  const phoneHouseholds = await req.payload
    .find({
      collection: 'residents',
      where: { phone: like },
      limit: SEARCH_LIMIT,
      select: { household: true },
      ...asUser,
    })
    .then((found) => found.docs.map((doc) => idOf(doc.household)))
    // A role that may not read residents, or their phone numbers (the query on a field it may not
    // read is refused), finds no one by phone.
    .catch(() => [])

  const householdWhere: Where = {
    or: [
      { unit: like },
      { memberNames: like },
      ...(phoneHouseholds.length
        ? [{ id: { in: phoneHouseholds.filter((id) => id !== undefined) } }]
        : []),
    ],
  }
  const [households, members, passes] = await Promise.all([
    req.payload.find({
      collection: 'households',
      where: householdWhere,
      limit: SEARCH_LIMIT,
      sort: 'unit',
      select: { unit: true, status: true, memberNames: true },
      ...asUser,
    }),
    req.payload.find({
      collection: 'members',
      where: { name: like },
      limit: SEARCH_LIMIT,
      sort: 'name',
      select: { name: true, household: true },
      ...asUser,
    }),
    req.payload.find({
      collection: 'passes',
      where: { number: like },
      limit: SEARCH_LIMIT,
      sort: 'number',
      select: { number: true, status: true, household: true },
      ...asUser,
    }),
  ])

  // Units of the members' and passes' households, read as the user too.
  const householdIds = [...members.docs, ...passes.docs]
    .map((doc) => idOf(doc.household as RecordId))
    .filter((id): id is RecordId => id !== undefined)
  const units = new Map<string, string>()
  if (householdIds.length) {
    const found = await req.payload.find({
      collection: 'households',
      where: { id: { in: [...new Set(householdIds.map(String))] } },
      limit: householdIds.length,
      pagination: false,
      select: { unit: true },
      ...asUser,
    })
    for (const doc of found.docs) units.set(String(doc.id), doc.unit)
  }
  const unitOf = (household: unknown) => units.get(String(idOf(household as RecordId))) ?? ''

  return {
    households: households.docs.map((doc) => ({
      id: doc.id,
      title: doc.unit,
      detail: doc.memberNames ?? '',
      href: `/admin/collections/households/${doc.id}`,
    })),
    members: members.docs.map((doc) => ({
      id: doc.id,
      title: doc.name,
      detail: unitOf(doc.household),
      href: `/admin/collections/members/${doc.id}`,
    })),
    passes: passes.docs.map((doc) => ({
      id: doc.id,
      title: doc.number ?? '',
      detail: unitOf(doc.household),
      href: `/admin/collections/passes/${doc.id}`,
    })),
  }
}
