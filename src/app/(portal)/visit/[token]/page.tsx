import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { PassQrCode } from '@/components/portal/PassQrCode'
import { estateName, readEstate } from '@/domain/estates/readEstate'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { idOf } from '@/domain/relations'
import { hashPassToken, isPassTokenShape, passState } from '@/domain/visitors/passRules'
import { isSignedPassTokenShape } from '@/domain/visitors/passTokens'
import { describeSchedule, scheduleOf } from '@/domain/visitors/schedule'
import { portalVisitorsText } from '@/i18n/portalVisitors'
import { countPassUses } from '../../../../../collections/VisitorPasses/passFields'
import { currentPortalLang } from '../../session'

export const metadata: Metadata = { robots: { index: false, follow: false } }

/**
 * VIS-4: the page a shared visitor pass opens on the visitor's phone: the QR code (only the
 * token), the window and the estate's name — nothing about the resident. An unknown or malformed
 * token is a 404.
 */
export default async function SharedVisitorPassPage({
  params,
}: {
  params: Promise<{ token: string }>
}) {
  const { token } = await params
  if (!isPassTokenShape(token) && !isSignedPassTokenShape(token)) notFound()
  const lang = await currentPortalLang()
  const t = portalVisitorsText(lang)
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'visitor-passes',
    where: { tokenHash: { equals: hashPassToken(token) } },
    limit: 1,
    depth: 0,
    select: {
      validFrom: true,
      validUntil: true,
      maxUses: true,
      status: true,
      estate: true,
      days: true,
      dailyFrom: true,
      dailyUntil: true,
    },
    overrideAccess: true,
  })
  const pass = docs[0]
  if (!pass) notFound()
  const { createLocalReq } = await import('payload')
  const req = await createLocalReq({}, payload)
  const estate = await readEstate(req, idOf(pass.estate))
  const schedule = scheduleOf(pass)
  // A recurring pass counts uses per day: between its hours it is still the visitor's pass.
  const uses = schedule ? 0 : await countPassUses(req, pass.id)
  const found = passState(
    { ...pass, maxUses: pass.maxUses ?? 1 },
    uses,
    new Date(),
    schedule ? { schedule, timeZone: estate.timeZone } : null,
  )
  const state = found === 'off-hours' ? 'valid' : found
  const when = (iso: string, time = true) =>
    formatEstateDateTime(iso, estate.timeZone, lang, { time })
  return (
    <main id="main" tabIndex={-1} className="portal-main portal-visit">
      <p className="portal-visit__estate">{estateName(estate, lang)}</p>
      <h1>{t('publicTitle')}</h1>
      {schedule ? (
        <p className="portal-schedule">
          {t('schedule', { schedule: describeSchedule(schedule, lang) })}
        </p>
      ) : null}
      <p>
        {t('window', {
          from: when(pass.validFrom, !schedule),
          until: when(pass.validUntil, !schedule),
        })}
      </p>
      {state === 'valid' ? (
        <>
          <PassQrCode token={token} label={t('publicQr')} />
          <p>{t('publicHelp')}</p>
        </>
      ) : (
        <p className="portal-field__error" role="alert">
          {t('publicNotValid', {
            state: t(`state-${state === 'revoked' ? 'revoked' : state}`),
          })}
        </p>
      )}
    </main>
  )
}
