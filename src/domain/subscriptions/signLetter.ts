import type { PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { actorHasRole, actorOf } from '@/access/actor'
import { releaseClaim, takeClaim } from '@/domain/claims/takeClaim'
import { idOf } from '@/domain/relations'
import { checkSignature, storeSignature } from '@/domain/signatures/signature'
import { asOperation, stateLabel } from '@/domain/workflow/defineWorkflow'
import { refuse, requestLang } from '@/errors/refuse'

import { SUBSCRIPTION_WORKFLOW } from './workflow'

export type SignedPaper = { signature: Buffer; signedByName: string }

/**
 * The resident of the household (in the portal) or customer service (the resident signing at the
 * desk): nobody else signs a household's papers. Returns where it was signed.
 */
export function signerOf(req: PayloadRequest): 'portal' | 'desk' {
  const actor = actorOf(req)
  if (actor.kind === 'resident') return 'portal'
  if (actorHasRole(actor, 'cs')) return 'desk'
  return refuse(req, 'request.forbidden', 403)
}

/** The signature and the signer's name, checked; a refusal names what is wrong. */
export function checkSignedPaper(req: PayloadRequest, input: SignedPaper) {
  const problem = checkSignature(input.signature)
  if (problem) refuse(req, problem, 400)
  const name = input.signedByName?.trim()
  if (!name || name.length > 100) refuse(req, 'subscription.signer-name', 400)
  return name
}

/**
 * SUB-3: the resident signs the confirmation letter (period, monthly fee, the one-month minimum
 * and the cancellation rules, shown before signing) and so authorises monthly billing. The
 * signature image is kept and the subscription becomes `signed`, as one write where the database
 * has transactions; the workflow's `sign` move is this operation's alone, and of two signatures
 * sent at once one takes the letter's unique claim and the other finds it signed (409), on every
 * database and across server processes.
 */
export async function signConfirmationLetter(
  req: PayloadRequest,
  id: string | number,
  input: SignedPaper,
) {
  const via = signerOf(req)
  const key = `subscription-letter:${String(id)}`
  const ownTransaction = await initTransaction(req)
  let claimed = false
  try {
    // Read as the signer: a resident finds only their own household's subscriptions.
    const subscription = await req.payload.findByID({
      collection: 'subscriptions',
      id,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
    })
    const notAwaiting = (status: string | null | undefined) =>
      refuse(req, 'subscription.not-awaiting-signature', 409, {
        status: stateLabel(SUBSCRIPTION_WORKFLOW, status, requestLang(req)),
      })
    if (subscription.status !== 'confirmed-by-supplier') notAwaiting(subscription.status)
    const signedByName = checkSignedPaper(req, input)
    // The letter is signed once: of two signatures at the same moment, one takes the claim.
    claimed = await takeClaim(req, key, () => stillAwaiting(req, subscription.id), !!ownTransaction)
    if (!claimed) notAwaiting('signed')
    const signature = await storeSignature(req, {
      household: idOf(subscription.household),
      png: input.signature,
      name: `letter-${String(subscription.id)}`,
    })
    const signed = await req.payload.update({
      collection: 'subscriptions',
      id: subscription.id,
      data: {
        status: 'signed',
        letterSignature: signature.id,
        letterSignedByName: signedByName,
        letterSignedAt: new Date().toISOString(),
        letterSignedVia: via,
      },
      depth: 0,
      req,
      overrideAccess: true,
      context: asOperation('sign'),
    })
    if (ownTransaction) await commitTransaction(req)
    return signed
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    else if (claimed) await releaseClaim(req, key)
    throw error
  }
}

/** Whether a claimed letter was never signed after all (its operation crashed). */
async function stillAwaiting(req: PayloadRequest, id: string | number) {
  const current = await req.payload.findByID({
    collection: 'subscriptions',
    id,
    depth: 0,
    select: { status: true },
    req,
    overrideAccess: true,
  })
  return current.status === 'confirmed-by-supplier'
}
