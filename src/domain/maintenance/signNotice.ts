import type { PayloadRequest } from 'payload'
import { commitTransaction, Forbidden, initTransaction, killTransaction } from 'payload'

import { actorOf } from '@/access/actor'
import { idOf } from '@/domain/relations'
import { releaseClaim, takeClaim } from '@/domain/claims/takeClaim'
import { checkSignature, storeSignature } from '@/domain/signatures/signature'
import { asOperation } from '@/domain/workflow/defineWorkflow'
import { refuse } from '@/errors/refuse'
import { signingRefusal } from './transitions'

/**
 * CMP-4: one signature on a Maintenance Notice. The supervisor's sends it to Engineering; the CS
 * follow-up's and the maintenance worker's complete it, in either order. The notice is read as
 * the user (another estate's, or an unsigned one for Engineering, is not found). Completion is
 * checked again after the signature is committed, so two signers at the same moment still leave
 * a done notice; each of those two signatures writes only its own columns, so neither erases the
 * other, and each box takes a unique claim, so it is signed once.
 */
export async function signNotice(
  req: PayloadRequest,
  input: { id: string; signer: unknown; signature: Buffer; name?: unknown },
) {
  const actor = actorOf(req)
  if (actor.kind !== 'staff') throw new Forbidden(req.t)
  const notice = await req.payload.findByID({
    collection: 'maintenance-notices',
    id: input.id,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const refusal = signingRefusal(
    input.signer,
    {
      status: notice.status ?? 'draft',
      followUpBy: idOf(notice.followUpBy),
      followUpSignedAt: notice.followUpSignedAt,
      workerSignedAt: notice.workerSignedAt,
    },
    { id: actor.id, roles: actor.roles },
  )
  if (refusal)
    refuse(
      req,
      refusal,
      refusal === 'notice.already-signed' || refusal === 'notice.not-signed-yet' ? 409 : 403,
    )
  const name = typeof input.name === 'string' ? input.name.trim() : ''
  if (input.signer === 'worker' && (!name || name.length > 100)) {
    refuse(req, 'notice.worker-name-required', 400)
  }
  const problem = checkSignature(input.signature)
  if (problem) refuse(req, problem, 400)
  const now = new Date().toISOString()
  const column = SIGNED_AT[input.signer as keyof typeof SIGNED_AT]
  const key = `notice-signature:${String(notice.id)}:${String(input.signer)}`
  const own = await initTransaction(req)
  let claimed = false
  try {
    // Each box is signed once: of two signers of the same box at the same moment (two workers, a
    // double tap), one takes the claim and the other is told it is signed — never a signature
    // reported as taken and then overwritten.
    claimed = await takeClaim(req, key, () => stillUnsigned(req, notice.id, column), !!own)
    if (!claimed) refuse(req, 'notice.already-signed', 409)
    const image = await storeSignature(req, {
      household: idOf(notice.household) ?? null,
      png: input.signature,
      name: `notice-${String(notice.id)}-${String(input.signer)}`,
    })
    const data =
      input.signer === 'supervisor'
        ? {
            status: 'signed' as const,
            supervisorSignature: image.id,
            supervisorSignedBy: actor.id as number,
            // The name is kept as signed: a reader who may not read the user still sees it.
            supervisorName:
              (req.user as { name?: string | null; email?: string }).name ||
              (req.user as { email?: string }).email,
            supervisorSignedAt: now,
          }
        : input.signer === 'follow-up'
          ? { followUpSignature: image.id, followUpSignedAt: now }
          : {
              workerSignature: image.id,
              workerName: name,
              workerSignedBy: actor.id as number,
              workerSignedAt: now,
            }
    if (input.signer === 'supervisor') {
      // The move that sends the notice: through the workflow guard, its record and the e-mails.
      await req.payload.update({
        collection: 'maintenance-notices',
        id: notice.id,
        data,
        req,
        overrideAccess: true,
        context: asOperation('supervisor-sign'),
      })
    } else {
      // Only this signature's own columns: the follow-up and the worker may sign at the same
      // moment, and a whole-record write of one would erase the other's signature.
      await req.payload.db.updateOne({
        collection: 'maintenance-notices',
        where: { id: { equals: notice.id } },
        data,
        req,
      })
    }
    if (own) await commitTransaction(req)
  } catch (error) {
    if (own) await killTransaction(req)
    else if (claimed) await releaseClaim(req, key)
    throw error
  }
  return completeIfBothSigned(req, notice.id)
}

const SIGNED_AT = {
  supervisor: 'supervisorSignedAt',
  'follow-up': 'followUpSignedAt',
  worker: 'workerSignedAt',
} as const

/** Whether a claimed box was never signed after all (its operation crashed). */
async function stillUnsigned(
  req: PayloadRequest,
  id: string | number,
  column: (typeof SIGNED_AT)[keyof typeof SIGNED_AT],
) {
  const current = await req.payload.findByID({
    collection: 'maintenance-notices',
    id,
    depth: 0,
    select: { [column]: true },
    req,
    overrideAccess: true,
  })
  return !current[column]
}

/** The notice, moved to `done` if both the follow-up and the worker have signed (idempotent). */
async function completeIfBothSigned(req: PayloadRequest, id: string | number) {
  const current = await req.payload.findByID({
    collection: 'maintenance-notices',
    id,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (current.status !== 'signed' || !current.followUpSignedAt || !current.workerSignedAt) {
    return current
  }
  return req.payload.update({
    collection: 'maintenance-notices',
    id,
    data: { status: 'done' },
    req,
    overrideAccess: true,
    context: asOperation('complete'),
  })
}
