import type { CollectionBeforeChangeHook } from 'payload'

import { actorOf, sameRecord } from '@/access/actor'
import { isPaymentMethod, MAX_PASSES_PER_PAYMENT } from '@/domain/payments/rules'
import { idOf } from '@/domain/relations'
import { refuse } from '@/errors/refuse'
import { isRecordId } from '@/server/ids'

type Ref = string | number | { id: string | number }

/**
 * Before anything is read: a new payment names a household of the actor's estate, one or more
 * well-formed pass ids and a method. Malformed ids are a 400 here, never a database error.
 */
export const checkPaymentInput: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const idType = req.payload.db.defaultIDType
  const household = idOf(data.household as Ref | null | undefined)
  if (household === undefined || household === null || household === '') {
    refuse(req, 'payment.household-required', 400)
  }
  if (!isRecordId(household, idType))
    refuse(req, 'request.malformed-id', 400, { id: String(household) })
  const passes: unknown[] = Array.isArray(data.passes) ? data.passes : []
  if (passes.length === 0) refuse(req, 'payment.passes-required', 400)
  if (passes.length > MAX_PASSES_PER_PAYMENT) {
    refuse(req, 'payment.too-many-passes', 400, { max: MAX_PASSES_PER_PAYMENT })
  }
  for (const pass of passes) {
    const id = idOf(pass as Ref)
    if (!isRecordId(id, idType)) refuse(req, 'request.malformed-id', 400, { id: String(id) })
  }
  if (!isPaymentMethod(data.method)) refuse(req, 'payment.method-invalid', 400)
  // A household of another estate is answered as unknown, like one that does not exist.
  const found = await req.payload
    .findByID({
      collection: 'households',
      id: household,
      depth: 0,
      select: { estate: true },
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)
  const actor = actorOf(req)
  const elsewhere =
    found &&
    actor.kind === 'staff' &&
    !actor.allEstates &&
    !sameRecord(actor.estate, idOf(found.estate))
  if (!found || elsewhere) refuse(req, 'payment.household-unknown', 404)
  data.household = found.id
  data.passes = passes.map((p) => idOf(p as Ref))
  return data
}
