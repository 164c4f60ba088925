import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { MailRecordButton } from '@/components/portal/MailForms'
import { PassQrCode } from '@/components/portal/PassQrCode'
import { PortalHeader } from '@/components/portal/PortalHeader'
import { VisitorPassForm } from '@/components/portal/VisitorPassForm'
import { visitorPassLink } from '@/domain/visitors/sharePass'
import { VisitorsAtGate } from '@/components/portal/VisitorsAtGate'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { idOf } from '@/domain/relations'
import { describeSchedule, scheduleOf } from '@/domain/visitors/schedule'
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
  const [estate, waiting, recent, passes] = await Promise.all([
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
    payload.find({
      collection: 'visitor-passes',
      sort: '-createdAt',
      limit: 30,
      ...asResident,
    }),
  ])
  // The tokens of the household's own passes (just read as the resident), for their QR codes.
  const tokens = new Map<string, string>()
  if (passes.docs.length) {
    const stored = await payload.find({
      collection: 'visitor-passes',
      where: { id: { in: passes.docs.map((p) => p.id) } },
      limit: passes.docs.length,
      depth: 0,
      showHiddenFields: true,
      overrideAccess: true,
    })
    for (const p of stored.docs as { id: number; token?: string | null }[]) {
      if (p.token) tokens.set(String(p.id), p.token)
    }
  }
  const timeZone = estate.timeZone ?? 'Asia/Shanghai'
  const when = (iso?: string | null) => (iso ? formatEstateDateTime(iso, timeZone, lang) : '')
  // A recurring pass's first and last days: its hours are its schedule's.
  const day = (iso?: string | null) =>
    iso ? formatEstateDateTime(iso, timeZone, lang, { time: false }) : ''
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
        <section aria-labelledby="passes-heading">
          <h2 id="passes-heading">{t('passesHeading')}</h2>
          <p>{t('passesHelp')}</p>
          <VisitorPassForm lang={lang} />
          {passes.docs.length === 0 ? <p>{t('noPasses')}</p> : null}
          {passes.docs.map((pass) => {
            const token = tokens.get(String(pass.id))
            const state = (pass.state ?? 'active') as 'active'
            const schedule = scheduleOf(pass)
            return (
              <article key={pass.id} className="portal-card" aria-labelledby={`pass-${pass.id}`}>
                <h3 id={`pass-${pass.id}`}>
                  {pass.visitorName} · {t(`state-${state}`)}
                </h3>
                {schedule ? (
                  <p className="portal-schedule">
                    {t('schedule', { schedule: describeSchedule(schedule, lang) })}
                  </p>
                ) : null}
                <p>
                  {schedule
                    ? t('window', { from: day(pass.validFrom), until: day(pass.validUntil) })
                    : t('window', { from: when(pass.validFrom), until: when(pass.validUntil) })}
                  {' · '}
                  {schedule
                    ? t('usesToday', { n: pass.uses ?? 0, max: pass.maxUses ?? 1 })
                    : t('uses', { n: pass.uses ?? 0, max: pass.maxUses ?? 1 })}
                </p>
                {token && state === 'active' ? (
                  <>
                    <PassQrCode token={token} label={t('qrLabel', { name: pass.visitorName })} />
                    <p id={`share-${pass.id}`}>{t('shareHelp')}</p>
                    <p>
                      <a href={visitorPassLink(token)}>{t('shareLink')}</a>
                    </p>
                  </>
                ) : null}
                {(pass.moves ?? []).map((move) => (
                  <MailRecordButton
                    key={move.to}
                    lang={lang}
                    path={`/api/visitor-passes/${pass.id}`}
                    method="PATCH"
                    body={{ status: move.to }}
                    label={t('revoke')}
                    describedBy={`pass-${pass.id}`}
                  />
                ))}
              </article>
            )
          })}
        </section>
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
