import type { CollectionAfterErrorHook } from 'payload'

import { refusalBody } from '@/errors/catalogue'
import { requestLang } from '@/errors/refuse'
import { isUniqueConflict } from '@/errors/uniqueConflict'

/** Two payments took the same receipt number at the same moment: "try again", not "must be unique". */
export const isReceiptConflict = (error: unknown) => isUniqueConflict(error, 'receiptKey')

export const explainPaymentConflict: CollectionAfterErrorHook = ({ error, req }) => {
  if (!isReceiptConflict(error)) return
  return { status: 409, response: refusalBody('payment.recorded-concurrently', requestLang(req)) }
}
