import type { CollectionAfterChangeHook } from 'payload'

import type { Complaint } from '@payload-types'
import { complaintNumber } from '@/domain/complaints/rules'
import { idOf } from '@/domain/relations'

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
  const estate = await req.payload.findByID({
    collection: 'estates',
    id: idOf(doc.estate)!,
    depth: 0,
    select: { code: true },
    req,
    overrideAccess: true,
  })
  const number = complaintNumber(estate.code, doc.id)
  await req.payload.db.updateOne({
    collection: 'complaints',
    where: { id: { equals: doc.id } },
    data: { number },
    req,
  })
  doc.number = number
  return doc
}
