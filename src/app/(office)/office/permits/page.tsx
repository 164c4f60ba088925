import { readEstateOf } from '@/components/office/mail/estateOf'
import { PermitsBoard } from '@/components/office/permits/PermitsBoard'
import { requireVisitorStaff } from '@/components/office/visitors/requireVisitorStaff'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { CARD_STEPS, permitNumber } from '@/domain/permits/rules'
import { PERMIT_HANDLERS, PERMIT_STEP_LABELS, PERMIT_STEPS } from '@/domain/permits/transitions'
import { hasRole } from '@/access/roles'
import { permitsBoardText } from '@/i18n/permitsBoard'
import { officeTitle } from '@/components/office/officeTitle'

export const generateMetadata = officeTitle('施工許可證', 'Work permits')

/**
 * The permits board (PMT-2, PMT-3): every permit in progress with its countdown and the next
 * step for the reader's role, and the late permits (the report). Read as the staff member.
 */
export default async function PermitsBoardPage() {
  const { payload, user, lang } = await requireVisitorStaff('/office/permits', [
    'cs',
    'finance',
    'security',
    'administration',
    'engineering',
    'environment',
    'supervisor',
    'manager',
    'admin',
  ])
  const t = permitsBoardText(lang)
  const estate = await readEstateOf(payload, user)
  const late = await payload.find({
    collection: 'work-permits',
    where: { late: { equals: true } },
    sort: '-deadline',
    limit: 100,
    depth: 0,
    select: { company: true, department: true, step: true, deadline: true, issuedAt: true },
    user,
    overrideAccess: false,
  })
  const when = (iso?: string | null) =>
    iso ? formatEstateDateTime(iso, estate.timeZone, lang) : '—'
  const printsCards = hasRole(user, ...PERMIT_HANDLERS)
  const stepLabels = Object.fromEntries(PERMIT_STEPS.map((s) => [s, PERMIT_STEP_LABELS[s][lang]]))
  return (
    <main className="visitor-board">
      <div className="topbar">
        <a href="/admin">{t('backToAdmin')}</a>
      </div>
      <h1>
        {lang === 'en' ? estate.nameEn : estate.name} · {t('title')}
      </h1>
      <PermitsBoard
        lang={lang}
        stepLabels={stepLabels}
        timeZone={estate.timeZone}
        printsCards={printsCards}
      />
      <h2>{t('late')}</h2>
      {late.docs.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('company')}</th>
              <th scope="col">{t('step')}</th>
              <th scope="col">{t('deadline')}</th>
              <th scope="col">{t('issuedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {late.docs.map((p) => (
              <tr key={p.id}>
                <td>{p.company}</td>
                <td>{stepLabels[p.step ?? 'submitted']}</td>
                <td>{when(p.deadline)}</td>
                <td>{when(p.issuedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  )
}
