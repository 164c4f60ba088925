import { readEstateOf } from '@/components/office/mail/estateOf'
import { requireOfficeStaff } from '@/components/office/staff'
import { isOverdue } from '@/domain/complaints/rules'
import {
  COMPLAINT_DEPARTMENT_LABELS,
  COMPLAINT_STATUS_LABELS,
  COMPLAINT_STATUSES,
} from '@/domain/complaints/transitions'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { complaintDeskText } from '@/i18n/complaintDesk'
import type { Household } from '@payload-types'
import { officeTitle } from '@/components/office/officeTitle'

export const generateMetadata = officeTitle('投訴櫃枱', 'Complaints desk')

const OPEN = COMPLAINT_STATUSES.filter((s) => s !== 'closed')

/**
 * The CS desk's queue: every open complaint of the estate by status, the overdue ones first and
 * marked (received and past the department's response time), and how many came in today. Read
 * as the staff member.
 */
export default async function ComplaintDeskPage() {
  const { payload, user, lang } = await requireOfficeStaff('/office/complaints')
  const t = complaintDeskText(lang)
  const estate = await readEstateOf(payload, user)
  const now = new Date()
  const startOfDay = new Date(now.getTime() - 24 * 3600_000).toISOString()
  const [open, today] = await Promise.all([
    payload.find({
      collection: 'complaints',
      where: { status: { in: OPEN } },
      sort: 'createdAt',
      limit: 500,
      depth: 1,
      user,
      overrideAccess: false,
      select: {
        number: true,
        household: true,
        residentName: true,
        department: true,
        status: true,
        major: true,
        respondBy: true,
        committedTime: true,
        reopenCount: true,
        problem: true,
        createdAt: true,
      },
      populate: { households: { unit: true } },
    }),
    payload.count({
      collection: 'complaints',
      where: { createdAt: { greater_than_equal: startOfDay } },
      user,
      overrideAccess: false,
    }),
  ])
  const when = (iso?: string | null) =>
    iso ? formatEstateDateTime(iso, estate.timeZone, lang, { time: true }) : ''
  const overdue = open.docs.filter((c) => isOverdue(c, now))
  return (
    <main>
      <div className="topbar no-print">
        <a href="/admin">{t('back')}</a>
        <span className="actions">
          <a className="button" href="/admin/collections/complaints/create">
            {t('record')}
          </a>
          <a className="button secondary" href="/office/complaints/report">
            {t('reportLink')}
          </a>
        </span>
      </div>
      <h1>{t('desk')}</h1>
      <p>
        {t('todayHeading', { n: today.totalDocs })}
        {' · '}
        <strong className={overdue.length ? 'flag' : undefined}>
          {t('overdueCount', { n: overdue.length })}
        </strong>
      </p>
      {OPEN.map((status) => {
        const rows = open.docs
          .filter((c) => c.status === status)
          .sort((a, b) => Number(isOverdue(b, now)) - Number(isOverdue(a, now)))
        return (
          <section key={status} aria-labelledby={`h-${status}`}>
            <h2 id={`h-${status}`}>
              {COMPLAINT_STATUS_LABELS[status][lang]} ({rows.length})
            </h2>
            {rows.length === 0 ? (
              <p>{t('noneInStatus')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('number')}</th>
                    <th scope="col">{t('unit')}</th>
                    <th scope="col">{t('department')}</th>
                    <th scope="col">{t('problem')}</th>
                    <th scope="col">{t('received')}</th>
                    <th scope="col">{status === 'received' ? t('respondBy') : t('committed')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((c) => {
                    const late = isOverdue(c, now)
                    return (
                      <tr key={c.id} className={late ? 'row-overdue' : undefined}>
                        <td>
                          <a href={`/admin/collections/complaints/${c.id}`}>{c.number}</a>
                          {c.major ? <strong className="flag"> · {t('major')}</strong> : null}
                          {c.reopenCount ? <> · {t('reopened', { n: c.reopenCount })}</> : null}
                        </td>
                        <td>
                          {(c.household as Household)?.unit} {c.residentName}
                        </td>
                        <td>{COMPLAINT_DEPARTMENT_LABELS[c.department ?? 'cs'][lang]}</td>
                        <td>{c.problem.length > 60 ? `${c.problem.slice(0, 60)}…` : c.problem}</td>
                        <td>{when(c.createdAt)}</td>
                        <td>
                          {status === 'received' ? when(c.respondBy) : when(c.committedTime)}
                          {late ? <strong className="flag"> · {t('overdue')}</strong> : null}
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            )}
          </section>
        )
      })}
    </main>
  )
}
