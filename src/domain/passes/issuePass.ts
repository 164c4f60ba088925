import { setTimeout as sleep } from 'node:timers/promises'
import type { PayloadRequest } from 'payload'

import { idOf } from '@/domain/relations'
import { isUniqueConflict } from '@/errors/uniqueConflict'
import { freeUnpaidSlot, nextPassOrdinal, type PassSettings, priceNthPass } from './pricing'
import { readPassSettings } from './settings'

/** The unique-slot refusal that two simultaneous requests for one member's same pass meet. */
export const isSlotConflict = (error: unknown) =>
  isUniqueConflict(error, 'slot', 'number', 'qrToken', 'unpaidSlot')

const MAX_ATTEMPTS = 30

/**
 * Creates one pass for a member as `req.user` (access and hooks apply: GEN-1). When another
 * request took the same slot at the same moment, tries again for the next one; the unique slot
 * is what guarantees that no member ever gets more than the free number of free passes.
 */
export async function issuePass(
  req: PayloadRequest,
  memberId: string | number,
  overrideAccess = false,
) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await req.payload.create({
        collection: 'passes',
        data: { member: memberId as number },
        depth: 0,
        req,
        user: req.user,
        overrideAccess,
      })
    } catch (error) {
      if (!isSlotConflict(error) || attempt >= MAX_ATTEMPTS) throw error
      await sleep(Math.floor(Math.random() * 5 * attempt))
    }
  }
}

/** The highest ordinal among every pass ever issued to the member (none deleted, PAS-3). */
export async function highestPassOrdinal(req: PayloadRequest, memberId: string | number) {
  const last = await req.payload.find({
    collection: 'passes',
    where: { member: { equals: memberId } },
    sort: '-ordinal',
    limit: 1,
    depth: 0,
    select: { ordinal: true },
    pagination: false,
    req,
    overrideAccess: true,
  })
  return last.docs[0]?.ordinal ?? null
}

/**
 * Issue 6 #13: the place a new unpaid extra pass of the member would hold, or null when the
 * member already holds as many unpaid passes as the settings allow.
 */
export async function freeUnpaidSlotOf(
  req: PayloadRequest,
  memberId: string | number,
  settings: PassSettings,
) {
  const owing = await req.payload.find({
    collection: 'passes',
    where: { member: { equals: memberId }, unpaidSlot: { exists: true } },
    select: { unpaidSlot: true },
    limit: 100,
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  return freeUnpaidSlot(
    memberId,
    owing.docs.map((p) => p.unpaidSlot),
    settings.maxUnpaidExtraPasses,
  )
}

/** PAS-3: the member's next ordinal and what it costs under the settings in force. */
export async function priceNextPass(
  req: PayloadRequest,
  memberId: string | number,
  estate: string | number,
) {
  const settings = await readPassSettings(req, estate)
  const ordinal = nextPassOrdinal(await highestPassOrdinal(req, memberId))
  return { ordinal, fee: priceNthPass(ordinal, settings), settings }
}

/** PAS-2 / PAS-6: prepare the member's free passes (idempotent: tops up to the free number). */
export async function prepareFreePasses(
  req: PayloadRequest,
  memberId: string | number,
  estate: string | number,
) {
  const settings = await readPassSettings(req, estate)
  const { totalDocs } = await req.payload.count({
    collection: 'passes',
    where: { member: { equals: memberId } },
    req,
    overrideAccess: true,
  })
  for (let i = totalDocs; i < settings.freePassesPerMember; i++) {
    await issuePass(req, memberId, true)
  }
}

/**
 * What the member's next pass would cost (PAS-3), for showing before confirming. The fee is
 * decided again, by the server, when the pass is created.
 */
export async function quoteNextPass(req: PayloadRequest, memberId: string | number) {
  // Read as the user: a resident can quote only for a member they may see.
  const member = await req.payload.findByID({
    collection: 'members',
    id: memberId,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const { ordinal, fee, settings } = await priceNextPass(req, member.id, idOf(member.estate)!)
  return {
    member: member.id,
    memberName: member.name,
    ordinal,
    fee,
    currency: settings.currency,
    freePassesPerMember: settings.freePassesPerMember,
    extraPassFee: settings.extraPassFee,
  }
}
