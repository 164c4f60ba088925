import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { ReportProblemForm } from '@/components/portal/ComplaintForms'
import { PortalHeader } from '@/components/portal/PortalHeader'
import { COMPLAINT_STATUS_LABELS } from '@/domain/complaints/transitions'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { idOf } from '@/domain/relations'
import { portalComplaintsText } from '@/i18n/portalComplaints'
import { currentPortalLang, currentResident } from '../../session'

export async function generateMetadata(): Promise<Metadata> {
  return { title: portalComplaintsText(await currentPortalLang())('title') }
}

/**
 * CMP-1, CMP-2: report a problem (written, read back and confirmed before sending) and the list
 * of the household's reports. Read as the resident (`overrideAccess: false`): their own only.
 */
export default async function PortalComplaintsPage() {
  const lang = await currentPortalLang()
  const { payload, resident } = await currentResident()
  if (!resident) redirect('/portal/login?next=/portal/complaints')
  const t = portalComplaintsText(lang)
  const asResident = { user: resident, overrideAccess: false, depth: 0 } as const
  const [estate, complaints] = await Promise.all([
    payload.findByID({
      collection: 'estates',
      id: idOf(resident.estate)!,
      select: { name: true, nameEn: true, logo: true, timeZone: true },
      ...asResident,
      depth: 1,
    }),
    payload.find({
      collection: 'complaints',
      where: { household: { equals: idOf(resident.household) } },
      sort: '-createdAt',
      limit: 50,
      select: { number: true, problem: true, status: true, createdAt: true },
      ...asResident,
    }),
  ])
  const timeZone = estate.timeZone ?? 'Asia/Shanghai'
  return (
    <>
      <PortalHeader
        lang={lang}
        residentId={resident.id}
        estateName={lang === 'en' ? estate.nameEn || estate.name : estate.name}
        logoUrl={typeof estate.logo === 'object' ? estate.logo?.url : undefined}
        current="complaints"
      />
      <main id="main" tabIndex={-1} className="portal-main">
        <h1>{t('title')}</h1>
        <section aria-labelledby="report-heading" className="portal-card">
          <h2 id="report-heading">{t('reportHeading')}</h2>
          <p className="portal-note">{t('reportHelp')}</p>
          <ReportProblemForm lang={lang} />
        </section>
        <section aria-labelledby="list-heading">
          <h2 id="list-heading">{t('listHeading')}</h2>
          {complaints.docs.length === 0 ? <p>{t('none')}</p> : null}
          <ul className="portal-list">
            {complaints.docs.map((c) => (
              <li key={c.id}>
                <Link href={`/portal/complaints/${c.id}`}>
                  <strong>{c.number}</strong> ·{' '}
                  {COMPLAINT_STATUS_LABELS[c.status ?? 'received'][lang]}
                </Link>
                <br />
                <span className="portal-note">
                  {t('reported', { when: formatEstateDateTime(c.createdAt, timeZone, lang) })} —{' '}
                  {c.problem.length > 80 ? `${c.problem.slice(0, 80)}…` : c.problem}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </>
  )
}
