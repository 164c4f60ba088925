import { notFound } from 'next/navigation'

import { readEstateOf } from '@/components/office/mail/estateOf'
import { requireOfficeStaff } from '@/components/office/staff'
import {
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_DEPARTMENT_LABELS,
  COMPLAINT_STATUS_LABELS,
} from '@/domain/complaints/transitions'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { staffNamesOf } from '@/domain/paper/staffNames'
import { complaintDeskText } from '@/i18n/complaintDesk'
import { isRecordId } from '@/server/ids'
import type { Household } from '@payload-types'
import { officeTitle } from '@/components/office/officeTitle'

export const generateMetadata = officeTitle('業戶投訴表', 'Complaint Form')

/**
 * CMP-6: the Resident Complaint Form, printed twice on A4 — one copy for the property manager,
 * one kept by CS — in the reader's language, with boxes for the supervisor's and the manager's
 * signatures. Read as the staff member: a complaint of another estate is not found.
 */
export default async function ComplaintFormPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { payload, user, lang } = await requireOfficeStaff(`/office/complaints/${id}/form`)
  if (!isRecordId(id, payload.db.defaultIDType)) notFound()
  const t = complaintDeskText(lang)
  const c = await payload
    .findByID({ collection: 'complaints', id, depth: 1, user, overrideAccess: false })
    .catch(() => null)
  if (!c) notFound()
  const estate = await readEstateOf(payload, user)
  const when = (iso?: string | null) =>
    iso ? formatEstateDateTime(iso, estate.timeZone, lang, { time: true }) : '—'
  const estateName = lang === 'en' ? estate.nameEn : estate.name
  // Who recorded it, by name even when the reader may not open that staff member's account.
  const recorder = (await staffNamesOf(payload, [c.createdByStaff]))(c.createdByStaff)
  const rows: [string, string][] = [
    [t('number'), c.number ?? ''],
    [t('received'), when(c.createdAt)],
    [t('unit'), (c.household as Household)?.unit ?? ''],
    [t('resident'), c.residentName ?? ''],
    [t('channel'), COMPLAINT_CHANNEL_LABELS[c.channel][lang]],
    c.channel === 'portal'
      ? [t('confirmedOnline'), c.confirmed ? t('yes') : t('no')]
      : [t('readBack'), c.readBack ? t('yes') : t('no')],
    [t('department'), COMPLAINT_DEPARTMENT_LABELS[c.department ?? 'cs'][lang]],
    [t('major'), c.major ? t('yes') : t('no')],
    [t('problem'), c.problem],
    [t('requested'), when(c.requestedTime)],
    [t('plan'), c.plan ?? '—'],
    [t('committed'), when(c.committedTime)],
    [t('status'), COMPLAINT_STATUS_LABELS[c.status ?? 'received'][lang]],
    [t('recordedBy'), recorder ?? (c.channel === 'portal' ? (c.residentName ?? '') : '')],
  ]
  return (
    <main lang={lang === 'en' ? 'en' : 'zh-Hant'}>
      <div className="topbar no-print">
        <a href={`/admin/collections/complaints/${c.id}`}>{t('back')}</a>
      </div>
      {(['copyManager', 'copyCs'] as const).map((copy) => (
        <section key={copy} className="complaint-form" aria-label={t(copy)}>
          <span className="copy-mark">{t(copy)}</span>
          <div className="receipt-head">
            <h1>{t('formTitle')}</h1>
            <p>{estateName}</p>
          </div>
          <dl>
            {rows.map(([label, value]) => (
              <div key={label} style={{ display: 'contents' }}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <div className="sign-line">
            <p>
              {t('supervisorSign')}: ____________________
              <br />
              {t('date')}: ____________
            </p>
            <p>
              {t('managerSign')}: ____________________
              <br />
              {t('date')}: ____________
            </p>
          </div>
        </section>
      ))}
    </main>
  )
}
