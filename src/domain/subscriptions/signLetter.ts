import type { PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { actorHasRole, actorOf } from '@/access/actor'
import { idOf } from '@/domain/relations'
import { checkSignature, storeSignature } from '@/domain/signatures/signature'
import { asOperation, stateLabel } from '@/domain/workflow/defineWorkflow'
import { refuse, requestLang } from '@/errors/refuse'

import { lockSubscription, oneAtATime } from './oneAtATime'
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
 * sent at once the second finds the letter signed (409).
 */
export async function signConfirmationLetter(
  req: PayloadRequest,
  id: string | number,
  input: SignedPaper,
) {
  const via = signerOf(req)
  return oneAtATime(id, async () => {
    const ownTransaction = await initTransaction(req)
    try {
      await lockSubscription(req, id)
      // Read as the signer, once it is this request's turn: a resident finds only their own
      // household's subscriptions, and a letter signed a moment ago is signed.
      const subscription = await req.payload.findByID({
        collection: 'subscriptions',
        id,
        depth: 0,
        req,
        user: req.user,
        overrideAccess: false,
      })
      if (subscription.status !== 'confirmed-by-supplier') {
        refuse(req, 'subscription.not-awaiting-signature', 409, {
          status: stateLabel(SUBSCRIPTION_WORKFLOW, subscription.status, requestLang(req)),
        })
      }
      const signedByName = checkSignedPaper(req, input)
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
      throw error
    }
  })
}
