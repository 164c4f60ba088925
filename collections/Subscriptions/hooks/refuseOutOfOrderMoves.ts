import type { CollectionBeforeChangeHook } from 'payload'

import { requestLang, invalidField } from '@/errors/refuse'
import { operationOf } from '@/domain/workflow/defineWorkflow'
import { isCancellable, SUPPLIER_LABELS, type Supplier } from '@/domain/subscriptions/workflow'

const BEFORE_APPROVAL = ['requested', 'confirmed-by-supplier', 'signed']

/**
 * The procedure's own refusals, said in its own words before the workflow's table is asked (it
 * would only say "not this way"): SUB-7 only post-office subscriptions are cancelled, the others
 * being prepaid; SUB-4 nothing is ordered before a supervisor or manager approves; SUB-5 a CNPIEC
 * order needs the written confirmation of quantity. An operation making its move (sign, cancel)
 * finds the record still where it started, or makes none: two at once cannot both sign.
 */
export const refuseOutOfOrderMoves: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
  context,
  collection,
}) => {
  if (operation !== 'update') return data
  const where = { collection: collection.slug }
  const from = originalDoc?.status as string | undefined
  const to = data.status as string | undefined
  const supplier = (data.supplier ?? originalDoc?.supplier) as Supplier
  const op = operationOf(context)
  if (op === 'sign' && from !== 'confirmed-by-supplier') {
    throw invalidField(req, where, 'status', 'subscription.not-awaiting-signature', {
      status: String(from),
    })
  }
  if (op === 'cancel' && from !== 'ordered' && from !== 'active') {
    throw invalidField(req, where, 'status', 'subscription.not-cancellable-now', {
      status: String(from),
    })
  }
  const letterSent = data.cancellationLetterSentAt
  if (letterSent && letterSent !== originalDoc?.cancellationLetterSentAt && from !== 'cancelled') {
    throw invalidField(req, where, 'cancellationLetterSentAt', 'subscription.not-cancelled')
  }
  if (to === undefined || to === null || to === from) return data
  if (to === 'cancelled' && !isCancellable(supplier)) {
    throw invalidField(req, where, 'status', 'subscription.prepaid', {
      supplier: SUPPLIER_LABELS[supplier]?.[requestLang(req)] ?? String(supplier),
    })
  }
  if (to === 'ordered' && from && BEFORE_APPROVAL.includes(from)) {
    throw invalidField(req, where, 'status', 'subscription.not-approved')
  }
  if (to === 'ordered' && supplier === 'cnpiec') {
    const quantity = data.quantity ?? originalDoc?.quantity
    const sentAt = data.quantityConfirmationSentAt ?? originalDoc?.quantityConfirmationSentAt
    if (!(typeof quantity === 'number' && quantity >= 1) || !sentAt) {
      throw invalidField(
        req,
        where,
        'quantityConfirmationSentAt',
        'subscription.cnpiec-confirmation',
      )
    }
  }
  return data
}
