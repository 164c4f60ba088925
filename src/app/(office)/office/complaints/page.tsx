import { readEstateOf } from '@/components/office/mail/estateOf'
import { requireOfficeStaff } from '@/components/office/staff'
import { DeadlineBadge } from '@/components/complaints/DeadlineBadge'
import { type DeadlineState, deadlineState } from '@/domain/complaints/rules'
import { DESK_QUEUE, DESK_STATUSES } from '@/domain/complaints/deskQueue'
import {
  COMPLAINT_DEPARTMENT_LABELS,
  COMPLAINT_STATUS_LABELS,
} from '@/domain/complaints/transitions'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { complaintDeskText } from '@/i18n/complaintDesk'
import { officeTitle } from '@/components/office/officeTitle'

export const generateMetadata = officeTitle('投訴櫃枱', 'Complaints desk')

/** Overdue first, then due soon, then the rest (each in the order received). */
const URGENCY: Record<Exclude<DeadlineState, null> | 'none', number> = {
  overdue: 0,
  'due-soon': 1,
  none: 2,
}

/**
 * The CS desk's queue: every open complaint of the estate by status, the overdue and due-soon
 * ones first and marked in words (received and past the department's response time or its
 * warning point), and how many came in today. Read as the staff member.
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
      ...DESK_QUEUE,
      select: { ...DESK_QUEUE.select },
      user,
      overrideAccess: false,
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
  const stateOf = new Map(open.docs.map((c) => [c.id, deadlineState(c, now)]))
  const urgency = (c: (typeof open.docs)[number]) => URGENCY[stateOf.get(c.id) ?? 'none']
  const overdue = open.docs.filter((c) => stateOf.get(c.id) === 'overdue')
  const dueSoon = open.docs.filter((c) => stateOf.get(c.id) === 'due-soon')
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
        {' · '}
        <strong>{t('dueSoonCount', { n: dueSoon.length })}</strong>
      </p>
      {DESK_STATUSES.map((status) => {
        const rows = open.docs
          .filter((c) => c.status === status)
          .sort((a, b) => urgency(a) - urgency(b))
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
                    const state = stateOf.get(c.id) ?? null
                    return (
                      <tr
                        key={c.id}
                        className={state ? `row-${state}` : undefined}
                        data-deadline={state ?? undefined}
                      >
                        <td>
                          <a href={`/admin/collections/complaints/${c.id}`}>{c.number}</a>
                          {c.major ? <strong className="flag"> · {t('major')}</strong> : null}
                          {c.reopenCount ? <> · {t('reopened', { n: c.reopenCount })}</> : null}
                        </td>
                        <td>
                          {c.unit} {c.residentName}
                        </td>
                        <td>{COMPLAINT_DEPARTMENT_LABELS[c.department ?? 'cs'][lang]}</td>
                        <td>{c.problem.length > 60 ? `${c.problem.slice(0, 60)}…` : c.problem}</td>
                        <td>{when(c.createdAt)}</td>
                        <td>
                          {status === 'received' ? when(c.respondBy) : when(c.committedTime)}
                          <DeadlineBadge state={state} lang={lang} />
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
