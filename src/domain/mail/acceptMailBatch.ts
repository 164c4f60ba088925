import type { PayloadRequest } from 'payload'
import { commitTransaction, Forbidden, initTransaction, killTransaction } from 'payload'

import { OFFICE_ROLES } from '@/access/residents'
import { hasRole } from '@/access/roles'
import { checkSignature, storeSignature } from '@/domain/signatures/signature'
import { asOperation } from '@/domain/workflow/defineWorkflow'
import { refuse } from '@/errors/refuse'
import { checkBatchCount } from './rules'

export type AcceptBatchInput = {
  batch: string | number
  countedCount: unknown
  discrepancyNote: unknown
  signature: Buffer
}

/**
 * MAIL-2: CS counts a batch with the guard and signs for it. Both numbers are kept; a mismatch is
 * flagged and accepted only with a note (never silently). The batch is read as the user, so
 * another estate's batch is not found; the signature and the move are one transaction where
 * the database has them.
 */
export async function acceptMailBatch(req: PayloadRequest, input: AcceptBatchInput) {
  if (!hasRole(req.user, ...OFFICE_ROLES)) throw new Forbidden(req.t)
  const batch = await req.payload.findByID({
    collection: 'mail-batches',
    id: input.batch,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })
  if (batch.status !== 'handed-over') refuse(req, 'mail.batch-already-accepted', 409)
  const note = typeof input.discrepancyNote === 'string' ? input.discrepancyNote.trim() : ''
  const countProblem = checkBatchCount({
    declaredCount: batch.declaredCount,
    countedCount: input.countedCount,
    discrepancyNote: note,
  })
  if (countProblem) {
    refuse(req, countProblem, 400, {
      declared: batch.declaredCount,
      counted: String(input.countedCount ?? ''),
    })
  }
  if (note.length > 1000) refuse(req, 'mail.note-too-long', 400)
  const signatureProblem = checkSignature(input.signature)
  if (signatureProblem) refuse(req, signatureProblem, 400)
  const countedCount = input.countedCount as number

  const ownTransaction = await initTransaction(req)
  try {
    const signature = await storeSignature(req, {
      household: null,
      png: input.signature,
      name: `mail-batch-${String(batch.id)}`,
    })
    const accepted = await req.payload.update({
      collection: 'mail-batches',
      id: batch.id,
      data: {
        status: 'accepted',
        countedCount,
        countMismatch: countedCount !== batch.declaredCount,
        discrepancyNote: note || null,
        csSignature: signature.id,
        acceptedBy: req.user!.id as number,
        acceptedAt: new Date().toISOString(),
      },
      req,
      overrideAccess: true,
      context: asOperation('accept-batch', note || undefined),
    })
    if (ownTransaction) await commitTransaction(req)
    return accepted
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}
