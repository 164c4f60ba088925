import type { CollectionAfterChangeHook } from 'payload'

import type { Complaint } from '@payload-types'
import { complaintNumber } from '@/domain/complaints/rules'
import { readEstate } from '@/domain/estates/readEstate'

/**
 * CMP-1: the server gives a new complaint its readable number from the estate's code and the
 * record's id, so two complaints saved at the same moment can never share one. Written straight
 * to the row (no second version, no hooks) inside the same request.
 */
export const assignComplaintNumber: CollectionAfterChangeHook<Complaint> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || doc.number) return doc
  // The estate the other hooks of this request read already (its time zone).
  const estate = await readEstate(req, doc.estate)
  const number = complaintNumber(estate.code, doc.id)
  // By id and without reading the row back: one UPDATE.
  await req.payload.db.updateOne({
    collection: 'complaints',
    id: doc.id,
    data: { number },
    req,
    returning: false,
  })
  doc.number = number
  return doc
}
