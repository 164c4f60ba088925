import { MonthNav } from '@/components/office/MonthNav'
import { PrintButton } from '@/components/office/PrintButton'
import {
  monthOrThisOne,
  REGISTER_ROLES,
  requireSubscriptionStaff,
} from '@/components/office/subscriptionStaff'
import { estateName } from '@/domain/estates/readEstate'
import { formatMoney, formatMonth, supplierName } from '@/domain/subscriptions/letters'
import { monthOf } from '@/domain/subscriptions/months'
import { readSubscriptionsOfMonth } from '@/domain/subscriptions/readMonth'
import { monthlyRegister, type RegisterRow } from '@/domain/subscriptions/register'
import {
  CATEGORY_LABELS,
  SUBSCRIPTION_STATUS_LABELS,
  type Supplier,
} from '@/domain/subscriptions/workflow'
import type { subscriptionOfficeText } from '@/i18n/subscriptions'

type Args = { searchParams: Promise<{ month?: string }> }

/**
 * SUB-6: the month's publications register (報刊登記冊): titles, periods and units, grouped by
 * category and title, on A4 from the browser's print, and as CSV. SUB-7: a cancellation is marked
 * in a red box in every month it concerns.
 */
export default async function SubscriptionRegisterPage({ searchParams }: Args) {
  const query = await searchParams
  const { req, lang, estate, t } = await requireSubscriptionStaff(
    '/office/subscriptions/register',
    REGISTER_ROLES,
  )
  const month = monthOrThisOne(query.month, estate.timeZone)
  const groups = monthlyRegister(await readSubscriptionsOfMonth(req, month), month)
  const rows = groups.flatMap((g) => g.titles.flatMap((title) => title.rows))
  const delivered = rows.filter((r) => r.delivered)
  const monthLabel = formatMonth(month, lang)

  return (
    <main>
      <div className="topbar no-print">
        <a href="/admin/collections/subscriptions">{t('backToAdmin')}</a>
        <div className="actions">
          <a className="button secondary" href={`/office/subscriptions/charges?month=${month}`}>
            {t('toCharges')}
          </a>
          <a
            className="button secondary"
            href={`/api/subscriptions/register?month=${month}&format=csv`}
            download
          >
            {t('exportCsv')}
          </a>
          <PrintButton label={t('print')} />
        </div>
      </div>
      <div className="receipt-head">
        <h1>{t('registerOf', { month: monthLabel })}</h1>
        <span>{estateName(estate, lang)}</span>
      </div>
      <MonthNav month={month} t={t} action="/office/subscriptions/register" />
      <p className="summary">
        {t('registerHelp')} {t('units', { n: new Set(delivered.map((r) => r.unit)).size })}
      </p>
      {groups.length === 0 ? <p>{t('nothingThisMonth')}</p> : null}
      {groups.map((group) => (
        <section key={group.category} aria-labelledby={`cat-${group.category}`}>
          <h2 id={`cat-${group.category}`} className="register-category">
            {CATEGORY_LABELS[group.category][lang]}
          </h2>
          {group.titles.map((title, i) => (
            <div key={title.title}>
              <h3 className="register-title" id={`title-${group.category}-${i}`}>
                {title.title}{' '}
                <small>
                  · {supplierName(title.supplier as Supplier, title.rows[0]?.supplierName, lang)} ·{' '}
                  {t('deliveredTo', { n: title.rows.filter((r) => r.delivered).length })}
                </small>
              </h3>
              <table className="register-table" aria-labelledby={`title-${group.category}-${i}`}>
                <thead>
                  <tr>
                    <th scope="col">{t('unit')}</th>
                    <th scope="col">{t('period')}</th>
                    <th scope="col" className="num">
                      {t('months')}
                    </th>
                    <th scope="col" className="num">
                      {t('monthlyFee')}
                    </th>
                    <th scope="col">{t('status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {title.rows.map((row) => (
                    <tr key={row.id} className={row.cancellationMark ? 'cancelled' : undefined}>
                      <td>
                        <a href={`/admin/collections/subscriptions/${row.id}`}>{row.unit}</a>
                      </td>
                      <td>
                        {formatMonth(monthOf(row.startDate), lang)} –{' '}
                        {formatMonth(monthOf(row.endDate), lang)}
                      </td>
                      <td className="num">{row.months}</td>
                      <td className="num">{formatMoney(row.monthlyFee, row.currency, lang)}</td>
                      <td>
                        <CancellationMark row={row} t={t} lang={lang} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </section>
      ))}
    </main>
  )
}

function CancellationMark({
  row,
  t,
  lang,
}: {
  row: RegisterRow
  t: ReturnType<typeof subscriptionOfficeText>
  lang: 'zh-TW' | 'en'
}) {
  if (!row.cancellationMark) return <>{SUBSCRIPTION_STATUS_LABELS[row.status][lang]}</>
  const last = formatMonth(monthOf(row.cancellationEndDate), lang)
  const text =
    row.cancellationMark === 'stopped'
      ? t('markStopped', { last })
      : row.cancellationMark === 'last-month'
        ? t('markLastMonth', { date: formatMonth(monthOf(row.cancelledAt), lang) })
        : t('markTaken', { last })
  return <strong className="cancel-mark">{text}</strong>
}
