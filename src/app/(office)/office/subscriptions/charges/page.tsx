import { MonthNav } from '@/components/office/MonthNav'
import { PrintButton } from '@/components/office/PrintButton'
import {
  monthOrThisOne,
  REGISTER_ROLES,
  requireSubscriptionStaff,
} from '@/components/office/subscriptionStaff'
import { estateName } from '@/domain/estates/readEstate'
import { formatMoney, formatMonth } from '@/domain/subscriptions/letters'
import { readSubscriptionsOfMonth } from '@/domain/subscriptions/readMonth'
import { monthlyCharges } from '@/domain/subscriptions/register'

type Args = { searchParams: Promise<{ month?: string }> }

/** SUB-6: each unit's subscription charges for a month, with its total (for monthly billing). */
export default async function SubscriptionChargesPage({ searchParams }: Args) {
  const query = await searchParams
  const { req, lang, estate, t } = await requireSubscriptionStaff(
    '/office/subscriptions/charges',
    REGISTER_ROLES,
  )
  const month = monthOrThisOne(query.month, estate.timeZone)
  const units = monthlyCharges(await readSubscriptionsOfMonth(req, month), month)
  return (
    <main>
      <div className="topbar no-print">
        <a href="/admin/collections/subscriptions">{t('backToAdmin')}</a>
        <div className="actions">
          <a className="button secondary" href={`/office/subscriptions/register?month=${month}`}>
            {t('toRegister')}
          </a>
          <PrintButton label={t('print')} />
        </div>
      </div>
      <div className="receipt-head">
        <h1>{t('chargesOf', { month: formatMonth(month, lang) })}</h1>
        <span>{estateName(estate, lang)}</span>
      </div>
      <MonthNav month={month} t={t} action="/office/subscriptions/charges" />
      {units.length === 0 ? (
        <p>{t('nothingThisMonth')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('unit')}</th>
              <th scope="col">{t('title')}</th>
              <th scope="col" className="num">
                {t('monthlyFee')}
              </th>
            </tr>
          </thead>
          <tbody>
            {units.flatMap((unit) => [
              ...unit.lines.map((line, i) => (
                <tr key={`${unit.householdId}-${line.id}`}>
                  {i === 0 ? (
                    <th scope="rowgroup" rowSpan={unit.lines.length + 1}>
                      {unit.unit}
                    </th>
                  ) : null}
                  <td>{line.title}</td>
                  <td className="num">{formatMoney(line.monthlyFee, line.currency, lang)}</td>
                </tr>
              )),
              <tr key={`${unit.householdId}-total`}>
                <td>
                  <strong>{t('total')}</strong>
                </td>
                <td className="num">
                  <strong>
                    {unit.totals.map((x) => formatMoney(x.amount, x.currency, lang)).join(' + ')}
                  </strong>
                </td>
              </tr>,
            ])}
          </tbody>
        </table>
      )}
    </main>
  )
}
