import { readEstateOf } from '@/components/office/mail/estateOf'
import { requireOfficeStaff } from '@/components/office/staff'
import { monthlyReport } from '@/domain/complaints/monthlyReport'
import { COMPLAINT_DEPARTMENT_LABELS } from '@/domain/complaints/transitions'
import { complaintDeskText } from '@/i18n/complaintDesk'
import { officeTitle } from '@/components/office/officeTitle'

export const generateMetadata = officeTitle('投訴月報', 'Complaints report')

const thisMonth = () => new Date().toISOString().slice(0, 7)

/**
 * The property manager's monthly report by department: complaints received in the month, median
 * time to close, overdue, and the share accepted at the first visit. Read as the staff member.
 */
export default async function ComplaintReportPage({
  searchParams,
}: {
  searchParams: Promise<{ month?: string }>
}) {
  const { month: asked } = await searchParams
  const month =
    typeof asked === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) ? asked : thisMonth()
  const { payload, user, lang } = await requireOfficeStaff(
    `/office/complaints/report?month=${month}`,
  )
  const t = complaintDeskText(lang)
  const estate = await readEstateOf(payload, user)
  const [y, m] = month.split('-').map(Number) as [number, number]
  const start = new Date(Date.UTC(y, m - 1, 1)).toISOString()
  const end = new Date(Date.UTC(y, m, 1)).toISOString()
  const { docs } = await payload.find({
    collection: 'complaints',
    where: {
      and: [{ createdAt: { greater_than_equal: start } }, { createdAt: { less_than: end } }],
    },
    limit: 100_000,
    pagination: false,
    depth: 0,
    select: {
      department: true,
      status: true,
      createdAt: true,
      closedAt: true,
      closedHow: true,
      respondBy: true,
      plannedAt: true,
      reopenCount: true,
    },
    user,
    overrideAccess: false,
  })
  const rows = monthlyReport(docs, new Date())
  const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`)
  return (
    <main>
      <div className="topbar no-print">
        <a href="/office/complaints">{t('desk')}</a>
        <form className="actions" method="get">
          <label htmlFor="month">{t('month')}</label>
          <input id="month" name="month" type="month" defaultValue={month} />
          <button className="button" type="submit">
            {t('show')}
          </button>
        </form>
      </div>
      <h1>{t('reportTitle', { month })}</h1>
      <p>{lang === 'en' ? estate.nameEn : estate.name}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('department')}</th>
            <th scope="col">{t('count')}</th>
            <th scope="col">{t('closed')}</th>
            <th scope="col">{t('medianClose')}</th>
            <th scope="col">{t('overdueCol')}</th>
            <th scope="col">{t('firstVisit')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.department}>
              <th scope="row">{COMPLAINT_DEPARTMENT_LABELS[r.department][lang]}</th>
              <td>{r.count}</td>
              <td>{r.closed}</td>
              <td>
                {r.medianHoursToClose === null
                  ? '—'
                  : t('hours', { n: Math.round(r.medianHoursToClose * 10) / 10 })}
              </td>
              <td className={r.overdue ? 'flag' : undefined}>{r.overdue}</td>
              <td>{pct(r.acceptedFirstTime)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('total')}</th>
            <td>{docs.length}</td>
            <td>{rows.reduce((n, r) => n + r.closed, 0)}</td>
            <td />
            <td>{rows.reduce((n, r) => n + r.overdue, 0)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </main>
  )
}
