import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { PassQrCode } from '@/components/portal/PassQrCode'
import {
  MailAuthorisationForm,
  MailHoldForm,
  MailRecordButton,
} from '@/components/portal/MailForms'
import { PortalHeader } from '@/components/portal/PortalHeader'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { formatPickupCode } from '@/domain/mail/pickupCode'
import { dayIn } from '@/domain/dates/dateTimeFormat'
import { MAIL_KIND_LABELS } from '@/domain/mail/transitions'
import { idOf } from '@/domain/relations'
import { portalMailText } from '@/i18n/portalMail'
import type { MailItem, Member } from '@payload-types'
import { currentPortalLang, currentResident } from '../../session'

export async function generateMetadata(): Promise<Metadata> {
  return { title: portalMailText(await currentPortalLang())('title') }
}

/**
 * The household's mail (MAIL-3 … MAIL-6): what waits, with each addressee's pickup QR code and
 * code; holds while away; who may collect for whom; what was collected or returned. Everything is
 * read as the resident (`overrideAccess: false`): their own household's records only (GEN-5).
 */
export default async function PortalMailPage() {
  const lang = await currentPortalLang()
  const { payload, resident } = await currentResident()
  if (!resident) redirect('/portal/login?next=/portal/mail')
  const t = portalMailText(lang)
  const household = idOf(resident.household)
  const asResident = { user: resident, overrideAccess: false, depth: 0 } as const

  const [estate, waiting, history, holds, authorisations, members] = await Promise.all([
    payload.findByID({
      collection: 'estates',
      id: idOf(resident.estate)!,
      select: { name: true, nameEn: true, logo: true, timeZone: true },
      ...asResident,
      depth: 1,
    }),
    payload.find({
      collection: 'mail-items',
      where: { household: { equals: household }, status: { equals: 'waiting' } },
      sort: 'createdAt',
      limit: 200,
      select: { addressee: true, kind: true, pickupCode: true, createdAt: true },
      ...asResident,
    }),
    payload.find({
      collection: 'mail-items',
      where: { household: { equals: household }, status: { not_equals: 'waiting' } },
      sort: '-updatedAt',
      limit: 20,
      select: {
        addressee: true,
        kind: true,
        status: true,
        pickedUpAt: true,
        pickedUpBy: true,
        pickupPlace: true,
        returnedAt: true,
        returnReason: true,
      },
      ...asResident,
    }),
    payload.find({
      collection: 'mail-holds',
      where: { household: { equals: household } },
      sort: 'until',
      limit: 20,
      ...asResident,
    }),
    payload.find({
      collection: 'mail-authorisations',
      where: { household: { equals: household } },
      sort: '-createdAt',
      limit: 50,
      ...asResident,
      depth: 1,
    }),
    payload.find({
      collection: 'members',
      where: { household: { equals: household } },
      sort: 'ordinal',
      limit: 50,
      select: { name: true },
      ...asResident,
    }),
  ])
  const timeZone = estate.timeZone ?? 'Asia/Shanghai'
  const today = dayIn(timeZone, new Date())
  const when = (iso?: string | null) => (iso ? formatEstateDateTime(iso, timeZone, lang) : '')
  const day = (iso?: string | null) => (iso ? iso.slice(0, 10) : '')
  const byCode = new Map<string, Pick<MailItem, 'id' | 'addressee' | 'kind' | 'createdAt'>[]>()
  for (const item of waiting.docs) {
    const list = byCode.get(item.pickupCode ?? '') ?? []
    list.push(item)
    byCode.set(item.pickupCode ?? '', list)
  }
  const currentHolds = holds.docs.filter((h) => day(h.until) >= today)

  return (
    <>
      <PortalHeader
        lang={lang}
        residentId={resident.id}
        estateName={lang === 'en' ? estate.nameEn || estate.name : estate.name}
        logoUrl={typeof estate.logo === 'object' ? estate.logo?.url : undefined}
        current="mail"
      />
      <main id="main" tabIndex={-1} className="portal-main">
        <h1>{t('title')}</h1>

        <section aria-labelledby="waiting-heading">
          <h2 id="waiting-heading">{t('waitingHeading')}</h2>
          {byCode.size === 0 ? <p>{t('noneWaiting')}</p> : null}
          {[...byCode].map(([code, items]) => (
            <article
              key={code}
              className="portal-card portal-mail"
              aria-labelledby={`mail-${code}`}
            >
              <h3 id={`mail-${code}`}>{t('forAddressee', { name: items[0]!.addressee ?? '' })}</h3>
              <ul>
                {items.map((i) => (
                  <li key={i.id}>
                    {MAIL_KIND_LABELS[i.kind][lang]} · {t('arrived', { when: when(i.createdAt) })}
                  </li>
                ))}
              </ul>
              <div className="portal-mail__code">
                <PassQrCode
                  token={code}
                  label={t('qrLabel', { name: items[0]!.addressee ?? '' })}
                />
                <p>
                  {t('pickupCode')}
                  <br />
                  <strong className="portal-mail__digits">{formatPickupCode(code)}</strong>
                </p>
              </div>
              <p className="portal-note">{t('howToPickUp')}</p>
            </article>
          ))}
        </section>

        <section aria-labelledby="hold-heading" className="portal-card">
          <h2 id="hold-heading">{t('holdHeading')}</h2>
          <p className="portal-note">{t('holdHelp')}</p>
          {currentHolds.map((h) => (
            <p key={h.id}>
              <span id={`hold-${h.id}`}>
                {t('holdActive', { from: day(h.from), until: day(h.until) })}
              </span>{' '}
              <MailRecordButton
                lang={lang}
                path={`/api/mail-holds/${h.id}`}
                method="DELETE"
                label={t('holdEnd')}
                describedBy={`hold-${h.id}`}
              />
            </p>
          ))}
          <MailHoldForm lang={lang} today={today} />
        </section>

        <section aria-labelledby="auth-heading" className="portal-card">
          <h2 id="auth-heading">{t('authHeading')}</h2>
          <p className="portal-note">{t('authHelp')}</p>
          {authorisations.docs.length === 0 ? <p>{t('authNone')}</p> : null}
          <ul className="portal-list">
            {authorisations.docs.map((a) => (
              <li key={a.id}>
                <span id={`auth-${a.id}`}>
                  {t('authLine', {
                    delegate: a.delegateName,
                    member: (a.member as Member)?.name ?? '',
                    until: day(a.validUntil),
                  })}
                  {a.revoked ? ` (${t('authWithdrawn')})` : ''}
                </span>{' '}
                {a.revoked || day(a.validUntil) < today ? null : (
                  <MailRecordButton
                    lang={lang}
                    path={`/api/mail-authorisations/${a.id}`}
                    method="PATCH"
                    body={{ revoked: true }}
                    label={t('authWithdraw')}
                    describedBy={`auth-${a.id}`}
                  />
                )}
              </li>
            ))}
          </ul>
          <MailAuthorisationForm
            lang={lang}
            today={today}
            members={members.docs.map((m) => ({ id: m.id, name: m.name }))}
          />
        </section>

        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{t('historyHeading')}</h2>
          {history.docs.length === 0 ? <p>{t('historyNone')}</p> : null}
          <ul className="portal-list">
            {history.docs.map((i) => (
              <li key={i.id}>
                <strong>
                  {i.addressee} · {MAIL_KIND_LABELS[i.kind][lang]}
                </strong>
                <br />
                {i.status === 'picked-up'
                  ? t('pickedUpLine', {
                      when: when(i.pickedUpAt),
                      who: i.pickedUpBy ?? '',
                      place: t(i.pickupPlace === 'desk' ? 'desk' : 'kiosk'),
                    })
                  : t('returnedLine', { when: when(i.returnedAt), reason: i.returnReason ?? '' })}
              </li>
            ))}
          </ul>
        </section>
      </main>
    </>
  )
}
