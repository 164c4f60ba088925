import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import type { HomeVisit } from '@payload-types'
import { actorOf } from '@/access/actor'
import { sameValue } from '@/domain/complaints/rules'
import { readEstate } from '@/domain/estates/readEstate'
import { queueNotification } from '@/domain/notifications/queueNotification'
import { idOf } from '@/domain/relations'
import { visitRebookedEmail } from '@/domain/visits/visits'
import { recipientLang } from '@/errors/catalogue'
import { invalidField } from '@/errors/refuse'

const where = { collection: 'home-visits' }
const INPUT = 'visitInput'

export const keepVisitInput: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update') {
    const data = (args as { data?: unknown }).data
    req.context[INPUT] = data && typeof data === 'object' ? { ...(data as object) } : {}
  }
  return args
}

async function checkComplaintOfUnit(req: PayloadRequest, complaint: unknown, household: unknown) {
  const id = idOf(complaint as number)
  if (id === undefined || id === null) return
  const found = await req.payload
    .findByID({ collection: 'complaints', id, depth: 0, req, overrideAccess: true })
    .catch(() => null)
  if (!found || String(idOf(found.household)) !== String(idOf(household as number))) {
    throw invalidField(req, where, 'complaint', 'visit.complaint-other-unit')
  }
}

/**
 * HV-1 … HV-4: a visit names a unit of the register (and, if any, a complaint of that unit); a new
 * time once booked is a rebooking, which needs a reason and is kept (from, to, reason, when the
 * resident was told); "not satisfied" needs a remark and reopens the complaint at once.
 */
export const checkVisit: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const input = (req.context[INPUT] ?? {}) as Record<string, unknown>
  const actor = actorOf(req)
  if (operation === 'create') {
    const estate = actor.kind === 'staff' ? actor.estate : null
    const unit = await req.payload.find({
      collection: 'households',
      where: {
        and: [
          { id: { equals: idOf(data.household as number) ?? -1 } },
          { estate: { equals: estate } },
        ],
      },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    if (!unit.docs[0]) throw invalidField(req, where, 'household', 'complaint.unit-unknown')
  }
  if (data.complaint !== undefined) {
    await checkComplaintOfUnit(req, data.complaint, data.household ?? originalDoc?.household)
  }
  if (
    operation === 'update' &&
    data.scheduledAt !== undefined &&
    !sameValue(data.scheduledAt, originalDoc?.scheduledAt)
  ) {
    const reason = String(input.rebookReason ?? '').trim()
    if (!reason || reason.length > 500) {
      throw invalidField(req, where, 'rebookReason', 'visit.rebook-reason-required')
    }
    const now = new Date().toISOString()
    data.rebookings = [
      ...((originalDoc?.rebookings as unknown[]) ?? []),
      { reason, from: originalDoc?.scheduledAt, to: data.scheduledAt, residentToldAt: now },
    ]
    req.context.rebooked = { reason, from: originalDoc?.scheduledAt, to: data.scheduledAt }
  }
  if (data.outcome !== undefined && !sameValue(data.outcome, originalDoc?.outcome)) {
    if (data.outcome === 'not-satisfied' && !String(data.outcomeRemark ?? '').trim()) {
      throw invalidField(req, where, 'outcomeRemark', 'complaint.reopen-reason-required')
    }
    data.outcomeAt = new Date().toISOString()
  }
  return data
}

/**
 * HV-3: the resident is told of the new time (outbox, GEN-4). HV-4: "not satisfied" at the visit
 * returns its complaint to follow-up at once (the same move as the resident's, with the remark);
 * "accepted" closes it.
 */
export const followVisit: CollectionAfterChangeHook<HomeVisit> = async ({
  doc,
  previousDoc,
  req,
  context,
}) => {
  const rebooked = req.context.rebooked as { reason: string; from: string; to: string } | undefined
  if (rebooked) {
    const [estate, household, residents] = await Promise.all([
      readEstate(req, doc.estate),
      req.payload.findByID({
        collection: 'households',
        id: idOf(doc.household)!,
        depth: 0,
        select: { unit: true },
        req,
        overrideAccess: true,
      }),
      req.payload.find({
        collection: 'residents',
        where: { household: { equals: idOf(doc.household) } },
        limit: 50,
        depth: 0,
        select: { email: true, language: true },
        req,
        overrideAccess: true,
      }),
    ])
    for (const r of residents.docs) {
      const email = visitRebookedEmail(
        { residentName: doc.residentName, unit: household.unit, ...rebooked },
        estate,
        recipientLang(r.language),
      )
      await queueNotification(
        req,
        { to: r.email, ...email, estate: idOf(doc.estate) },
        `visit-rebooked:${doc.id}:${rebooked.to}:${r.id}`,
      )
    }
  }
  const complaint = idOf(doc.complaint)
  if (doc.outcome && doc.outcome !== previousDoc?.outcome && complaint != null) {
    const current = await req.payload.findByID({
      collection: 'complaints',
      id: complaint,
      depth: 0,
      req,
      overrideAccess: true,
    })
    if (current.status === 'awaiting-acceptance') {
      await req.payload.update({
        collection: 'complaints',
        id: complaint,
        data:
          doc.outcome === 'accepted'
            ? { status: 'closed' }
            : { status: 'in-progress', reopenReason: doc.outcomeRemark ?? '' },
        req,
        overrideAccess: true,
      })
    }
  }
  return doc
}
