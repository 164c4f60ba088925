import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import type { MaintenanceNotice } from '@payload-types'
import { actorOf, membershipsOf } from '@/access/actor'
import { decidesPlan, sameValue } from '@/domain/complaints/rules'
import { readEstate } from '@/domain/estates/readEstate'
import { engineeringNoticeEmail, laterTimeEmail } from '@/domain/maintenance/noticeEmails'
import { queueNotification } from '@/domain/notifications/queueNotification'
import { idOf } from '@/domain/relations'
import { recipientLang } from '@/errors/catalogue'
import { invalidField } from '@/errors/refuse'
import { publicUrl } from '@/server/publicUrl'

const where = { collection: 'maintenance-notices' }
const INPUT = 'noticeInput'
const SUPERVISOR_FIELDS = ['followUpBy', 'scheduledAt', 'delayReason'] as const

export const keepNoticeInput: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update') {
    const data = (args as { data?: unknown }).data
    req.context[INPUT] = data && typeof data === 'object' ? { ...(data as object) } : {}
  }
  return args
}

async function staffOfEstate(req: PayloadRequest, estate: unknown, role: string) {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { 'memberships.estate': { equals: idOf(estate as number) } },
    limit: 200,
    depth: 0,
    select: { email: true, name: true, language: true, memberships: true },
    req,
    overrideAccess: true,
  })
  return docs.filter((u) =>
    membershipsOf(u).some(
      (m) => String(m.estate) === String(idOf(estate as number)) && m.roles.includes(role as never),
    ),
  )
}

/**
 * CMP-4: a notice belongs to a complaint of the estate (and takes its unit); only a supervisor
 * assigns the CS follow-up (a cs member of the estate) and sets the time; a later time once the
 * notice is signed needs a reason, which the resident is told.
 */
export const checkNotice: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const actor = actorOf(req)
  const input = (req.context[INPUT] ?? {}) as Record<string, unknown>
  // Server operations (the signatures) write with overrideAccess and no client input.
  if (!context.workflowOperation && req.user) {
    for (const key of SUPERVISOR_FIELDS) {
      if (key in input && !sameValue(idOf(input[key] as number), idOf(originalDoc?.[key]))) {
        if (!decidesPlan(actor)) throw invalidField(req, where, key, 'notice.supervisor-fields')
      }
    }
  }
  if (operation === 'create') {
    const estate = actor.kind === 'staff' ? actor.estate : null
    const complaintId = idOf(data.complaint as number)
    const found =
      complaintId === undefined || complaintId === null
        ? null
        : (
            await req.payload.find({
              collection: 'complaints',
              where: { and: [{ id: { equals: complaintId } }, { estate: { equals: estate } }] },
              limit: 1,
              depth: 0,
              select: { household: true, number: true },
              req,
              overrideAccess: true,
            })
          ).docs[0]
    if (!found) throw invalidField(req, where, 'complaint', 'notice.complaint-unknown')
    data.household = idOf(found.household)
  }
  const followUp = idOf(data.followUpBy as number)
  if (
    followUp !== undefined &&
    followUp !== null &&
    !sameValue(followUp, idOf(originalDoc?.followUpBy))
  ) {
    const estate =
      data.estate ?? originalDoc?.estate ?? (actor.kind === 'staff' ? actor.estate : null)
    const cs = await staffOfEstate(req, estate, 'cs')
    const chosen = cs.find((u) => String(u.id) === String(followUp))
    if (!chosen) throw invalidField(req, where, 'followUpBy', 'notice.follow-up-not-cs')
    // Kept on the notice: Engineering and the paper show it without reading the user.
    data.followUpName = chosen.name || chosen.email
  }
  if (
    operation === 'update' &&
    originalDoc?.status !== 'draft' &&
    data.scheduledAt !== undefined &&
    !sameValue(data.scheduledAt, originalDoc?.scheduledAt)
  ) {
    const reason = String(input.delayReason ?? '').trim()
    if (!reason) throw invalidField(req, where, 'delayReason', 'notice.delay-reason-required')
    req.context.laterTime = true
  }
  return data
}

/**
 * CMP-4: Engineering is notified when — and only when — the supervisor signs; the resident is told
 * a later time with its reason. Through the outbox (GEN-4).
 */
export const tellNoticeParties: CollectionAfterChangeHook<MaintenanceNotice> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update') return doc
  const signedNow = previousDoc?.status === 'draft' && doc.status === 'signed'
  if (!signedNow && !req.context.laterTime) return doc
  const [estate, complaint, household] = await Promise.all([
    readEstate(req, doc.estate),
    req.payload.findByID({
      collection: 'complaints',
      id: idOf(doc.complaint)!,
      depth: 0,
      select: { number: true },
      req,
      overrideAccess: true,
    }),
    req.payload.findByID({
      collection: 'households',
      id: idOf(doc.household)!,
      depth: 0,
      select: { unit: true },
      req,
      overrideAccess: true,
    }),
  ])
  const notice = {
    number: complaint.number ?? '',
    unit: household.unit,
    work: doc.work,
    scheduledAt: doc.scheduledAt,
  }
  if (signedNow) {
    for (const u of await staffOfEstate(req, doc.estate, 'engineering')) {
      const email = engineeringNoticeEmail(
        notice,
        estate,
        `${publicUrl()}/office/maintenance-notices/${doc.id}`,
        recipientLang(u.language),
      )
      await queueNotification(
        req,
        { to: u.email, ...email, estate: idOf(doc.estate) },
        `notice-signed:${doc.id}:${u.id}`,
      )
    }
  }
  if (req.context.laterTime) {
    const { docs } = await req.payload.find({
      collection: 'residents',
      where: { household: { equals: idOf(doc.household) } },
      limit: 50,
      depth: 0,
      select: { email: true, language: true },
      req,
      overrideAccess: true,
    })
    for (const r of docs) {
      const email = laterTimeEmail(
        { ...notice, reason: doc.delayReason ?? '' },
        estate,
        `${publicUrl()}/portal/complaints/${idOf(doc.complaint)}`,
        recipientLang(r.language),
      )
      await queueNotification(
        req,
        { to: r.email, ...email, estate: idOf(doc.estate) },
        `notice-later:${doc.id}:${doc.scheduledAt}:${r.id}`,
      )
    }
  }
  return doc
}
