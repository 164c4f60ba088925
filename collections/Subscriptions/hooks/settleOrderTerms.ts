import type { CollectionBeforeChangeHook } from 'payload'

import { sameRecord } from '@/access/actor'
import { readEstate } from '@/domain/estates/readEstate'
import { idOf } from '@/domain/relations'
import {
  firstDayOf,
  lastDayOf,
  lastMonthOf,
  monthIn,
  addMonths,
} from '@/domain/subscriptions/months'
import { invalidField, refuse } from '@/errors/refuse'

type Id = number | string
const TERMS = ['publication', 'months', 'startDate', 'confirmedMonthlyPrice'] as const

const changed = (
  data: Record<string, unknown>,
  original: Record<string, unknown> | undefined,
  field: string,
) => {
  if (data[field] === undefined) return false
  const before = original?.[field]
  const after = data[field]
  if (field === 'publication') return !sameRecord(idOf(after as Id), idOf(before as Id))
  if (field === 'startDate') {
    return String(after ?? '').slice(0, 10) !== String(before ?? '').slice(0, 10)
  }
  return (after ?? null) !== (before ?? null)
}

/**
 * SUB-2, SUB-3: the terms of an order. The monthly fee is the server's: the title's monthly price
 * when ordered, the price the supplier confirmed when customer service records it. The period runs
 * by calendar months in the estate's time zone, from the month of `startDate` (next month if none
 * is given, never before this month). Once the supplier has confirmed, the title, period, start and
 * price are those of the letter the resident signs: they no longer change.
 */
export const settleOrderTerms: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
  collection,
}) => {
  const where = { collection: collection.slug }
  if (operation === 'update') {
    const touched = TERMS.filter((field) => changed(data, originalDoc, field))
    if (touched.length === 0) return data
    if (originalDoc?.status !== 'requested') {
      throw invalidField(req, where, touched[0]!, 'subscription.locked')
    }
  }
  const estate = await readEstate(req, data.estate ?? originalDoc?.estate)
  const publicationId = idOf((data.publication ?? originalDoc?.publication) as Id)
  if (operation === 'create' || changed(data, originalDoc, 'publication')) {
    const publication = await req.payload.findByID({
      collection: 'publications',
      id: publicationId,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!publication) throw invalidField(req, where, 'publication', 'publication.not-offered')
    if (!sameRecord(idOf(publication.estate), estate.id)) refuse(req, 'estate.forbidden', 403)
    if (!publication.available) {
      throw invalidField(req, where, 'publication', 'publication.not-offered')
    }
    data.supplier = publication.supplier
    data.monthlyFee = publication.monthlyPrice
    data.currency = estate.currency
    // Without a household the order is refused by its required field, after this hook.
    const householdId = idOf((data.household ?? originalDoc?.household) as Id | undefined)
    const household =
      householdId === undefined || householdId === null
        ? null
        : await req.payload.findByID({
            collection: 'households',
            id: householdId,
            depth: 0,
            joins: false,
            select: { unit: true },
            req,
            overrideAccess: true,
            disableErrors: true,
          })
    data.summary = `${household?.unit ?? ''} · ${publication.title}`
  }
  if (typeof data.confirmedMonthlyPrice === 'number') data.monthlyFee = data.confirmedMonthlyPrice

  const thisMonth = monthIn(estate.timeZone)
  const given = data.startDate ?? originalDoc?.startDate
  let start: string
  if (given === undefined || given === null || given === '') start = addMonths(thisMonth, 1)
  else {
    const at = new Date(given as string)
    if (Number.isNaN(at.getTime())) {
      throw invalidField(req, where, 'startDate', 'subscription.month-format')
    }
    start = monthIn(estate.timeZone, at)
  }
  if (operation === 'create' || changed(data, originalDoc, 'startDate')) {
    if (start < thisMonth) {
      throw invalidField(req, where, 'startDate', 'subscription.start-past', { month: thisMonth })
    }
  }
  const months = (data.months ?? originalDoc?.months) as number
  data.startDate = firstDayOf(start)
  // `months` is checked by its field (1 or more, whole); an invalid one leaves the end unset here.
  if (Number.isInteger(months) && months >= 1) data.endDate = lastDayOf(lastMonthOf(start, months))
  return data
}
