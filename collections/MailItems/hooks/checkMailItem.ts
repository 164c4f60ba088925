import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { MailBatch, MailItem, Member } from '@payload-types'
import type { RecordId } from '@/access/actor'
import { readEstate } from '@/domain/estates/readEstate'
import { holdOf } from '@/domain/mail/holds'
import {
  type Addressee,
  choosePickupCode,
  newPickupCode,
  noteNoticeDue,
} from '@/domain/mail/pickupCode'
import { idOf } from '@/domain/relations'
import { invalidField } from '@/errors/refuse'

const where = { collection: 'mail-items' }

/**
 * Its reads are the adapter's (plain columns, no access, field hooks or population to run): CS
 * records fifty items in a few minutes, and each item's recording is a person's wait.
 *
 * MAIL-3, MAIL-6 as one adapter over the rules: a new item belongs to an accepted batch of the
 * same estate that still has room, its member (if any) lives in the unit chosen, it has an
 * addressee's name, and it gets the pickup code its addressee already has for waiting mail (or a
 * new one). Returning an item to its sender needs a reason and is refused while the household
 * holds its mail.
 */
export const checkMailItem: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const household = idOf(data.household ?? originalDoc?.household) as RecordId
  // On a change, only what the change touches is checked again.
  const memberId = idOf(data.member)
  const memberOrUnitChanged =
    operation === 'create' ||
    String(memberId) !== String(idOf(originalDoc?.member)) ||
    String(household) !== String(idOf(originalDoc?.household))
  if (memberId !== undefined && memberId !== null && memberOrUnitChanged) {
    const member = await req.payload.db.findOne<Pick<Member, 'id' | 'household' | 'name'>>({
      collection: 'members',
      where: { id: { equals: memberId } },
      select: { household: true, name: true },
      req,
    })
    if (!member || String(idOf(member.household)) !== String(household)) {
      throw invalidField(req, where, 'member', 'mail.member-not-in-household')
    }
    if (!String(data.addressee ?? originalDoc?.addressee ?? '').trim()) data.addressee = member.name
  }
  if (typeof data.addressee === 'string') data.addressee = data.addressee.trim()
  if ((operation === 'create' || data.addressee !== undefined) && !data.addressee) {
    throw invalidField(req, where, 'addressee', 'mail.addressee-required')
  }

  if (operation === 'create') {
    await checkBatchHasRoom(req, data.batch, data.estate)
    const { code, heldInBatch } = await pickupCodeFor(req, idOf(data.batch) as RecordId, {
      estate: data.estate as RecordId,
      household,
      member: memberId ?? null,
      addressee: String(data.addressee),
    })
    data.pickupCode = code
    if (!heldInBatch) noteNoticeDue(req, code)
    return data
  }

  if (data.status === 'returned' && originalDoc?.status !== 'returned') {
    const reason = String(data.returnReason ?? originalDoc?.returnReason ?? '').trim()
    if (!reason) throw invalidField(req, where, 'returnReason', 'mail.return-reason-required')
    const estate = await readEstate(req, originalDoc!.estate)
    const hold = await holdOf(req, household, estate.timeZone, new Date())
    if (hold) throw invalidField(req, where, 'status', 'mail.household-on-hold', { until: hold })
    data.returnedAt = new Date().toISOString()
  }
  return data
}

async function checkBatchHasRoom(req: PayloadRequest, batchValue: unknown, estate: unknown) {
  const batchId = idOf(batchValue as RecordId | { id: RecordId } | null)
  const batch =
    batchId === undefined || batchId === null
      ? null
      : await req.payload.db.findOne<Pick<MailBatch, 'id' | 'estate' | 'status' | 'countedCount'>>({
          collection: 'mail-batches',
          where: { id: { equals: batchId } },
          select: { estate: true, status: true, countedCount: true },
          req,
        })
  if (!batch || String(idOf(batch.estate)) !== String(estate)) {
    throw invalidField(req, where, 'batch', 'mail.batch-unknown')
  }
  if (batch.status !== 'accepted')
    throw invalidField(req, where, 'batch', 'mail.batch-not-accepted')
  const recorded = await req.payload.db.count({
    collection: 'mail-items',
    where: { batch: { equals: batch.id } },
    req,
  })
  if (recorded.totalDocs >= (batch.countedCount ?? 0)) {
    throw invalidField(req, where, 'batch', 'mail.batch-full', { count: batch.countedCount ?? 0 })
  }
}

/**
 * One code per addressee while they have mail waiting, so one QR code collects all of it; a new
 * code (unused by any waiting item of the estate) otherwise. One query asks both at once: the
 * addressee's waiting items, and the waiting items already holding a candidate code. Also says
 * whether an item of this batch was found holding the code (its notice is queued already).
 */
async function pickupCodeFor(
  req: PayloadRequest,
  batch: RecordId,
  who: Addressee & { estate: RecordId },
) {
  const waiting = { status: { equals: 'waiting' } }
  const theirs = {
    household: { equals: who.household },
    ...waiting,
    ...(who.member !== null
      ? { member: { equals: who.member } }
      : { member: { exists: false }, addressee: { equals: who.addressee } }),
  }
  for (;;) {
    const candidate = newPickupCode()
    const { docs } = await req.payload.db.find<
      Pick<MailItem, 'id' | 'pickupCode' | 'household' | 'member' | 'addressee' | 'batch'>
    >({
      collection: 'mail-items',
      where: {
        or: [
          theirs,
          { estate: { equals: who.estate }, pickupCode: { equals: candidate }, ...waiting },
        ],
      },
      limit: 2,
      pagination: false,
      select: { pickupCode: true, household: true, member: true, addressee: true, batch: true },
      req,
    })
    const chosen = choosePickupCode(docs, who, candidate)
    if (chosen) {
      // An item of this batch already holds the code: its recording queued the batch's notice.
      const heldInBatch = docs.some(
        (d) => d.pickupCode === chosen.code && String(idOf(d.batch)) === String(batch),
      )
      return { code: chosen.code, heldInBatch }
    }
  }
}
