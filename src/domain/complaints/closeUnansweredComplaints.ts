import { createLocalReq, type Payload } from 'payload'

import { idOf } from '@/domain/relations'
import { asOperation } from '@/domain/workflow/defineWorkflow'
import { DEFAULT_COMPLAINT_AUTO_CLOSE_DAYS } from './settings'

/**
 * Deadlines: a complaint left in `awaiting-acceptance` for the estate's days (7 by default) is
 * closed by the `auto-close` operation, its closing recorded as the resident's silence
 * (`closedHow: no-answer`, and a note on the move). `now` is the clock the rule reads.
 */
export async function closeUnansweredComplaints(payload: Payload, { now = new Date() } = {}) {
  const settings = await payload.find({
    collection: 'estate-settings',
    limit: 1000,
    depth: 0,
    select: { estate: true, complaintAutoCloseDays: true },
    overrideAccess: true,
  })
  let closed = 0
  for (const row of settings.docs) {
    const days = row.complaintAutoCloseDays ?? DEFAULT_COMPLAINT_AUTO_CLOSE_DAYS
    const cutoff = new Date(now.getTime() - days * 24 * 3600_000).toISOString()
    const { docs } = await payload.find({
      collection: 'complaints',
      where: {
        estate: { equals: idOf(row.estate) },
        status: { equals: 'awaiting-acceptance' },
        awaitingSince: { less_than_equal: cutoff },
      },
      limit: 1000,
      depth: 0,
      select: { status: true },
      overrideAccess: true,
    })
    for (const doc of docs) {
      const req = await createLocalReq({}, payload)
      // Each is re-read by the update's guard: one the resident answered meanwhile is left alone.
      const result = await payload.update({
        collection: 'complaints',
        where: { id: { equals: doc.id }, status: { equals: 'awaiting-acceptance' } },
        data: { status: 'closed' },
        req,
        context: asOperation('auto-close', `No answer from the resident in ${days} days`),
        overrideAccess: true,
      })
      closed += result.docs.length
    }
  }
  return closed
}
