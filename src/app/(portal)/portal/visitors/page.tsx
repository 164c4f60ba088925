import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { PortalHeader } from '@/components/portal/PortalHeader'
import { VisitorsAtGate } from '@/components/portal/VisitorsAtGate'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { idOf } from '@/domain/relations'
import { CONFIRMED_HOW_LABELS, VISITOR_STATUS_LABELS } from '@/domain/visitors/transitions'
import { portalVisitorsText } from '@/i18n/portalVisitors'
import { currentPortalLang, currentResident } from '../../session'

export async function generateMetadata(): Promise<Metadata> {
  return { title: portalVisitorsText(await currentPortalLang())('title') }
}

/**
 * The household's visitors (VIS-2 from the host's side): who is waiting at the gate for the unit,
 * to admit or refuse, and the recent visitors. Read as the resident (`overrideAccess: false`).
 */
export default async function PortalVisitorsPage() {
  const lang = await currentPortalLang()
  const { payload, resident } = await currentResident()
  if (!resident) redirect('/portal/login?next=/portal/visitors')
  const t = portalVisitorsText(lang)
  const asResident = { user: resident, overrideAccess: false, depth: 0 } as const
  const [estate, waiting, recent] = await Promise.all([
    payload.findByID({
      collection: 'estates',
      id: idOf(resident.estate)!,
      select: { name: true, nameEn: true, logo: true, timeZone: true },
      ...asResident,
      depth: 1,
    }),
    payload.find({
      collection: 'visitor-requests',
      where: { status: { equals: 'waiting' } },
      sort: 'createdAt',
      limit: 20,
      ...asResident,
    }),
    payload.find({
      collection: 'visitor-requests',
      where: { status: { not_equals: 'waiting' } },
      sort: '-createdAt',
      limit: 20,
      ...asResident,
    }),
  ])
  const timeZone = estate.timeZone ?? 'Asia/Shanghai'
  const when = (iso?: string | null) => (iso ? formatEstateDateTime(iso, timeZone, lang) : '')
  return (
    <>
      <PortalHeader
        lang={lang}
        residentId={resident.id}
        estateName={lang === 'en' ? estate.nameEn || estate.name : estate.name}
        logoUrl={typeof estate.logo === 'object' ? estate.logo?.url : undefined}
        current="visitors"
      />
      <main id="main" tabIndex={-1} className="portal-main">
        <h1>{t('title')}</h1>
        <VisitorsAtGate
          lang={lang}
          timeZone={timeZone}
          initial={waiting.docs.map((v) => ({
            id: v.id,
            surname: v.surname,
            organisation: v.organisation,
            plate: v.plate,
            createdAt: v.createdAt,
            moves: v.moves ?? [],
          }))}
        />
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">{t('recent')}</h2>
          {recent.docs.length === 0 ? (
            <p>{t('noneRecent')}</p>
          ) : (
            <ul className="portal-list">
              {recent.docs.map((v) => (
                <li key={v.id}>
                  <strong>{v.surname}</strong>
                  {v.organisation ? `（${v.organisation}）` : ''} · {when(v.createdAt)} ·{' '}
                  {VISITOR_STATUS_LABELS[v.status ?? 'waiting'][lang]}
                  {v.confirmedHow ? ` · ${CONFIRMED_HOW_LABELS[v.confirmedHow][lang]}` : ''}
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
    </>
  )
}
