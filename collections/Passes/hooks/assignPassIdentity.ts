import { randomBytes } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'

import { actorOf } from '@/access/actor'
import { freeUnpaidSlotOf, priceNextPass } from '@/domain/passes/issuePass'
import { chargeAttempt } from '@/auth/attemptLimits'
import { passNumber, passSlot } from '@/domain/passes/pricing'
import { invalidField, refuse } from '@/errors/refuse'
import { idOf } from '@/domain/relations'
import { isRecordId } from '@/server/ids'

/**
 * On create, whatever the client sent: the server sets household, ordinal, slot, number, fee,
 * currency, status and QR token (PAS-3). A resident may only ask for their own household.
 */
export const assignPassIdentity: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const memberId = idOf(data.member)
  const member = isRecordId(memberId, req.payload.db.defaultIDType)
    ? await req.payload
        .findByID({
          collection: 'members',
          id: memberId,
          depth: 0,
          select: { household: true, ordinal: true, estate: true },
          req,
          overrideAccess: true,
          disableErrors: true,
        })
        .catch(() => null)
    : null
  if (!member) {
    throw invalidField(req, { collection: 'passes' }, 'member', 'pass.no-such-member')
  }
  const household = await req.payload.findByID({
    collection: 'households',
    id: idOf(member.household),
    depth: 0,
    select: { unit: true },
    req,
    overrideAccess: true,
  })
  const actor = actorOf(req)
  if (actor.kind === 'resident' && String(actor.household) !== String(household.id)) {
    refuse(req, 'pass.not-your-household', 403)
  }
  if (actor.kind === 'resident' && !req.context.passRequestCharged) {
    // One charge per request, however often a slot conflict makes it try again.
    req.context.passRequestCharged = true
    const wait = await chargeAttempt(req, [['passRequestsByResident', String(req.user!.id)]])
    if (wait) refuse(req, 'pass.too-many-requests', 429, { minutes: wait })
  }
  const { ordinal, fee, settings } = await priceNextPass(req, member.id, idOf(member.estate)!)
  const unpaidSlot = fee > 0 ? await freeUnpaidSlotOf(req, member.id, settings) : null
  if (fee > 0 && !unpaidSlot) {
    refuse(req, 'pass.unpaid-limit', 409, { limit: settings.maxUnpaidExtraPasses })
  }
  return {
    ...data,
    member: member.id,
    household: household.id,
    estate: idOf(member.estate),
    ordinal,
    slot: passSlot(member.id, ordinal),
    number: passNumber(household.unit, member.ordinal ?? 0, ordinal),
    fee,
    unpaidSlot,
    currency: settings.currency,
    status: 'prepared',
    qrToken: randomBytes(18).toString('base64url'),
    receipt: null,
    activatedAt: null,
    feePaidAt: null,
    payment: null,
  }
}
