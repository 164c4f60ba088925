import type { CollectionAfterChangeHook } from 'payload'

import { queueNotification } from '@/domain/notifications/queueNotification'
import { readEstate } from '@/domain/estates/readEstate'
import { idOf } from '@/domain/relations'
import { pleaseSignEmail } from '@/domain/subscriptions/letters'
import type { Supplier } from '@/domain/subscriptions/workflow'
import { recipientLang } from '@/errors/catalogue'

/**
 * SUB-3: once customer service has confirmed the title and price with the supplier, the
 * household's portal accounts are asked by e-mail (the outbox, GEN-4) to sign the letter.
 */
export const askResidentsToSign: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update') return doc
  if (doc.status !== 'confirmed-by-supplier' || previousDoc?.status === doc.status) return doc
  const household = idOf(doc.household as number | { id: number })
  const [residents, publication, unit] = await Promise.all([
    req.payload.find({
      collection: 'residents',
      where: { household: { equals: household } },
      depth: 0,
      limit: 20,
      req,
      overrideAccess: true,
    }),
    req.payload.findByID({
      collection: 'publications',
      id: idOf(doc.publication as number | { id: number }),
      depth: 0,
      req,
      overrideAccess: true,
    }),
    req.payload
      .findByID({
        collection: 'households',
        id: household,
        depth: 0,
        joins: false,
        req,
        overrideAccess: true,
      })
      .then((h) => h.unit),
  ])
  const estate = await readEstate(req, doc.estate)
  for (const resident of residents.docs) {
    const lang = recipientLang(resident.language)
    const message = pleaseSignEmail(
      {
        unit,
        title: publication.title,
        supplier: doc.supplier as Supplier,
        supplierName: publication.supplierName,
        startDate: doc.startDate,
        endDate: doc.endDate,
        months: doc.months,
        monthlyFee: doc.monthlyFee,
        currency: doc.currency,
      },
      lang,
      estate,
    )
    await queueNotification(
      req,
      { to: resident.email, ...message, estate: estate.id },
      `subscription-sign:${String(doc.id)}:${resident.email}`,
    )
  }
  return doc
}
