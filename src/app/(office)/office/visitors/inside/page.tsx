import { VISITOR_DESK } from '@/access/roles'
import { readEstateOf } from '@/components/office/mail/estateOf'
import { PrintButton } from '@/components/office/PrintButton'
import { requireVisitorStaff } from '@/components/office/visitors/requireVisitorStaff'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { readVisitorsInside } from '@/domain/visitors/readVisitorsInside'
import { howVisitorCameIn } from '@/domain/visitors/rules'
import { visitorBoardText } from '@/i18n/visitorBoards'
import { officeTitle } from '@/components/office/officeTitle'

export const generateMetadata = officeTitle('仍在內的訪客', 'Visitors still inside')

/**
 * VIS-5, end of day: visitors checked in and not out — admitted at the gate on a request, or
 * checked in with a visitor pass — on screen and printable on A4.
 */
export default async function VisitorsInsidePage() {
  const { payload, user, lang } = await requireVisitorStaff('/office/visitors/inside', [
    ...VISITOR_DESK,
  ])
  const t = visitorBoardText(lang)
  const estate = await readEstateOf(payload, user)
  const inside = estate.id === null ? [] : await readVisitorsInside(payload, estate.id)
  const now = formatEstateDateTime(new Date(), estate.timeZone, lang)
  return (
    <main>
      <div className="topbar no-print">
        <a href="/office/visitors">{t('csTitle')}</a>
        <PrintButton label={t('print')} />
      </div>
      <h1>
        {lang === 'en' ? estate.nameEn : estate.name} · {t('stillInside')} ({inside.length})
      </h1>
      <p>{now}</p>
      {inside.length === 0 ? (
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
              <th scope="col">{t('howIn')}</th>
            </tr>
          </thead>
          <tbody>
            {inside.map((v) => (
              <tr key={`${v.kind}-${v.id}`}>
                <td>{v.name}</td>
                <td>{v.organisation}</td>
                <td>{v.plate}</td>
                <td className={v.hostUnit ? 'nowrap' : undefined}>
                  {v.hostUnit ?? v.hostDepartment?.[lang] ?? ''}
                </td>
                <td>{formatEstateDateTime(v.checkedInAt, estate.timeZone, lang)}</td>
                <td>{t(howVisitorCameIn(v))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  )
}
