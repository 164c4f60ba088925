import type { PayloadRequest } from 'payload'

import { actorOf } from '@/access/actor'
import { reachQuery } from '@/access/estate'
import { VISITOR_DESK } from '@/access/roles'
import { SEARCH_MAX_LENGTH } from '@/domain/search/searchEstate'
import { refuse } from '@/errors/refuse'
import { mayCheckOutPassVisitors } from './checkOutPassVisitor'
import { readVisitorsInsidePage } from './readVisitorsInside'

/** The inside list's page size, and its last page (20,000 visitors inside is far beyond a gate). */
export const INSIDE_PAGE_SIZE = 20
export const INSIDE_MAX_PAGE = 1000

// Control characters (NUL breaks PostgreSQL text) are never part of a name, unit or plate.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/

/** The page asked for: absent is the first, else a whole number from 1 to the last. Pure. */
export function readInsidePage(raw: string | null): number | null {
  if (raw === null || raw === '') return 1
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null
  const page = Number(raw)
  return page <= INSIDE_MAX_PAGE ? page : null
}

/** The words searched for, trimmed (empty is everyone), or why they cannot be. Pure. */
export function readInsideSearch(
  raw: string | null,
):
  | { ok: true; q: string | undefined }
  | { ok: false; code: 'search.query-too-long' | 'search.query-invalid' } {
  const q = (raw ?? '').trim()
  if (CONTROL.test(q)) return { ok: false, code: 'search.query-invalid' }
  if (q.length > SEARCH_MAX_LENGTH) return { ok: false, code: 'search.query-too-long' }
  return { ok: true, q: q || undefined }
}

/**
 * VIS-5: the visitors inside an estate, a page at a time, found by name, organisation, plate or
 * host (unit or department): how a guard finds anyone inside to check them out when the boards
 * show only the latest. The same readers as the boards (the visitor desk's roles of the estate);
 * requests are read as them, pass uses by their estate (the reach query); residents, kiosks and
 * other staff are refused. A bad page or search is a 400 with a message.
 */
export async function findVisitorsInside(
  req: PayloadRequest,
  raw: { page: string | null; q: string | null },
) {
  const actor = actorOf(req)
  const reach = reachQuery(actor, { staff: VISITOR_DESK })
  if (reach === false || actor.kind !== 'staff' || actor.estate === null) {
    refuse(req, 'visitors.inside-desk-only', 403)
  }
  const page = readInsidePage(raw.page)
  if (page === null) refuse(req, 'visitors.inside-page', 400, { max: INSIDE_MAX_PAGE })
  const search = readInsideSearch(raw.q)
  if (!search.ok) refuse(req, search.code, 400, { max: SEARCH_MAX_LENGTH })
  return readVisitorsInsidePage(
    { req, estate: actor.estate, mayCheckOutPassVisitors: mayCheckOutPassVisitors(actor) },
    { page, pageSize: INSIDE_PAGE_SIZE, q: search.q },
  )
}
