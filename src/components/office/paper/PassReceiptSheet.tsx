import './paper.css'

import { formatMoney } from '@/domain/money/formatMoney'
import { formalDate } from '@/domain/paper/formalDate'
import { paymentState, paymentTotals } from '@/domain/paper/passPayment'
import { receiptNumber } from '@/domain/paper/receiptNumber'
import type { OfficeLang } from '@/i18n/office'
import type { PaperText } from '@/i18n/paper'
import type { EstateLogo, Member, Signature, User } from '@payload-types'

import type { ReceiptData } from './loadPaper'

const PAYMENT_CLASS = { free: '', paid: 'pay-paid', owed: 'pay-owed' } as const

/**
 * PAS-4 / PAS-5: the sign-for receipt on paper. One A4 page for a household of up to 6 members
 * (3 passes each); a bigger one runs over with the letterhead repeated on every page. Pass
 * numbers only, never QR codes: a photocopy must not be a set of working passes.
 */
export function PassReceiptSheet({
  data,
  lang,
  t,
  heading = 'h1',
  now = new Date(),
}: {
  data: ReceiptData
  lang: OfficeLang
  t: PaperText
  heading?: 'h1' | 'h2'
  now?: Date
}) {
  const { household, estate, passes, signed, sequence } = data
  const Heading = heading
  const colon = lang === 'en' ? ': ' : '：'
  const currency = estate.currency
  const money = (amount: number, code?: string | null) =>
    formatMoney(amount, code || currency, lang)
  const totals = paymentTotals(passes)
  const estateName = lang === 'en' ? estate.nameEn || estate.name : estate.name
  const logo = typeof estate.logo === 'object' ? (estate.logo as EstateLogo | null) : null
  const number = receiptNumber(estate.code, household.unit, sequence)
  const date = formalDate(signed ? signed.signedAt : now, estate.timeZone, lang)
  const signature =
    signed && typeof signed.signature === 'object' ? (signed.signature as Signature) : null
  const handedOverBy =
    signed?.createdBy && typeof signed.createdBy.value === 'object'
      ? (signed.createdBy.value as User).name
      : null

  return (
    <article className="receipt-sheet" aria-labelledby={`receipt-${household.id}`}>
      <table className="receipt-table">
        <thead>
          <tr>
            <td colSpan={4} className="letterhead-cell">
              <div className={logo?.url ? 'letterhead with-logo' : 'letterhead'}>
                {logo?.url && (
                  // eslint-disable-next-line @next/next/no-img-element -- served by Payload with access checks
                  <img src={logo.url} alt="" />
                )}
                <div>
                  <div className="office">{t('estateOffice', { estate: estateName })}</div>
                  {estate.address && <div className="address">{estate.address}</div>}
                </div>
                <Heading id={`receipt-${household.id}`}>
                  {t('receiptTitle')} · {household.unit}
                </Heading>
              </div>
              <dl className="receipt-meta">
                <div>
                  <dt>{t('receiptNo')}</dt>
                  <dd>
                    {number}
                    {signed ? '' : lang === 'en' ? ` (${t('draft')})` : `（${t('draft')}）`}
                  </dd>
                </div>
                <div>
                  <dt>{t('unit')}</dt>
                  <dd>{household.unit}</dd>
                </div>
                <div>
                  <dt>{t('receiptDate')}</dt>
                  <dd>{date}</dd>
                </div>
              </dl>
            </td>
          </tr>
          <tr>
            <th scope="col">{t('passNumber')}</th>
            <th scope="col">{t('holder')}</th>
            <th scope="col" className="money">
              {t('fee')}
            </th>
            <th scope="col">{t('payment')}</th>
          </tr>
        </thead>
        <tbody>
          {passes.length === 0 ? (
            <tr>
              <td colSpan={4}>{t('noPrepared')}</td>
            </tr>
          ) : (
            passes.map((p) => {
              const state = paymentState(p)
              return (
                <tr key={p.id}>
                  <td>{p.number}</td>
                  <td>{typeof p.member === 'object' ? (p.member as Member).name : ''}</td>
                  <td className="money">{p.fee ? money(p.fee, p.currency) : '—'}</td>
                  <td className={PAYMENT_CLASS[state]}>{t(state)}</td>
                </tr>
              )
            })
          )}
        </tbody>
      </table>
      {passes.length > 0 && (
        <>
          <div className="receipt-totals" aria-label={t('totals')} role="group">
            <p>
              {t('totals')}
              {colon}
              {t('totalPasses', { n: totals.passes })} ·{' '}
              {t('totalFees', { amount: money(totals.fees, totals.currency) })} ·{' '}
              {t('totalPaid', { amount: money(totals.paid, totals.currency) })} ·{' '}
              {t('totalOwed', { amount: money(totals.owed, totals.currency) })}
            </p>
            <p className={PAYMENT_CLASS[totals.overall]}>
              {totals.overall === 'owed'
                ? t('overallOwed', { amount: money(totals.owed, totals.currency) })
                : t(totals.overall === 'paid' ? 'overallPaid' : 'overallFree')}
            </p>
          </div>
          <p className="receipt-note">{t('noQrNote')}</p>
          <p className="receipt-declaration">{t('declaration')}</p>
          <div className="receipt-sign">
            <div>
              <div className="value">
                {signature?.url ? (
                  // eslint-disable-next-line @next/next/no-img-element
                  <img
                    className="signed-image"
                    src={signature.url}
                    alt={`${t('signature')}: ${signed!.signedByName}`}
                  />
                ) : null}
              </div>
              <div className="line">
                {t('signature')}
                {signed ? ` · ${t('signedBy')}${colon}${signed.signedByName}` : ''}
              </div>
            </div>
            <div>
              <div className="value">
                {signed ? formalDate(signed.signedAt, estate.timeZone, lang, { time: true }) : ''}
              </div>
              <div className="line">
                {signed ? t('signedAt') : t('signDate')}
                {signed || lang === 'en' ? '' : `${colon}${t('blankDate')}`}
                {handedOverBy ? ` · ${t('handedOverBy')}${colon}${handedOverBy}` : ''}
              </div>
            </div>
          </div>
        </>
      )}
    </article>
  )
}
