import './paper.css'

import type { OfficeLang } from '@/i18n/office'
import type { PaperText } from '@/i18n/paper'
import type { EstateLogo, Member, MemberPhoto, Pass } from '@payload-types'

import type { CardData } from './loadPaper'

/** Ten ID-1 cards fill an A4 sheet: 2 columns × 5 rows. */
export const CARDS_PER_SHEET = 10

const CORNERS = ['tl', 'tr', 'bl', 'br'] as const

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/**
 * The office's physical passes: ID-1 cards (85.6 × 54 mm) on A4, each with the estate's name and
 * logo, the holder, the unit, the pass number, the member's photo when there is one and the QR
 * code the gate scans; crop marks at every corner.
 */
export function PassCardSheet({
  data,
  lang,
  t,
}: {
  data: CardData
  lang: OfficeLang
  t: PaperText
}) {
  const { household, estate, passes, qr } = data
  const estateName = lang === 'en' ? estate.nameEn || estate.name : estate.name
  const logo = typeof estate.logo === 'object' ? (estate.logo as EstateLogo | null) : null
  const cards = passes.map((pass, i) => ({ pass, qr: qr[i] ?? '' }))
  return (
    <>
      {chunk(cards, CARDS_PER_SHEET).map((sheet, s) => (
        <div
          className="card-sheet"
          key={s}
          role="list"
          aria-label={`${t('cardsTitle')} · ${household.unit}`}
        >
          {sheet.map(({ pass, qr: svg }) => (
            <PassCard
              key={pass.id}
              pass={pass}
              svg={svg}
              unit={household.unit}
              estateName={estateName}
              logoUrl={logo?.url ?? null}
              t={t}
            />
          ))}
        </div>
      ))}
    </>
  )
}

function PassCard({
  pass,
  svg,
  unit,
  estateName,
  logoUrl,
  t,
}: {
  pass: Pass
  svg: string
  unit: string
  estateName: string
  logoUrl: string | null
  t: PaperText
}) {
  const member = typeof pass.member === 'object' ? (pass.member as Member) : null
  const photo =
    member && typeof member.photo === 'object' ? (member.photo as MemberPhoto | null) : null
  const name = member?.name ?? ''
  return (
    <div
      className="pass-card"
      role="listitem"
      aria-label={t('cardLabel', { number: pass.number ?? '' })}
    >
      {CORNERS.flatMap((c) => [
        <span key={`${c}h`} className={`crop h ${c}`} aria-hidden="true" />,
        <span key={`${c}v`} className={`crop v ${c}`} aria-hidden="true" />,
      ])}
      <div className="card-head">
        {logoUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- served by Payload with access checks
          <img src={logoUrl} alt="" />
        )}
        <span className="card-estate">{estateName}</span>
        <span className="card-kind">{t('accessPass')}</span>
      </div>
      <div className="card-body">
        {photo?.url ? (
          // eslint-disable-next-line @next/next/no-img-element
          <img className="card-photo" src={photo.url} alt={t('photoOf', { name })} />
        ) : (
          <div className="card-photo empty">{t('noPhoto')}</div>
        )}
        <dl>
          <div>
            <dt>{t('holder')}</dt>
            <dd className="card-holder">{name}</dd>
          </div>
          <div>
            <dt>{t('unit')}</dt>
            <dd>{unit}</dd>
          </div>
          <div>
            <dt>{t('passNumber')}</dt>
            <dd className="card-number">{pass.number}</dd>
          </div>
        </dl>
        <div
          className="card-qr"
          role="img"
          aria-label={t('qrOf', { number: pass.number ?? '' })}
          data-pass-number={pass.number ?? ''}
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      </div>
    </div>
  )
}
