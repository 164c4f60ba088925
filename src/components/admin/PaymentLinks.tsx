'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { paymentsText } from '@/i18n/payments'

const textOf = (language: string) => paymentsText(language === 'en' ? 'en' : 'zh-TW')

/** On a payment: its printable receipt (PAS-3). */
export function PaymentReceiptLink() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  if (!id) return null
  return (
    <p>
      <a href={`/office/payments/${id}/receipt`}>{textOf(i18n.language)('printReceipt')}</a>
    </p>
  )
}

/** Above the payments list: the finance report of outstanding fees and payments per day. */
export function PaymentReportLink() {
  const { i18n } = useTranslation()
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a href="/office/payments/report">{textOf(i18n.language)('reportLink')}</a>
    </p>
  )
}
