import config from '@payload-config'
import { cookies, headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { actorOf } from '@/access/actor'
import { readEstateOf } from '@/components/office/mail/estateOf'
import { SignNotice } from '@/components/office/complaints/SignNotice'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { NOTICE_STATUS_LABELS, signingRefusal } from '@/domain/maintenance/transitions'
import { idOf } from '@/domain/relations'
import { officeLang } from '@/i18n/office'
import { noticeText } from '@/i18n/maintenanceNotice'
import { isRecordId } from '@/server/ids'
import type { Complaint, Household, Signature, User } from '@payload-types'
import { officeTitle } from '@/components/office/officeTitle'

export const generateMetadata = officeTitle('維修通知單', 'Maintenance Notice')

/**
 * CMP-4: the Maintenance Notice on screen and on A4, with its three signature boxes (the signed
 * images printed in place) and, for whoever may sign next, the signature pad. Any staff member
 * may open it, read as themselves: Engineering finds an unsigned notice not found.
 */
export default async function MaintenanceNoticePage({
  params,
}: {
  params: Promise<{ id: string }>
}) {
  const { id } = await params
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!user)
    redirect(`/admin/login?redirect=${encodeURIComponent(`/office/maintenance-notices/${id}`)}`)
  if (user.collection !== 'users') redirect('/portal')
  const lang = officeLang((await cookies()).get('payload-lng')?.value)
  const t = noticeText(lang)
  if (!isRecordId(id, payload.db.defaultIDType)) notFound()
  const notice = await payload
    .findByID({ collection: 'maintenance-notices', id, depth: 1, user, overrideAccess: false })
    .catch(() => null)
  if (!notice) notFound()
  const estate = await readEstateOf(payload, user)
  const when = (iso?: string | null) =>
    iso ? formatEstateDateTime(iso, estate.timeZone, lang, { time: true }) : '—'
  const actor = actorOf({ user })
  const may = (signer: 'supervisor' | 'follow-up' | 'worker') =>
    actor.kind === 'staff' &&
    signingRefusal(
      signer,
      {
        status: notice.status ?? 'draft',
        followUpBy: idOf(notice.followUpBy as User | number | null),
        followUpSignedAt: notice.followUpSignedAt,
        workerSignedAt: notice.workerSignedAt,
      },
      { id: actor.id, roles: actor.roles },
    ) === null
  const img = (s: unknown) => (s && typeof s === 'object' ? (s as Signature).url : null)
  const boxes = [
    {
      key: 'supervisor' as const,
      label: t('supervisor'),
      image: img(notice.supervisorSignature),
      at: notice.supervisorSignedAt,
      who: notice.supervisorName,
    },
    {
      key: 'follow-up' as const,
      label: t('followUpSign'),
      image: img(notice.followUpSignature),
      at: notice.followUpSignedAt,
      who: notice.followUpName,
    },
    {
      key: 'worker' as const,
      label: t('workerSign'),
      image: img(notice.workerSignature),
      at: notice.workerSignedAt,
      who: notice.workerName,
    },
  ]
  return (
    <main lang={lang === 'en' ? 'en' : 'zh-Hant'}>
      <div className="topbar no-print">
        <a href={`/admin/collections/maintenance-notices/${notice.id}`}>{t('back')}</a>
      </div>
      <section className="complaint-form">
        <div className="receipt-head">
          <h1>{t('noticeTitle')}</h1>
          <p>{lang === 'en' ? estate.nameEn : estate.name}</p>
        </div>
        <dl>
          <dt>{t('complaint')}</dt>
          <dd>{(notice.complaint as Complaint)?.number}</dd>
          <dt>{t('unit')}</dt>
          <dd>{(notice.household as Household)?.unit}</dd>
          <dt>{t('work')}</dt>
          <dd>{notice.work}</dd>
          <dt>{t('scheduledAt')}</dt>
          <dd>{when(notice.scheduledAt)}</dd>
          {notice.delayReason ? (
            <>
              <dt>{t('delayReason')}</dt>
              <dd>{notice.delayReason}</dd>
            </>
          ) : null}
          <dt>{t('followUp')}</dt>
          <dd>{notice.followUpName ?? '—'}</dd>
          <dt>{t('status')}</dt>
          <dd>{NOTICE_STATUS_LABELS[notice.status ?? 'draft'][lang]}</dd>
        </dl>
        <div className="notice-signatures">
          {boxes.map((b) => (
            <div key={b.key} className="notice-signature-box">
              <p>
                <strong>{b.label}</strong>
              </p>
              {b.image ? (
                // eslint-disable-next-line @next/next/no-img-element -- served by Payload with access checks
                <img
                  src={b.image}
                  alt={`${b.label}: ${b.who ?? ''}`}
                  className="register-signature"
                />
              ) : (
                <p className="notice-signature-empty">{t('notSigned')}</p>
              )}
              <p>
                {b.who ?? ''}
                <br />
                {b.at ? t('signedAt', { when: when(b.at) }) : ''}
              </p>
            </div>
          ))}
        </div>
      </section>
      {boxes
        .filter((b) => may(b.key))
        .map((b) => (
          <SignNotice key={b.key} id={notice.id} signer={b.key} roleLabel={b.label} lang={lang} />
        ))}
    </main>
  )
}
