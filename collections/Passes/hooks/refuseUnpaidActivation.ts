import type { CollectionBeforeChangeHook } from 'payload'

import { formatMoney } from '@/domain/money/formatMoney'
import { feeOwed } from '@/domain/passes/handoverRules'
import { invalidField, requestLang } from '@/errors/refuse'

/**
 * PAS-3: an extra pass with a fee becomes active (is handed over) only once paid — whoever moves
 * it, through whichever door, the handover operation included. Runs before the workflow's guard,
 * so an unpaid pass says why it cannot become active whatever else is wrong with the move.
 */
export const refuseUnpaidActivation: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || data.status !== 'active' || originalDoc?.status === 'active') {
    return data
  }
  const pass = {
    fee: data.fee ?? originalDoc?.fee,
    feePaidAt: data.feePaidAt !== undefined ? data.feePaidAt : originalDoc?.feePaidAt,
    status: originalDoc?.status,
  }
  if (!feeOwed(pass)) return data
  throw invalidField(req, { collection: 'passes' }, 'status', 'pass.fee-unpaid', {
    number: originalDoc?.number ?? '',
    amount: formatMoney(pass.fee ?? 0, data.currency ?? originalDoc?.currency, requestLang(req)),
  })
}
