import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'

import { AcceptanceForm } from '@/components/portal/ComplaintForms'
import { PortalHeader } from '@/components/portal/PortalHeader'
import { COMPLAINT_STATUS_LABELS, type ComplaintStatus } from '@/domain/complaints/transitions'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { idOf } from '@/domain/relations'
import { portalComplaintsText } from '@/i18n/portalComplaints'
import type { ComplaintPhoto } from '@payload-types'
import { currentPortalLang, currentResident } from '../../../session'

export async function generateMetadata(): Promise<Metadata> {
  return { title: portalComplaintsText(await currentPortalLang())('title') }
}

/**
 * One report as its household follows it: the steps so far (from the record of status changes),
 * the plan and time only once the supervisor decided them (CMP-3), and at the end the choice to
 * accept or say "not satisfied" with a reason (HV-4) — offered when the server's `moves` say so.
 */
export default async function PortalComplaintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const lang = await currentPortalLang()
  const { payload, resident } = await currentResident()
  if (!resident) redirect(`/portal/login?next=/portal/complaints/${encodeURIComponent(id)}`)
  if (!/^\d{1,12}$/.test(id)) notFound()
  const t = portalComplaintsText(lang)
  const asResident = { user: resident, overrideAccess: false } as const
  // Read as the resident first: another household's report is simply not found (GEN-5).
  const complaint = await payload
    .findByID({ collection: 'complaints', id, depth: 1, ...asResident })
    .catch(() => null)
  if (!complaint) notFound()
  const [estate, steps, visits] = await Promise.all([
    payload.findByID({
      collection: 'estates',
      id: idOf(resident.estate)!,
      select: { name: true, nameEn: true, logo: true, timeZone: true },
      depth: 1,
      ...asResident,
    }),
    // The steps of a report the resident may read; only moves, dates and reasons — never who.
    payload.find({
      collection: 'status-changes',
      where: {
        collectionSlug: { equals: 'complaints' },
        documentId: { equals: String(complaint.id) },
      },
      sort: 'at',
      limit: 100,
      depth: 0,
      select: { to: true, at: true, note: true },
      overrideAccess: true,
    }),
    // HV-1, HV-3: the visits booked for it, read as the resident.
    payload.find({
      collection: 'home-visits',
      where: { complaint: { equals: complaint.id } },
      sort: 'scheduledAt',
      limit: 20,
      depth: 0,
      select: { scheduledAt: true, work: true, rebookings: true },
      ...asResident,
    }),
  ])
  const timeZone = estate.timeZone ?? 'Asia/Shanghai'
  const when = (iso?: string | null) =>
    iso ? formatEstateDateTime(iso, timeZone, lang, { time: true }) : ''
  const label = (s: unknown) => COMPLAINT_STATUS_LABELS[(s as ComplaintStatus) ?? 'received'][lang]
  const moves = (complaint.moves ?? []) as { to: string }[]
  const decided = complaint.status !== 'received' && complaint.plan && complaint.committedTime
  const photos = (complaint.photos ?? []).filter(
    (p): p is ComplaintPhoto => typeof p === 'object' && p !== null,
  )
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
        <p>
          <Link href="/portal/complaints">← {t('back')}</Link>
        </p>
        <h1>{t('detailTitle', { number: complaint.number ?? '' })}</h1>
        <p>
          {t('status')}: <strong>{label(complaint.status)}</strong>
          {complaint.reopenCount ? ` · ${t('reopened', { n: complaint.reopenCount })}` : ''}
        </p>
        <blockquote className="portal-readback__text">{complaint.problem}</blockquote>
        {photos.length ? (
          <section aria-labelledby="photos-heading">
            <h2 id="photos-heading">{t('yourPhotos')}</h2>
            <div className="portal-photos">
              {photos.map((p, i) =>
                p.url ? (
                  // eslint-disable-next-line @next/next/no-img-element -- served by Payload with access checks
                  <img key={p.id} src={p.url} alt={t('photoAlt', { n: i + 1 })} width={120} />
                ) : null,
              )}
            </div>
          </section>
        ) : null}

        <section aria-labelledby="plan-heading" className="portal-card">
          <h2 id="plan-heading">{t('planHeading')}</h2>
          {decided ? (
            <>
              <p>{t('planLine', { plan: complaint.plan ?? '' })}</p>
              <p>{t('timeLine', { when: when(complaint.committedTime) })}</p>
              {complaint.timeChangeReason ? (
                <p>{t('timeReason', { reason: complaint.timeChangeReason })}</p>
              ) : null}
            </>
          ) : (
            <p>{t('planPending')}</p>
          )}
        </section>

        {visits.docs.length ? (
          <section aria-labelledby="visits-heading" className="portal-card">
            <h2 id="visits-heading">{t('visitsHeading')}</h2>
            <ul className="portal-list">
              {visits.docs.map((v) => {
                const last = v.rebookings?.at(-1)
                return (
                  <li key={v.id}>
                    <strong>{when(v.scheduledAt)}</strong> · {v.work}
                    {last ? (
                      <>
                        <br />
                        {t('visitRebooked', { reason: last.reason ?? '' })}
                      </>
                    ) : null}
                  </li>
                )
              })}
            </ul>
          </section>
        ) : null}

        {moves.length ? (
          <section aria-labelledby="accept-heading" className="portal-card">
            <h2 id="accept-heading">{t('acceptHeading')}</h2>
            <p className="portal-note">{t('acceptHelp')}</p>
            <AcceptanceForm lang={lang} id={complaint.id} />
          </section>
        ) : null}
        {complaint.status === 'closed' ? (
          <p role="status">
            {complaint.closedHow === 'no-answer' ? t('closedSilence') : t('closedAccepted')}
          </p>
        ) : null}

        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">{t('timelineHeading')}</h2>
          <ol className="portal-timeline">
            <li>
              <strong>{t('stepReceived')}</strong> · <time>{when(complaint.createdAt)}</time>
            </li>
            {steps.docs.map((s) => (
              <li key={s.id}>
                <strong>{label(s.to)}</strong> · <time>{when(s.at)}</time>
                {s.note && s.to === 'in-progress' ? (
                  <>
                    <br />
                    {t('stepNote', { note: s.note })}
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      </main>
    </>
  )
}
