import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PrintButton } from '@/components/office/PrintButton'
import { requirePaymentStaff } from '@/components/office/payments/staff'
import { VoidPaymentForm } from '@/components/office/payments/VoidPaymentForm'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { formatMoney } from '@/domain/money/formatMoney'
import { readPaymentReceipt } from '@/domain/payments/receipt'
import { PAYMENT_METHOD_LABELS } from '@/domain/payments/rules'
import { PAYMENT_VOIDERS } from '@/domain/payments/voidPayment'
import { actorHasRole, actorOf } from '@/access/actor'
import { isRecordId } from '@/server/ids'
import '@/components/office/payments/payments.css'

export const metadata: Metadata = { title: '收據 · Payment receipt' }

type Args = { params: Promise<{ id: string }> }

/**
 * PAS-3: the printable payment receipt, one A4 page: the estate's name, address and logo, the
 * receipt number, the date in the estate's time zone, the household, each pass with its fee, the
 * total, the method and who took it — in the office language. The e-mail copy says the same.
 */
export default async function PaymentReceiptPage({ params }: Args) {
  const { id } = await params
  const { payload, user, lang, t } = await requirePaymentStaff(`/office/payments/${id}/receipt`)
  if (!isRecordId(id, payload.db.defaultIDType)) notFound()
  const receipt = await readPaymentReceipt(payload, id, { user })
  if (!receipt) notFound()
  const money = (amount: number) => formatMoney(amount, receipt.currency, lang)
  const estateName =
    lang === 'en' ? receipt.estate.nameEn || receipt.estate.name : receipt.estate.name

  return (
    <main className="payment-receipt">
      <div className="topbar no-print">
        <a href={`/office/households/${receipt.household.id}/payment`}>{t('backToHousehold')}</a>
        <div className="actions">
          <PrintButton label={t('print')} />
        </div>
      </div>
      <header className="letterhead">
        {receipt.estate.logoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by Payload with access checks
          <img src={receipt.estate.logoUrl} alt="" />
        ) : null}
        <div>
          <p className="estate-name">{t('estateOffice', { estate: estateName })}</p>
          {receipt.estate.address ? <p className="address">{receipt.estate.address}</p> : null}
        </div>
      </header>
      <h1>
        {t('receiptTitle')}
        {receipt.voided ? <span className="void-mark"> · {t('voided')}</span> : null}
      </h1>
      {receipt.voided ? (
        <p className="warning">
          {t('voidedNote', {
            at: formatEstateDateTime(receipt.voided.at, receipt.estate.timeZone, lang),
            reason: receipt.voided.reason,
          })}
        </p>
      ) : null}
      <dl>
        <dt>{t('receiptNumber')}</dt>
        <dd>
          <strong>{receipt.receiptNumber}</strong>
        </dd>
        <dt>{t('paidAt')}</dt>
        <dd>{formatEstateDateTime(receipt.paidAt, receipt.estate.timeZone, lang)}</dd>
        <dt>{t('receivedFrom')}</dt>
        <dd>
          {t('unit')} {receipt.household.unit}
        </dd>
      </dl>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('passNumber')}</th>
            <th scope="col">{t('member')}</th>
            <th scope="col" className="money">
              {t('fee')}
            </th>
          </tr>
        </thead>
        <tbody>
          {receipt.passes.map((p) => (
            <tr key={p.number}>
              <td>{p.number}</td>
              <td>{p.member}</td>
              <td className="money">{money(p.fee)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('total')}
            </th>
            <td className="money">
              <strong>{money(receipt.amount)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
      <dl>
        <dt>{t('method')}</dt>
        <dd>{PAYMENT_METHOD_LABELS[receipt.method][lang]}</dd>
        {receipt.reference ? (
          <>
            <dt>{t('referenceShort')}</dt>
            <dd>{receipt.reference}</dd>
          </>
        ) : null}
        {receipt.recordedByName ? (
          <>
            <dt>{t('recordedBy')}</dt>
            <dd>{receipt.recordedByName}</dd>
          </>
        ) : null}
      </dl>
      <p className="foot">{t('receiptFoot')}</p>
      {!receipt.voided && actorHasRole(actorOf({ user }), ...PAYMENT_VOIDERS) ? (
        <VoidPaymentForm lang={lang} paymentId={receipt.id} />
      ) : null}
    </main>
  )
}
