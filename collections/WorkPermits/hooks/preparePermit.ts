import type { CollectionBeforeChangeHook } from 'payload'

import { actorHasRole, actorOf } from '@/access/actor'
import { idOf } from '@/domain/relations'
import { DEFAULT_TIME_ZONE } from '@/domain/estates/timeZone'
import {
  checkPermitValidity,
  DEFAULT_PERMIT_MINUTES,
  MAX_PERMIT_VALID_DAYS,
  maskIdNumber,
  normaliseIdNumber,
  permitDeadline,
  VALIDITY_LOCKED_STEPS,
} from '@/domain/permits/rules'
import { PERMIT_STEPS, type PermitStep } from '@/domain/permits/transitions'
import { cleanText } from '@/domain/visitors/rules'
import { invalidField } from '@/errors/refuse'

const where = { collection: 'work-permits' }
/** The work period checked and kept as the estate's calendar days (see `checkPermitValidity`). */
async function settleValidity(
  data: Record<string, unknown>,
  estateId: unknown,
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
) {
  const estate = await req.payload
    .findByID({
      collection: 'estates',
      id: idOf(estateId as number | { id: number }) as number,
      depth: 0,
      req,
      overrideAccess: true,
      select: { timeZone: true },
    })
    .catch(() => null)
  const checked = checkPermitValidity(
    data.validFrom,
    data.validUntil,
    estate?.timeZone ?? DEFAULT_TIME_ZONE,
  )
  if (!checked.ok)
    throw invalidField(req, where, checked.field, checked.code, { days: MAX_PERMIT_VALID_DAYS })
  data.validFrom = checked.validFrom
  data.validUntil = checked.validUntil
}

type Worker = { name?: unknown; idNumber?: unknown; idNumberMasked?: unknown; photo?: unknown }

/**
 * PMT-1, PMT-2, PMT-3 as one adapter (the workflow guard has already allowed the step): a new
 * permit names its department (one the submitter belongs to), company, person in charge, fee and
 * workers with well-formed ID numbers (kept masked beside them) and photos of this estate; its
 * deadline is the server's. Each step keeps who and when; the paid step needs a receipt number;
 * issuing after the deadline marks the permit late. Nothing else changes after submission.
 */
export const preparePermit: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const now = new Date()
  const actor = actorOf(req)
  if (operation === 'create') {
    const department = data.department
    if (
      actor.kind === 'staff' &&
      !actorHasRole(actor, department, 'supervisor', 'manager', 'admin')
    ) {
      throw invalidField(req, where, 'department', 'permits.department-not-yours')
    }
    data.company = cleanText(data.company)
    data.personInCharge = cleanText(data.personInCharge)
    if (!data.company || !data.personInCharge) {
      throw invalidField(req, where, 'company', 'permits.company-required')
    }
    if (typeof data.fee !== 'number' || !Number.isFinite(data.fee) || data.fee < 0) {
      throw invalidField(req, where, 'fee', 'permits.fee-invalid')
    }
    const workers = (Array.isArray(data.workers) ? data.workers : []) as Worker[]
    if (workers.length === 0 || workers.length > 50) {
      throw invalidField(req, where, 'workers', 'permits.workers-required')
    }
    for (const [i, worker] of workers.entries()) {
      worker.name = cleanText(worker.name)
      if (!worker.name)
        throw invalidField(req, where, `workers.${i}.name`, 'permits.worker-name-required')
      const id = normaliseIdNumber(worker.idNumber)
      if (!id) throw invalidField(req, where, `workers.${i}.idNumber`, 'permits.id-number-shape')
      worker.idNumber = id
      worker.idNumberMasked = maskIdNumber(id)
      const photo = idOf(worker.photo as number | { id: number } | null | undefined)
      if (photo == null)
        throw invalidField(req, where, `workers.${i}.photo`, 'permits.photo-required')
      const found = await req.payload
        .findByID({ collection: 'permit-photos', id: photo, depth: 0, req, overrideAccess: true })
        .catch(() => null)
      if (!found || String(idOf(found.estate)) !== String(data.estate)) {
        throw invalidField(req, where, `workers.${i}.photo`, 'permits.photo-required')
      }
    }
    await settleValidity(data, data.estate, req)
    const settings = await req.payload.find({
      collection: 'estate-settings',
      where: { estate: { equals: data.estate } },
      limit: 1,
      depth: 0,
      select: { permitMinutes: true },
      req,
      overrideAccess: true,
    })
    const minutes = settings.docs[0]?.permitMinutes ?? DEFAULT_PERMIT_MINUTES
    data.submittedBy = req.user?.collection === 'users' ? req.user.id : null
    data.submittedAt = now.toISOString()
    data.deadline = permitDeadline(now, minutes).toISOString()
    data.late = false
    return data
  }

  // After submission only the step (and the paid step's receipt number) moves.
  for (const field of ['department', 'company', 'personInCharge', 'fee', 'workers']) {
    data[field] = originalDoc?.[field]
  }
  const from = originalDoc?.step as PermitStep
  const to = (data.step ?? from) as PermitStep
  // The work period may change until Security verifies (the cards are printed from then on).
  const sameDay = (a: unknown, b: unknown) =>
    a === undefined ||
    (a != null && b != null && new Date(a as string).getTime() === new Date(b as string).getTime())
  if (
    !sameDay(data.validFrom, originalDoc?.validFrom) ||
    !sameDay(data.validUntil, originalDoc?.validUntil)
  ) {
    if (VALIDITY_LOCKED_STEPS.includes(from)) {
      throw invalidField(req, where, 'validFrom', 'permits.validity-locked')
    }
    data.validFrom = data.validFrom === undefined ? originalDoc?.validFrom : data.validFrom
    data.validUntil = data.validUntil === undefined ? originalDoc?.validUntil : data.validUntil
    await settleValidity(data, originalDoc?.estate, req)
  } else {
    data.validFrom = originalDoc?.validFrom
    data.validUntil = originalDoc?.validUntil
  }
  if (to === 'paid' && from !== 'paid') {
    data.receiptNumber = cleanText(data.receiptNumber)
    if (!data.receiptNumber || data.receiptNumber.length > 50) {
      throw invalidField(req, where, 'receiptNumber', 'permits.receipt-required')
    }
  } else {
    data.receiptNumber = originalDoc?.receiptNumber ?? null
  }
  if (to !== from && PERMIT_STEPS.includes(to)) {
    data[`${stepKey(to)}By`] = req.user?.collection === 'users' ? req.user.id : null
    data[`${stepKey(to)}At`] = now.toISOString()
    if (to === 'issued' && new Date(originalDoc?.deadline).getTime() < now.getTime()) {
      data.late = true
    }
  }
  return data
}

/** `receipt-returned` → `receiptReturned`: the prefix of a step's who and when fields. */
export const stepKey = (step: PermitStep) =>
  step.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
