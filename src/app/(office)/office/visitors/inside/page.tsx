import { readEstateOf } from '@/components/office/mail/estateOf'
import { PrintButton } from '@/components/office/PrintButton'
import { requireVisitorStaff } from '@/components/office/visitors/requireVisitorStaff'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { HOST_DEPARTMENT_LABELS } from '@/domain/visitors/transitions'
import { visitorBoardText } from '@/i18n/visitorBoards'
import { officeTitle } from '@/components/office/officeTitle'

export const generateMetadata = officeTitle('仍在內的訪客', 'Visitors still inside')

/** VIS-5, end of day: visitors checked in and not out, on screen and printable on A4. */
export default async function VisitorsInsidePage() {
  const { payload, user, lang } = await requireVisitorStaff('/office/visitors/inside', [
    'guard',
    'cs',
    'security',
    'supervisor',
    'manager',
    'admin',
  ])
  const t = visitorBoardText(lang)
  const estate = await readEstateOf(payload, user)
  const inside = await payload.find({
    collection: 'visitor-requests',
    where: { status: { equals: 'checked-in' } },
    sort: 'checkedInAt',
    limit: 1000,
    depth: 1,
    populate: { households: { unit: true } },
    user,
    overrideAccess: false,
  })
  const now = formatEstateDateTime(new Date(), estate.timeZone, lang)
  return (
    <main>
      <div className="topbar no-print">
        <a href="/office/visitors">{t('csTitle')}</a>
        <PrintButton label={t('print')} />
      </div>
      <h1>
        {lang === 'en' ? estate.nameEn : estate.name} · {t('stillInside')} ({inside.docs.length})
      </h1>
      <p>{now}</p>
      {inside.docs.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('visitor')}</th>
              <th scope="col">{t('organisation')}</th>
              <th scope="col">{t('plate')}</th>
              <th scope="col">{t('host')}</th>
              <th scope="col">{t('checkedIn')}</th>
            </tr>
          </thead>
          <tbody>
            {inside.docs.map((v) => (
              <tr key={v.id}>
                <td>{v.surname}</td>
                <td>{v.organisation}</td>
                <td>{v.plate}</td>
                <td>
                  {v.hostHousehold && typeof v.hostHousehold === 'object'
                    ? v.hostHousehold.unit
                    : v.hostDepartment
                      ? HOST_DEPARTMENT_LABELS[v.hostDepartment][lang]
                      : ''}
                </td>
                <td>
                  {v.checkedInAt ? formatEstateDateTime(v.checkedInAt, estate.timeZone, lang) : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  )
}
