import { notFound } from 'next/navigation'

import { readEstateOf } from '@/components/office/mail/estateOf'
import { requireOfficeStaff } from '@/components/office/staff'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { CONDUCT_RULES, VISIT_PARTY_LABELS } from '@/domain/visits/visits'
import { noticeText } from '@/i18n/maintenanceNotice'
import { isRecordId } from '@/server/ids'
import type { Complaint, Household } from '@payload-types'
import { officeTitle } from '@/components/office/officeTitle'

export const generateMetadata = officeTitle('上門跟進表', 'Home visit sheet')

/**
 * HV-1, HV-2, HV-3: the sheet taken on a home visit — the resident's name with how it is said,
 * the work, the time and how long it takes, who attends together, what to watch for, the
 * rebookings, and the conduct rules of (五) 4–8 — with a box for the resident's acceptance.
 */
export default async function VisitSheetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { payload, user, lang } = await requireOfficeStaff(`/office/visits/${id}/sheet`)
  if (!isRecordId(id, payload.db.defaultIDType)) notFound()
  const t = noticeText(lang)
  const visit = await payload
    .findByID({ collection: 'home-visits', id, depth: 1, user, overrideAccess: false })
    .catch(() => null)
  if (!visit) notFound()
  const estate = await readEstateOf(payload, user)
  const when = (iso?: string | null) =>
    iso ? formatEstateDateTime(iso, estate.timeZone, lang, { time: true }) : '—'
  return (
    <main lang={lang === 'en' ? 'en' : 'zh-Hant'}>
      <div className="topbar no-print">
        <a href={`/admin/collections/home-visits/${visit.id}`}>{t('back')}</a>
      </div>
      <section className="complaint-form">
        <div className="receipt-head">
          <h1>{t('visitTitle')}</h1>
          <p>{lang === 'en' ? estate.nameEn : estate.name}</p>
        </div>
        <dl>
          <dt>{t('unit')}</dt>
          <dd>{(visit.household as Household)?.unit}</dd>
          <dt>{t('residentName')}</dt>
          <dd>
            <strong>{visit.residentName}</strong>
            {visit.pronunciation ? ` — ${t('pronunciation')}: ${visit.pronunciation}` : ''}
          </dd>
          {visit.complaint ? (
            <>
              <dt>{t('complaint')}</dt>
              <dd>{(visit.complaint as Complaint).number}</dd>
            </>
          ) : null}
          <dt>{t('scheduledAt')}</dt>
          <dd>{when(visit.scheduledAt)}</dd>
          <dt>{t('expected')}</dt>
          <dd>{t('minutes', { n: visit.expectedMinutes })}</dd>
          <dt>{t('work')}</dt>
          <dd>{visit.work}</dd>
          <dt>{t('parties')}</dt>
          <dd>
            {(visit.parties ?? [])
              .map((p) => VISIT_PARTY_LABELS[p][lang])
              .join(lang === 'en' ? ', ' : '、')}
          </dd>
          {visit.notes ? (
            <>
              <dt>{t('notes')}</dt>
              <dd>{visit.notes}</dd>
            </>
          ) : null}
          {visit.rebookings?.length ? (
            <>
              <dt>{t('rebookings')}</dt>
              <dd>
                {visit.rebookings.map((r) => (
                  <div key={r.id}>
                    {t('rebookLine', {
                      from: when(r.from),
                      to: when(r.to),
                      reason: r.reason ?? '',
                      told: when(r.residentToldAt),
                    })}
                  </div>
                ))}
              </dd>
            </>
          ) : null}
        </dl>
        <h2>{t('conduct')}</h2>
        <ol className="conduct-rules">
          {CONDUCT_RULES[lang].map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ol>
        <h2>{t('outcome')}</h2>
        <p>{t('accepted')}</p>
        <p>______________________________________________</p>
        <div className="sign-line">
          <p>{t('residentSign')}: ____________________</p>
          <p>{t('followUpSign')}: ____________________</p>
        </div>
      </section>
    </main>
  )
}
