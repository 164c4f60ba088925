import type { Metadata } from 'next'
import { createLocalReq } from 'payload'

import { requirePaymentStaff } from '@/components/office/payments/staff'
import { readEstate } from '@/domain/estates/readEstate'
import { formatMoney } from '@/domain/money/formatMoney'
import { readPaymentReport } from '@/domain/payments/readReport'
import { isDay } from '@/domain/payments/report'
import { dayInZone, PAYMENT_METHOD_LABELS, PAYMENT_METHODS } from '@/domain/payments/rules'
import '@/components/office/payments/payments.css'

export const metadata: Metadata = { title: '出入證費用報表 · Pass fees report' }

type Args = { searchParams: Promise<{ from?: string; to?: string }> }

/**
 * PAS-3, for finance: the fees each household still owes, and the payments taken each day of the
 * chosen days (the month so far unless asked), with totals; each table as CSV for a spreadsheet.
 */
export default async function PaymentReportPage({ searchParams }: Args) {
  const asked = await searchParams
  const { payload, user, estateId, lang, t } = await requirePaymentStaff('/office/payments/report')
  const estate = await readEstate(await createLocalReq({ user }, payload), estateId)
  const today = dayInZone(new Date(), estate.timeZone)
  const from = isDay(asked.from) ? asked.from : `${today.slice(0, 8)}01`
  const to = isDay(asked.to) ? asked.to : today
  const report = await readPaymentReport(payload, user, { from, to, timeZone: estate.timeZone })
  const money = (amount: number) => formatMoney(amount, estate.currency, lang)
  const csv = (table: string) =>
    `/api/payments/report?from=${report.from}&to=${report.to}&format=csv&table=${table}&lang=${lang}`

  return (
    <main>
      <div className="topbar no-print">
        <a href="/admin/collections/payments">{t('backToAdmin')}</a>
      </div>
      <h1>{t('reportTitle')}</h1>
      <p>
        {t('estateOffice', { estate: lang === 'en' ? estate.nameEn || estate.name : estate.name })}
      </p>
      <form className="report-range no-print" method="get">
        <div className="field">
          <label htmlFor="from">{t('from')}</label>
          <input id="from" name="from" type="date" defaultValue={report.from} />
        </div>
        <div className="field">
          <label htmlFor="to">{t('to')}</label>
          <input id="to" name="to" type="date" defaultValue={report.to} />
        </div>
        <button className="button" type="submit">
          {t('show')}
        </button>
      </form>

      <h2 id="per-day">{t('perDay')}</h2>
      <p>
        <time className="nowrap" dateTime={report.from}>
          {report.from}
        </time>{' '}
        {t('rangeTo')}{' '}
        <time className="nowrap" dateTime={report.to}>
          {report.to}
        </time>
      </p>
      <p className="no-print">
        <a href={csv('payments')} download>
          {t('downloadCsv')}
        </a>
      </p>
      {report.perDay.rows.length === 0 ? (
        <p>{t('perDayNone')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="per-day" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('day')}</th>
                <th scope="col" className="money">
                  {t('count')}
                </th>
                {PAYMENT_METHODS.map((m) => (
                  <th scope="col" className="money" key={m}>
                    {PAYMENT_METHOD_LABELS[m][lang]}
                  </th>
                ))}
                <th scope="col" className="money">
                  {t('total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.perDay.rows.map((r) => (
                <tr key={r.day}>
                  <th scope="row">{r.day}</th>
                  <td className="money">{r.count}</td>
                  {PAYMENT_METHODS.map((m) => (
                    <td className="money" key={m}>
                      {money(r.byMethod[m])}
                    </td>
                  ))}
                  <td className="money">{money(r.amount)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('total')}</th>
                <td className="money">{report.perDay.total.count}</td>
                {PAYMENT_METHODS.map((m) => (
                  <td className="money" key={m}>
                    {money(report.perDay.total.byMethod[m])}
                  </td>
                ))}
                <td className="money">
                  <strong>{money(report.perDay.total.amount)}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}

      <h2 id="outstanding">{t('outstanding')}</h2>
      <p className="no-print">
        <a href={csv('outstanding')} download>
          {t('downloadCsv')}
        </a>
      </p>
      {report.outstanding.rows.length === 0 ? (
        <p>{t('outstandingNone')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="outstanding" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('unit')}</th>
                <th scope="col">{t('passes')}</th>
                <th scope="col" className="money">
                  {t('amountOwed')}
                </th>
                <th scope="col" className="no-print">
                  <span className="visually-hidden">{t('takePayment')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {report.outstanding.rows.map((r) => (
                <tr key={String(r.household)}>
                  <th scope="row">{r.unit}</th>
                  <td>{r.passes.join('、')}</td>
                  <td className="money">{money(r.amount)}</td>
                  <td className="no-print">
                    <a href={`/office/households/${r.household}/payment`}>{t('takePayment')}</a>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('total')}</th>
                <td>{report.outstanding.total.passes}</td>
                <td className="money">
                  <strong>{money(report.outstanding.total.amount)}</strong>
                </td>
                <td className="no-print" />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </main>
  )
}
