import type { PassReceipt } from '@payload-types'
import type { Payload, PayloadRequest } from 'payload'
import {
  createLocalReq,
  commitTransaction,
  Forbidden,
  initTransaction,
  killTransaction,
} from 'payload'

import { OFFICE_ROLES } from '@/access/residents'
import { hasRole } from '@/access/roles'
import { queueNotification } from '@/domain/notifications/queueNotification'
import { idOf } from '@/domain/relations'
import { asOperation } from '@/domain/workflow/defineWorkflow'
import { type ErrorCode, type Lang, recipientLang } from '@/errors/catalogue'
import { refuse } from '@/errors/refuse'
import { isUniqueConflict } from '@/errors/uniqueConflict'
import { readEstate } from '@/domain/estates/readEstate'
import { failpoint } from '@/server/failpoint'
import { checkSignature, storeSignature } from '@/domain/signatures/signature'
import { formatMoney } from '@/domain/money/formatMoney'
import { requestLang } from '@/errors/refuse'
import { selectionRefusal, signerRefusal } from './handoverRules'
import { receiptEmail } from './receiptEmail'

/** Who signs: an adult member of the household, or a typed name (a helper) with a note. */
export type HandOverSigner = { member: string | number } | { name: string; note: string }

export type HandOverInput = {
  household: string | number
  signature: Buffer
  signer: HandOverSigner
  /** The passes handed over now; the others wait for a later handover. Null: every prepared one. */
  passes?: readonly (string | number)[] | null
  copyTo?: string | null
  /** The client's Idempotency-Key: a retry or a double-click with the same key gets the first result. */
  idempotencyKey?: string | null
}

/** The unique claim a household's n-th handover holds: two handovers can never both hold one. */
export const handoverClaim = (household: string | number, n: number) => `${String(household)}#${n}`

/**
 * PAS-5: at move-in the prepared passes are handed over and the resident signs the receipt.
 * Staff may hand over only some of them (a member who is not there gets theirs later, on another
 * receipt); the signer is an adult member of the household, or a helper named with a note; an
 * extra pass is handed over only once its fee is paid (PAS-3). The rules are in handoverRules.
 *
 * All or nothing on every database (issue 6 #11, #12):
 * 1. the receipt is created first as a *claim* on the household's next handover number, a unique
 *    key, so of simultaneous handovers exactly one goes on and the others get 409;
 * 2. only then are the prepared passes read, the signature stored and the receipt marked signed;
 * 3. the passes become active, the household moves in, the e-mails are queued (each at most
 *    once), and the receipt is marked complete.
 * Where the database has transactions (PostgreSQL) it all happens in one. Where it does not
 * (SQLite, MongoDB without a replica set), a crash leaves a receipt that is not complete, and
 * `settleHandover` (run at start-up and after a failure) finishes it from step 3 or, if it never
 * got a signature, withdraws it.
 */
