import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PaymentForm } from '@/components/office/payments/PaymentForm'
import { requirePaymentStaff } from '@/components/office/payments/staff'
import { readEstate } from '@/domain/estates/readEstate'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { formatMoney } from '@/domain/money/formatMoney'
import { isPaymentMethod, PAYMENT_METHOD_LABELS } from '@/domain/payments/rules'
import { idOf } from '@/domain/relations'
import { isRecordId } from '@/server/ids'
import { createLocalReq } from 'payload'
import '@/components/office/payments/payments.css'

export const metadata: Metadata = { title: '收取出入證費用 · Take payment for passes' }

type Args = { params: Promise<{ id: string }>; searchParams: Promise<{ paid?: string }> }

/**
 * PAS-3 at the counter: what the household owes (its passes with an unpaid fee), every one ticked,
 * a method and a slip number; on confirming, the receipt number and a link to the printable
 * receipt. Read as the staff member: another estate's household is not found.
 */
export default async function HouseholdPaymentPage({ params, searchParams }: Args) {
  const { id } = await params
  const { paid } = await searchParams
  const { payload, user, lang, t, mayTakePayments } = await requirePaymentStaff(
    `/office/households/${id}/payment`,
  )
  if (!isRecordId(id, payload.db.defaultIDType)) notFound()
  const household = await payload
    .findByID({
      collection: 'households',
      id,
      depth: 0,
      user,
      overrideAccess: false,
      disableErrors: true,
    })
    .catch(() => null)
  if (!household) notFound()
  const estate = await readEstate(await createLocalReq({ user }, payload), idOf(household.estate))
  const [owed, payments] = await Promise.all([
    payload.find({
      collection: 'passes',
      where: {
        and: [
          { household: { equals: household.id } },
          { fee: { greater_than: 0 } },
          { feePaidAt: { exists: false } },
          { status: { not_equals: 'void' } },
        ],
      },
      sort: 'number',
      depth: 1,
      limit: 500,
      user,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'payments',
      where: { household: { equals: household.id } },
      sort: '-paidAt',
      depth: 0,
      limit: 50,
      user,
      overrideAccess: false,
    }),
  ])
  const rows = owed.docs.map((p) => ({
    id: p.id,
    number: p.number ?? '',
    member: typeof p.member === 'object' && p.member ? p.member.name : '',
    fee: p.fee ?? 0,
  }))
  const currency = owed.docs[0]?.currency || estate.currency
  // Just recorded (the form comes back here with ?paid=ID): its receipt number and receipt.
  const justPaid = payments.docs.find((p) => String(p.id) === String(paid ?? ''))

  return (
    <main>
      <div className="topbar no-print">
        <a href={`/admin/collections/households/${household.id}`}>{t('backToHousehold')}</a>
        <a href="/office/payments/report">{t('reportLink')}</a>
      </div>
      <h1>
        {t('payTitle')} · {t('unit')} {household.unit}
      </h1>
      {justPaid ? (
        <div className="notice-ok" role="status">
          <p>{t('recorded', { number: justPaid.receiptNumber ?? '' })}</p>
          <p>
            <a className="button" href={`/office/payments/${justPaid.id}/receipt`}>
              {t('printReceipt')}
            </a>
          </p>
        </div>
      ) : null}
      <h2>{t('owed')}</h2>
      {rows.length === 0 ? (
        <p>{t('nothingOwed')}</p>
      ) : mayTakePayments ? (
        <>
          <p>{t('payHelp')}</p>
          <PaymentForm lang={lang} householdId={household.id} passes={rows} currency={currency} />
        </>
      ) : (
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
            {rows.map((p) => (
              <tr key={p.id}>
                <td>{p.number}</td>
                <td>{p.member}</td>
                <td className="money">{formatMoney(p.fee, currency, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('paidBefore')}</h2>
      {payments.docs.length === 0 ? (
        <p>{t('noPayments')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('receiptNumber')}</th>
              <th scope="col">{t('paidAt')}</th>
              <th scope="col">{t('method')}</th>
              <th scope="col" className="money">
                {t('amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {payments.docs.map((p) => (
              <tr key={p.id}>
                <td>
                  <a href={`/office/payments/${p.id}/receipt`}>{p.receiptNumber}</a>
                  {p.voidedAt ? <span className="void-mark"> · {t('voided')}</span> : null}
                </td>
                <td>{p.paidAt ? formatEstateDateTime(p.paidAt, estate.timeZone, lang) : ''}</td>
                <td>{isPaymentMethod(p.method) ? PAYMENT_METHOD_LABELS[p.method][lang] : ''}</td>
                <td className="money">{formatMoney(p.amount ?? 0, p.currency, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  )
}
