import type { PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { actorHasRole, actorOf } from '@/access/actor'
import { releaseClaim, takeClaim } from '@/domain/claims/takeClaim'
import { freeUnpaidSlotOf } from '@/domain/passes/issuePass'
import { readPassSettings } from '@/domain/passes/settings'
import { idOf } from '@/domain/relations'
import { refuse } from '@/errors/refuse'
import { isRecordId } from '@/server/ids'

import { distinctIds, passFeeClaim } from './rules'

/** Who corrects a payment recorded by mistake: the supervisor and above, never the one who took it. */
export const PAYMENT_VOIDERS = ['supervisor', 'manager', 'admin'] as const

export const MAX_VOID_REASON = 300

/**
 * PAS-3: a payment recorded by mistake is not edited or deleted: a supervisor voids it with a
 * reason. The payment keeps its receipt number and is marked void (who, when, why); its passes
 * are owed again (their fee claims given back, each taking an unpaid place again if one is free).
 * One transaction where the database has them; a second void of the same payment is refused.
 */
export async function voidPayment(req: PayloadRequest, id: unknown, reasonInput: unknown) {
  const actor = actorOf(req)
  if (!actorHasRole(actor, ...PAYMENT_VOIDERS)) refuse(req, 'request.forbidden', 403)
  if (!isRecordId(id, req.payload.db.defaultIDType)) {
    refuse(req, 'request.malformed-id', 400, { id: String(id) })
  }
  const reason = typeof reasonInput === 'string' ? reasonInput.trim() : ''
  if (!reason || reason.length > MAX_VOID_REASON) {
    refuse(req, 'payment.void-reason-required', 400, { max: MAX_VOID_REASON })
  }
  // Read as the supervisor: another estate's payment is not found.
  const payment = await req.payload
    .findByID({
      collection: 'payments',
      id: id as string,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
    })
    .catch(() => null)
  if (!payment) refuse(req, 'payment.not-found', 404)
  if (payment.voidedAt) refuse(req, 'payment.already-voided', 409)

  const key = `payment-void:${String(payment.id)}`
  const ownTransaction = await initTransaction(req)
  let claimed = false
  try {
    claimed = await takeClaim(req, key, async () => true, Boolean(req.transactionID))
    if (!claimed) refuse(req, 'payment.already-voided', 409)
    const voided = await req.payload.update({
      collection: 'payments',
      id: payment.id,
      data: {
        voidedAt: new Date().toISOString(),
        voidedBy: actor.kind === 'staff' ? (actor.id as number) : null,
        voidReason: reason,
      },
      depth: 0,
      req,
      overrideAccess: true,
    })
    const passIds = distinctIds((payment.passes ?? []).map((p) => idOf(p)))
    const settings = await readPassSettings(req, idOf(payment.estate)!)
    for (const passId of passIds) {
      const pass = await req.payload.findByID({
        collection: 'passes',
        id: passId,
        depth: 0,
        select: { member: true, payment: true },
        req,
        overrideAccess: true,
      })
      // Only the passes this payment paid for (a pass paid since by another payment stays paid).
      if (String(idOf(pass.payment)) !== String(payment.id)) continue
      const member = idOf(pass.member)
      const unpaidSlot = await freeUnpaidSlotOf(req, member, settings)
      await req.payload.update({
        collection: 'passes',
        id: passId,
        data: { feePaidAt: null, payment: null, unpaidSlot },
        depth: 0,
        req,
        overrideAccess: true,
      })
      await releaseClaim(req, passFeeClaim(passId))
    }
    if (ownTransaction) await commitTransaction(req)
    return voided
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    else if (claimed) await releaseClaim(req, key).catch(() => undefined)
    throw error
  }
}