export async function handOverPasses(req: PayloadRequest, input: HandOverInput) {
  if (!hasRole(req.user, ...OFFICE_ROLES)) throw new Forbidden(req.t)
  const problem = checkSignature(input.signature)
  if (problem) refuse(req, problem, 400)
  if (input.copyTo && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.copyTo)) {
    refuse(req, 'handover.copy-to-invalid', 400)
  }

  const household = await req.payload.findByID({
    collection: 'households',
    id: input.household,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const signer = await resolveSigner(req, household.id, input.signer)
  const idempotencyKey = input.idempotencyKey
    ? `${String(household.id)}:${input.idempotencyKey}`
    : null
  if (idempotencyKey) {
    const earlier = await findByIdempotencyKey(req, idempotencyKey)
    if (earlier) return { receipt: replay(req, earlier), replayed: true }
  }

  const ownTransaction = await initTransaction(req)
  let receiptId: string | number | undefined
  try {
    const earlierHandovers = await req.payload.count({
      collection: 'pass-receipts',
      where: { household: { equals: household.id } },
      req,
      overrideAccess: true,
    })
    const sequence = earlierHandovers.totalDocs + 1
    const now = new Date().toISOString()
    const claim = await req.payload
      .create({
        collection: 'pass-receipts',
        data: {
          household: household.id,
          sequence,
          claim: handoverClaim(household.id, sequence),
          idempotencyKey,
          state: 'claimed',
          ...signer,
          signedAt: now,
          copyTo: input.copyTo || null,
        },
        req,
        overrideAccess: true,
      })
      .catch(async (error: unknown) => {
        // PostgreSQL aborts a transaction at a failed insert: leave it before reading again.
        if (ownTransaction) await killTransaction(req)
        if (idempotencyKey && isUniqueConflict(error, 'idempotencyKey')) {
          const earlier = await findByIdempotencyKey(req, idempotencyKey)
          if (earlier) return { replayOf: earlier }
        }
        if (isUniqueConflict(error, 'claim', 'idempotencyKey')) {
          refuse(req, 'handover.in-progress', 409)
        }
        throw error
      })
    if ('replayOf' in claim) return { receipt: replay(req, claim.replayOf), replayed: true }
    receiptId = claim.id
    // A later number while an earlier handover is unfinished: that one owns the passes.
    const unfinished = await req.payload.count({
      collection: 'pass-receipts',
      where: {
        household: { equals: household.id },
        state: { not_equals: 'complete' },
        id: { not_equals: claim.id },
      },
      req,
      overrideAccess: true,
    })
    if (unfinished.totalDocs > 0) refuse(req, 'handover.in-progress', 409)

    // Read once this handover holds its number: what it finds is what it hands over.
    const selected = input.passes ? [...new Set(input.passes.map(String))] : null
    const prepared = await req.payload.find({
      collection: 'passes',
      where: selected
        ? { id: { in: selected } }
        : { household: { equals: household.id }, status: { equals: 'prepared' } },
      sort: 'number',
      limit: 500,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const lang = requestLang(req)
    const refusal = selectionRefusal(household.id, selected, prepared.docs, (amount, currency) =>
      formatMoney(amount, currency, lang),
    )
    if (refusal) refuse(req, refusal.code, refusal.status, refusal.params)

    const signature = await storeSignature(req, {
      household: household.id,
      png: input.signature,
      name: household.unit,
    })
    const signed = await req.payload.update({
      collection: 'pass-receipts',
      id: claim.id,
      data: { state: 'signed', signature: signature.id, passes: prepared.docs.map((p) => p.id) },
      depth: 0,
      req,
      overrideAccess: true,
    })
    failpoint('handover:signed')
    const receipt = await completeHandover(req, signed)
    if (ownTransaction) await commitTransaction(req)
    return { receipt, replayed: false }
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    else if (receiptId !== undefined) await settleHandover(req, receiptId).catch(() => undefined)
    throw error
  }
}

/** The signer as the receipt keeps them: a member of the household by reference, or a typed name and note. */
async function resolveSigner(
  req: PayloadRequest,
  household: string | number,
  signer: HandOverSigner,
): Promise<{ signedByName: string; signerMember: number | null; signerNote: string | null }> {
  if ('member' in signer) {
    const member = await req.payload
      .findByID({
        collection: 'members',
        id: signer.member,
        depth: 0,
        select: { name: true, household: true, relationship: true, age: true },
        req,
        overrideAccess: true,
        disableErrors: true,
      })
      .catch(() => null)
    const refusal = signerRefusal(household, { member, memberId: signer.member })
    if (refusal) refuse(req, refusal.code, refusal.status, refusal.params)
    return { signedByName: member!.name, signerMember: member!.id, signerNote: null }
  }
  const refusal = signerRefusal(household, signer)
  if (refusal) refuse(req, refusal.code, refusal.status, refusal.params)
  return { signedByName: signer.name.trim(), signerMember: null, signerNote: signer.note.trim() }
}

function findByIdempotencyKey(req: PayloadRequest, idempotencyKey: string) {
  return req.payload
    .find({
      collection: 'pass-receipts',
      where: { idempotencyKey: { equals: idempotencyKey } },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    .then((r) => r.docs[0])
}

/** The first request's result for a retry: the completed receipt, or 409 while it is under way. */
function replay(req: PayloadRequest, receipt: PassReceipt) {
  if (receipt.state !== 'complete') refuse(req, 'handover.in-progress', 409)
  return receipt
}

/**
 * Step 3, idempotent: every pass on a signed receipt (read at depth 0) active, the household moved
 * in, each e-mail copy queued once, the receipt complete. Running it again after a crash finishes
 * what is left.
 */
export async function completeHandover(req: PayloadRequest, receipt: PassReceipt) {
  if (receipt.state === 'complete') return receipt
  const household = await req.payload.findByID({
    collection: 'households',
    id: idOf(receipt.household),
    depth: 0,
    req,
    overrideAccess: true,
  })
  const passIds = (receipt.passes ?? []).map((p) => idOf(p))
  const passes = await req.payload.find({
    collection: 'passes',
    where: { id: { in: passIds } },
    sort: 'number',
    limit: passIds.length,
    depth: 1,
    req,
    overrideAccess: true,
  })
  const at = receipt.signedAt
  for (const [i, pass] of passes.docs.entries()) {
    if (pass.status === 'prepared') {
      await req.payload.update({
        collection: 'passes',
        id: pass.id,
        data: { status: 'active', activatedAt: at, receipt: receipt.id },
        req,
        overrideAccess: true,
        context: asOperation('handover'),
      })
    }
    if (i === 0) failpoint('handover:first-pass')
  }
  if (household.status === 'pre-move-in') {
    await req.payload.update({
      collection: 'households',
      id: household.id,
      data: { status: 'moved-in', movedInAt: at },
      req,
      overrideAccess: true,
      context: asOperation('handover'),
    })
  }
  // Each copy in its reader's language: a resident's own setting; a copy address, Chinese.
  const recipients = new Map<string, Lang>()
  if (receipt.copyTo) recipients.set(receipt.copyTo, recipientLang(null))
  const residents = await req.payload.find({
    collection: 'residents',
    where: { household: { equals: household.id } },
    depth: 0,
    limit: 50,
    req,
    overrideAccess: true,
  })
  for (const r of residents.docs) recipients.set(r.email, recipientLang(r.language))
  const receiptLines = {
    unit: household.unit,
    signedByName: receipt.signedByName,
    signedAt: at,
    passes: passes.docs,
  }
  const estate = await readEstate(req, household.estate)
  for (const [to, lang] of recipients) {
    const message = receiptEmail(receiptLines, lang, estate)
    await queueNotification(
      req,
      { to, ...message, estate: estate.id },
      `pass-receipt:${String(receipt.id)}:${to}`,
    )
  }
  failpoint('handover:queued')
  return req.payload.update({
    collection: 'pass-receipts',
    id: receipt.id,
    data: { state: 'complete' },
    depth: 0,
    req,
    overrideAccess: true,
  })
}

/**
 * Brings an unfinished handover to a consistent end: a signed one is completed; a mere claim (no
 * signature yet, nothing else changed) is withdrawn so the household can be handed over again.
 */
export async function settleHandover(req: PayloadRequest, receiptId: string | number) {
  const receipt = await req.payload.findByID({
    collection: 'pass-receipts',
    id: receiptId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!receipt || receipt.state === 'complete') return
  if (receipt.state === 'signed') {
    await completeHandover(req, receipt)
    return
  }
  await req.payload.delete({
    collection: 'pass-receipts',
    id: receipt.id,
    req,
    overrideAccess: true,
  })
}

/** At start-up: every handover a crash left unfinished is completed or withdrawn. */
export async function settleUnfinishedHandovers(payload: Payload) {
  const req = await createLocalReq({}, payload)
  const { docs } = await payload.find({
    collection: 'pass-receipts',
    where: { state: { not_equals: 'complete' } },
    limit: 1000,
    depth: 0,
    overrideAccess: true,
  })
  for (const receipt of docs) {
    await settleHandover(req, receipt.id)
    payload.logger.info(`Settled the unfinished handover ${String(receipt.id)} (${receipt.state})`)
  }
  return docs.length
}
