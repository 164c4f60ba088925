import type {
  Access,
  CollectionBeforeChangeHook,
  CollectionSlug,
  FieldAccess,
  RelationshipField,
  Where,
} from 'payload'

import { knownRecord, noteRecord } from '@/domain/knownRecords'
import { idOf } from '@/domain/relations'
import { refuse } from '@/errors/refuse'

import { type Actor, actorHasRole, actorOf, type RecordId, sameRecord } from './actor'
import type { StaffRole } from './roles'

/**
 * Who may reach an estate's records, and how far. Staff reach their current estate's records
 * (all staff, or only the roles listed); a resident reaches those of their own household (the
 * path names the field holding it), their own record (`self`) or the whole estate's (`estate`);
 * a kiosk its own record or its estate's. Nobody reaches another estate's records.
 */
export type Reach = {
  staff?: 'all' | readonly StaffRole[]
  resident?: 'self' | 'estate' | { household: string }
  kiosk?: 'self' | 'estate'
}

const inEstate = (estate: RecordId, prefix = ''): Where => ({
  [`${prefix}estate`]: { equals: estate },
})

/** The query an actor's reach comes to, or false. Pure: the matrix of who sees what. */
export function reachQuery(actor: Actor, reach: Reach, prefix = ''): Where | false {
  if (actor.kind === 'anonymous' || actor.estate === null) return false
  const estate = inEstate(actor.estate, prefix)
  switch (actor.kind) {
    case 'staff': {
      if (!reach.staff) return false
      if (reach.staff !== 'all' && !actorHasRole(actor, ...reach.staff)) return false
      return estate
    }
    case 'resident': {
      if (!reach.resident) return false
      if (reach.resident === 'estate') return estate
      if (reach.resident === 'self') return { and: [estate, { id: { equals: actor.id } }] }
      // A household lies in one estate and its records take that estate: the household alone
      // says it. (Adding the estate made SQLite pick the estate index, a scan: +10% on the
      // portal's pass list in the bench.)
      const field = `${prefix}${reach.resident.household}`
      return { [field]: { equals: actor.household } }
    }
    case 'kiosk': {
      if (!reach.kiosk) return false
      if (reach.kiosk === 'estate') return estate
      return { and: [estate, { id: { equals: actor.id } }] }
    }
  }
}

/** Read/update/delete access as a query over the estate's records. */
export const estateAccess =
  (reach: Reach): Access =>
  ({ req }) =>
    reachQuery(actorOf(req), reach)

/** The same reach over a collection's versions (whose fields sit under `version.`). */
export const estateVersionsAccess =
  (reach: Reach): Access =>
  ({ req }) =>
    reachQuery(actorOf(req), reach, 'version.')

/**
 * Create access is a yes or no: may this actor create here at all? The record's estate is then
 * the actor's (or its parent's), set by `assignEstate`.
 */
export const estateCreateAccess =
  (reach: Reach): Access =>
  ({ req }) =>
    reachQuery(actorOf(req), reach) !== false

/** Field access for staff holding one of the roles where they work. */
export const estateRolesField =
  (...roles: StaffRole[]): FieldAccess =>
  ({ req }) =>
    actorHasRole(actorOf(req), ...roles)

/**
 * The record's estate. The server sets it (from the acting user, or from the parent record);
 * no client writes it, and it never changes.
 */
export const estateField = (): RelationshipField => ({
  name: 'estate',
  type: 'relationship',
  relationTo: 'estates',
  index: true,
  label: { en: 'Estate', 'zh-TW': '屋苑' },
  access: { create: () => false, update: () => false },
  admin: { readOnly: true, position: 'sidebar', hidden: true },
})

type Parent = {
  field: string
  collection: CollectionSlug
  /** More of the parent's fields that later hooks of the same request use (`knownRecord`). */
  keep?: readonly string[]
}

/**
 * Sets a new record's estate and keeps it. With a parent (a member's household) the record takes
 * the parent's estate; otherwise the one an earlier server hook set (a pass takes its member's),
 * else the acting user's. Whatever it is, it must be the acting user's estate. Server code acting
 * for nobody (seeding, jobs) passes the estate itself. Client values never reach this hook:
 * field access has removed them.
 */
export const assignEstate =
  (parent?: Parent, { optional = false } = {}): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const actor = actorOf(req)
    const parentId = parent ? idOf(data[parent.field] as RecordId | { id: RecordId }) : undefined
    // An update that keeps the parent it was checked with at creation has nothing to read again.
    const keptParent =
      operation === 'update' &&
      parent !== undefined &&
      parentId !== undefined &&
      parentId !== null &&
      idOf(originalDoc?.estate as RecordId | undefined) !== undefined &&
      sameRecord(parentId, idOf(originalDoc?.[parent.field] as RecordId | { id: RecordId }))
    // A resident's own household lies in the resident's estate (a resident takes the estate of
    // their household, and neither ever changes estate): nothing to read for their own records.
    const ownHousehold =
      parent?.collection === 'households' &&
      actor.kind === 'resident' &&
      actor.estate !== null &&
      parentId !== undefined &&
      parentId !== null &&
      sameRecord(parentId, actor.household)
    let estate: RecordId | undefined
    // (Unless the hook keeps more of the household than its estate: then it is read once.)
    if (ownHousehold && !parent?.keep?.length) estate = actor.estate!
    else if (parent && parentId !== undefined && parentId !== null && !keptParent) {
      // A server operation that read the parent in this request has noted its estate.
      const known = knownRecord(req, parent.collection, parentId)
      if (known?.estate !== undefined && (parent.keep ?? []).every((f) => f in known)) {
        estate = idOf(known.estate as RecordId)
      } else {
        const select = Object.fromEntries(['estate', ...(parent.keep ?? [])].map((f) => [f, true]))
        // The adapter's read of a few plain columns: no access, field hooks or population for the
        // server to run on every create (an id of the wrong shape finds nothing, as before).
        const doc = await req.payload.db.findOne<
          { id: RecordId; estate?: RecordId } & Record<string, unknown>
        >({
          collection: parent.collection,
          where: { id: { equals: parentId } },
          select: select as never,
          req,
        })
        estate = idOf(doc?.estate ?? undefined)
        if (doc) noteRecord(req, parent.collection, parentId, doc)
      }
    }
    if (operation === 'update') {
      const stored = idOf(originalDoc?.estate as RecordId | undefined)
      if (estate !== undefined && stored !== undefined && !sameRecord(estate, stored)) {
        refuse(req, 'estate.forbidden', 403)
      }
      data.estate = stored ?? estate
      return data
    }
    estate ??= idOf(data.estate as RecordId | { id: RecordId } | undefined)
    if (actor.kind !== 'anonymous') {
      estate ??= actor.estate ?? undefined
      // An administrator of every estate may act in any (e.g. seeding a new estate's records);
      // the estate is still the server's choice, never a client's.
      const anyEstate = actor.kind === 'staff' && actor.allEstates
      if (estate !== undefined && !anyEstate && !sameRecord(actor.estate, estate)) {
        refuse(req, 'estate.forbidden', 403)
      }
    }
    if (estate === undefined || estate === null) {
      if (optional) return data
      refuse(req, 'estate.required', 400)
    }
    data.estate = estate
    return data
  }
