import './paper.css'

import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { permitNumber } from '@/domain/permits/rules'
import type { OfficeLang } from '@/i18n/office'
import type { PaperText } from '@/i18n/paper'
import type { EstateLogo } from '@payload-types'

import type { PermitCardData } from './loadPermitCards'
import { CARDS_PER_SHEET } from './PassCardSheet'

const CORNERS = ['tl', 'tr', 'bl', 'br'] as const

/**
 * A work permit's cards (PMT): one ID-1 card (85.6 × 54 mm) per worker, ten to an A4 sheet with
 * crop marks, as the pass cards are — estate name and logo, the worker's name and photo, the
 * company, the permit number, the work period and the masked ID number (PMT-4: the card is
 * worn in sight of everyone, so the full number is never printed).
 */
export function PermitCardSheet({
  data,
  lang,
  t,
}: {
  data: PermitCardData
  lang: OfficeLang
  t: PaperText
}) {
  const { permit, estate, photos } = data
  const estateName = lang === 'en' ? estate.nameEn || estate.name : estate.name
  const logo = typeof estate.logo === 'object' ? (estate.logo as EstateLogo | null) : null
  const day = (iso?: string | null) =>
    iso ? formatEstateDateTime(iso, estate.timeZone ?? '', lang, { time: false }) : '—'
  const validity = t('validRange', { from: day(permit.validFrom), until: day(permit.validUntil) })
  const number = permitNumber(permit.id)
  const workers = (permit.workers ?? []).map((worker, i) => ({ worker, photo: photos[i] ?? '' }))
  const sheets: (typeof workers)[] = []
  for (let i = 0; i < workers.length; i += CARDS_PER_SHEET)
    sheets.push(workers.slice(i, i + CARDS_PER_SHEET))
  return (
    <>
      {sheets.map((sheet, s) => (
        <div
          className="card-sheet"
          key={s}
          role="list"
          aria-label={`${t('permitCardsTitle')} · ${number}`}
        >
          {sheet.map(({ worker, photo }, i) => (
            <div
              key={worker.id ?? i}
              className="pass-card permit-card"
              role="listitem"
              aria-label={t('permitCardLabel', { name: worker.name })}
            >
              {CORNERS.flatMap((c) => [
                <span key={`${c}h`} className={`crop h ${c}`} aria-hidden="true" />,
                <span key={`${c}v`} className={`crop v ${c}`} aria-hidden="true" />,
              ])}
              <div className="card-head">
                {logo?.url && (
                  // eslint-disable-next-line @next/next/no-img-element -- served by Payload with access checks
                  <img src={logo.url} alt="" />
                )}
                <span className="card-estate">{estateName}</span>
                <span className="card-kind">{t('workPermit')}</span>
              </div>
              <div className="card-body">
                {photo ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a small inline copy
                  <img
                    className="card-photo"
                    src={photo}
                    alt={t('photoOf', { name: worker.name })}
                  />
                ) : (
                  <div className="card-photo empty">{t('noPhoto')}</div>
                )}
                <dl>
                  <div>
                    <dt>{t('worker')}</dt>
                    <dd className="card-holder">{worker.name}</dd>
                  </div>
                  <div>
                    <dt>{t('company')}</dt>
                    <dd>{permit.company}</dd>
                  </div>
                  <div className="half">
                    <dt>{t('permitNumber')}</dt>
                    <dd className="card-number">{number}</dd>
                  </div>
                  <div className="half">
                    <dt>{t('idNumber')}</dt>
                    <dd className="card-number card-id">{worker.idNumberMasked}</dd>
                  </div>
                  <div>
                    <dt>{t('validity')}</dt>
                    <dd className="card-validity">{validity}</dd>
                  </div>
                </dl>
              </div>
            </div>
          ))}
        </div>
      ))}
    </>
  )
}
