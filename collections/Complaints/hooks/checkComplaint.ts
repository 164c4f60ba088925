import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import type { Complaint, Household, Member } from '@payload-types'
import { actorOf } from '@/access/actor'
import {
  decidesPlan,
  intakeRefusal,
  problemRefusal,
  RESIDENT_WRITABLE,
  responseDeadline,
  sameValue,
} from '@/domain/complaints/rules'
import { complaintSettings } from '@/domain/complaints/settings'
import { tellCommittedTime, tellMajorComplaint } from '@/domain/complaints/tellAboutComplaint'
import { MAX_COMPLAINT_PHOTOS, MAX_PROBLEM_LENGTH } from '@/domain/complaints/transitions'
import { noteRecord } from '@/domain/knownRecords'
import { idOf } from '@/domain/relations'
import { operationOf } from '@/domain/workflow/defineWorkflow'
import { invalidField, refuse } from '@/errors/refuse'
import { queueJob } from '@/jobs/queueJob'

const where = { collection: 'complaints' }
const INPUT = 'complaintInput'
const SERVER_KEYS = new Set(['id', 'createdAt', 'updatedAt', 'moves', 'statusActions'])

/**
 * Keeps what the client sent before field access strips what it may not write, so the refusals
 * below are said out loud (a supervisor-only field silently dropped would look saved).
 */
export const keepComplaintInput: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  // A kiosk is told why before the access check would only say "not allowed".
  if (operation === 'create' && actorOf(req).kind === 'kiosk') {
    refuse(req, 'complaint.kiosk-closed', 403)
  }
  if (operation === 'create' || operation === 'update') {
    const data = (args as { data?: unknown }).data
    req.context[INPUT] = data && typeof data === 'object' ? { ...(data as object) } : {}
  }
  return args
}

const inputOf = (req: PayloadRequest) => (req.context[INPUT] ?? {}) as Record<string, unknown>

/**
 * CMP-3: only a supervisor or manager writes the plan and the committed time; a resident writes
 * only the acceptance move and its reason (HV-4). Anything else they send is refused, not ignored.
 */
function refuseFieldsNotTheirs(req: PayloadRequest, original: Record<string, unknown> | undefined) {
  const actor = actorOf(req)
  const input = inputOf(req)
  const changes = (key: string) => key in input && !sameValue(input[key], original?.[key])
  if (!decidesPlan(actor)) {
    for (const key of ['plan', 'committedTime', 'timeChangeReason']) {
      if (changes(key)) throw invalidField(req, where, key, 'complaint.plan-supervisor-only')
    }
  }
  if (actor.kind === 'resident' && original) {
    const other = Object.keys(input).find(
      (key) =>
        !SERVER_KEYS.has(key) &&
        !(RESIDENT_WRITABLE as readonly string[]).includes(key) &&
        changes(key),
    )
    if (other) refuse(req, 'complaint.resident-fields', 403)
  }
}

/**
 * CMP-1: the unit is in the estate's register; its number as the register has it, which the
 * complaint keeps. A resident's own household needs no check, only its number. The household's
 * estate is noted for this request, so `assignEstate` does not read the household again.
 */
async function unitNumberOf(
  req: PayloadRequest,
  household: unknown,
  estate: unknown,
  { own = false } = {},
) {
  const id = idOf(household as number)
  // The adapter's reads here: a few plain columns, no access, field hooks or population to run.
  const found =
    id === undefined || id === null || estate === null || estate === undefined
      ? null
      : await req.payload.db.findOne<Pick<Household, 'id' | 'unit' | 'estate'>>({
          collection: 'households',
          where: own
            ? { id: { equals: id } }
            : { and: [{ id: { equals: id } }, { estate: { equals: estate } }] },
          select: { unit: true, estate: true },
          req,
        })
  if (!found) throw invalidField(req, where, 'household', 'complaint.unit-unknown')
  noteRecord(req, 'households', id!, found)
  return found.unit
}

async function residentNameOf(req: PayloadRequest) {
  const user = req.user as { name?: string | null; member?: unknown } | null
  const member = idOf(user?.member as number)
  if (member !== undefined && member !== null) {
    // The name alone: a whole member is read with its relations table joined in.
    const doc = await req.payload.db.findOne<Pick<Member, 'id' | 'name'>>({
      collection: 'members',
      where: { id: { equals: member } },
      select: { name: true },
      req,
    })
    if (doc?.name) return doc.name
  }
  return user?.name || ''
}

async function checkPhotos(
  req: PayloadRequest,
  photos: unknown,
  household: unknown,
  estate: unknown,
) {
  if (!Array.isArray(photos) || photos.length === 0) return
  if (photos.length > MAX_COMPLAINT_PHOTOS) {
    throw invalidField(req, where, 'photos', 'complaint.too-many-photos', {
      max: MAX_COMPLAINT_PHOTOS,
    })
  }
  const ids = photos.map((p) => idOf(p as number))
  const { docs } = await req.payload.find({
    collection: 'complaint-photos',
    where: { id: { in: ids } },
    limit: ids.length,
    depth: 0,
    select: { household: true, estate: true },
    req,
    overrideAccess: true,
  })
  const ok = ids.every((id) => {
    const photo = docs.find((d) => String(d.id) === String(id))
    if (!photo || String(idOf(photo.estate)) !== String(estate)) return false
    const of = idOf(photo.household)
    return of === undefined || of === null || String(of) === String(idOf(household as number))
  })
  if (!ok) throw invalidField(req, where, 'photos', 'complaint.photo-unknown')
}

/**
 * CMP-1, CMP-2, CMP-3, HV-4 as one adapter over the rules. A new complaint: a resident's takes
 * their household and the portal channel whatever they send, and needs their confirmation; the
 * office's names a unit of the register and, by phone or walk-in, was read back. A move to
 * `planned` needs the plan and the time; "not satisfied" needs a reason and counts the reopening.
 */
export const checkComplaint: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const actor = actorOf(req)
  const input = inputOf(req)
  refuseFieldsNotTheirs(req, operation === 'update' ? originalDoc : undefined)

  if (operation === 'create') {
    const estate = actor.kind === 'anonymous' ? null : actor.estate
    if (actor.kind === 'resident') {
      data.household = actor.household
      data.channel = 'portal'
      if (!String(data.residentName ?? '').trim()) data.residentName = await residentNameOf(req)
      data.readBack = false
      data.department = 'cs'
      data.major = false
    }
    const refusal = intakeRefusal({
      by: actor.kind,
      channel: data.channel,
      readBack: data.readBack,
      confirmed: input.confirmed,
    })
    if (refusal) {
      const path =
        refusal === 'complaint.read-back-required'
          ? 'readBack'
          : refusal === 'complaint.channel-not-office' || refusal === 'complaint.kiosk-closed'
            ? 'channel'
            : 'confirmed'
      throw invalidField(req, where, path, refusal)
    }
    data.confirmed = actor.kind === 'resident'
    data.unit = await unitNumberOf(req, data.household, estate, {
      own: actor.kind === 'resident',
    })
    if (typeof data.residentName === 'string') data.residentName = data.residentName.trim()
    if (!data.residentName)
      throw invalidField(req, where, 'residentName', 'complaint.resident-name-required')
    const problem = problemRefusal(data.problem)
    if (problem) throw invalidField(req, where, 'problem', problem, { max: MAX_PROBLEM_LENGTH })
    await checkPhotos(req, data.photos, data.household, estate)
    // Deadlines run from the moment of receipt, which the server decides (never the client).
    data.createdAt = new Date().toISOString()
    Object.assign(
      data,
      responseDeadline(data.createdAt, data.department, await complaintSettings(req, estate)),
    )
    data.reopenCount = 0
    return data
  }

  if (data.photos !== undefined) {
    await checkPhotos(req, data.photos, originalDoc?.household, originalDoc?.estate)
  }
  const from = originalDoc?.status
  const to = data.status ?? from
  const now = new Date().toISOString()
  if (
    from === 'received' &&
    data.department !== undefined &&
    data.department !== originalDoc?.department
  ) {
    // Deadlines: re-routed before its answer, it is due by the new department's time from when
    // it was received; the new department gets its own warning and alert.
    const settings = await complaintSettings(req, originalDoc?.estate)
    Object.assign(data, responseDeadline(originalDoc!.createdAt, data.department, settings), {
      warnedAt: null,
      overdueAlertedAt: null,
    })
  }
  const plan = data.plan ?? originalDoc?.plan
  const committedTime = data.committedTime ?? originalDoc?.committedTime
  if (to === 'planned' && from === 'received') {
    if (!decidesPlan(actor))
      throw invalidField(req, where, 'status', 'complaint.plan-supervisor-only')
    if (!String(plan ?? '').trim() || !committedTime) {
      throw invalidField(req, where, 'plan', 'complaint.plan-required')
    }
    data.plannedBy = req.user ? req.user.id : null
    data.plannedAt = now
  }
  if (
    from !== 'received' &&
    data.committedTime !== undefined &&
    !sameValue(data.committedTime, originalDoc?.committedTime) &&
    !String(data.timeChangeReason ?? '').trim()
  ) {
    // CMP-4: a later time is set with a reason the resident is told.
    throw invalidField(req, where, 'timeChangeReason', 'complaint.time-change-reason-required')
  }
  if (to === 'awaiting-acceptance' && from !== to) data.awaitingSince = now
  if (from === 'awaiting-acceptance' && to === 'in-progress') {
    const reason = String(data.reopenReason ?? '').trim()
    if (!reason) throw invalidField(req, where, 'reopenReason', 'complaint.reopen-reason-required')
    data.reopenReason = reason
    data.reopenCount = (Number(originalDoc?.reopenCount) || 0) + 1
    // The reason is kept with the move in the record of status changes (GEN-2).
    // On req.context itself: every nested Local API call replaces it with a copy, so a hook's own
    // `context` argument may no longer be the object the after-change hooks receive.
    req.context.workflowNote = reason
  } else if (
    data.reopenReason !== undefined &&
    !sameValue(data.reopenReason, originalDoc?.reopenReason)
  ) {
    delete data.reopenReason
  }
  if (to === 'closed' && from !== to) {
    data.closedAt = now
    data.closedHow = operationOf(context) === 'auto-close' ? 'no-answer' : 'accepted'
  }
  return data
}

/**
 * CMP-1, CMP-6, CMP-7, CMP-3: the e-mails after the fact, through the outbox (GEN-4). A new
 * complaint's are stored by a queued job (its creation writes only the job, in its transaction).
 */
export const tellComplaintParties: CollectionAfterChangeHook<Complaint> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation === 'create') {
    await queueJob(req, 'tellNewComplaint', { complaintId: String(doc.id) })
    return doc
  }
  if (doc.major && !previousDoc?.major) await tellMajorComplaint(req, doc)
  if (previousDoc?.status === 'received' && doc.status === 'planned') {
    await tellCommittedTime(req, doc)
  } else if (
    doc.status !== 'received' &&
    previousDoc?.status !== 'received' &&
    !sameValue(doc.committedTime, previousDoc?.committedTime)
  ) {
    await tellCommittedTime(req, doc, { changed: true, reason: doc.timeChangeReason ?? null })
  }
  return doc
}
