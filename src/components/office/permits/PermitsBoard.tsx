'use client'
import { useCallback, useEffect, useState } from 'react'

import { callApi } from '@/components/callApi'
import { useLiveRefresh } from '@/components/useLiveRefresh'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import { CARD_STEPS, formatCountdown, permitNumber } from '@/domain/permits/rules'
import type { OfficeLang } from '@/i18n/office'
import { permitsBoardText } from '@/i18n/permitsBoard'

type Permit = {
  id: number | string
  company: string
  personInCharge: string
  step: string
  deadline: string
  validFrom?: string | null
  validUntil?: string | null
  late?: boolean | null
  workers?: { name: string; idNumberMasked?: string | null }[]
  moves?: { to: string; label: { en: string; 'zh-TW': string } }[]
}

/** How often the board reads while its live stream is down. */
const POLL_MS = 5000

/**
 * PMT-2, PMT-3: the permits in progress with a live countdown to each deadline (by the server's
 * clock), the next step's button for the role that owns it (the server says which), and the
 * receipt number field for finance. Lists show masked ID numbers only (PMT-4). It reads again
 * whenever the server announces a change of the estate's permits (`/api/live/permits`, from any
 * server process), every 5 seconds while that stream is down.
 */
export function PermitsBoard({
  lang,
  stepLabels,
  timeZone,
  printsCards,
}: {
  lang: OfficeLang
  stepLabels: Record<string, string>
  /** The estate's: the work period is shown as its calendar days. */
  timeZone: string
  /** Whether the reader handles permits, and so may open the card sheet (PMT-4). */
  printsCards: boolean
}) {
  const t = permitsBoardText(lang)
  const [permits, setPermits] = useState<Permit[]>([])
  const [offset, setOffset] = useState(0)
  const [now, setNow] = useState(() => Date.now())
  const [receipts, setReceipts] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [online, setOnline] = useState(true)

  const read = useCallback(async () => {
    const started = Date.now()
    const res = await fetch(
      '/api/work-permits?where[step][not_equals]=issued&sort=deadline&limit=100&depth=0',
      { credentials: 'same-origin', headers: { 'Accept-Language': lang }, cache: 'no-store' },
    ).catch(() => null)
    setOnline(Boolean(res?.ok))
    if (!res?.ok) return
    const serverDate = res.headers.get('date')
    if (serverDate) setOffset(new Date(serverDate).getTime() + 500 - (started + Date.now()) / 2)
    setPermits(((await res.json()) as { docs: Permit[] }).docs)
  }, [lang])
  const { streaming, refresh } = useLiveRefresh('permits', read, POLL_MS)

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(tick)
  }, [])

  async function step(permit: Permit, to: string) {
    setBusy(true)
    setError(null)
    const result = await callApi(`/api/work-permits/${permit.id}`, lang, {
      method: 'PATCH',
      body: {
        step: to,
        ...(to === 'paid' ? { receiptNumber: receipts[String(permit.id)] ?? '' } : {}),
      },
    })
    setBusy(false)
    if (!result.ok) setError(result.message)
    await refresh()
  }

  const serverNow = now + offset
  const day = (iso?: string | null) =>
    iso ? formatEstateDateTime(iso, timeZone, lang, { time: false }) : '—'
  return (
    <section aria-labelledby="permits-progress">
      <p className={online ? 'live-badge' : 'live-badge offline'} role="status">
        {!online ? t('offline') : streaming ? t('live') : t('polling')}
      </p>
      <h2 id="permits-progress">{t('inProgress')}</h2>
      {error ? (
        <p className="problems" role="alert">
          {error}
        </p>
      ) : null}
      {permits.length === 0 ? <p>{t('none')}</p> : null}
      <ul className="visitor-cards">
        {permits.map((permit) => {
          const left = Math.floor((new Date(permit.deadline).getTime() - serverNow) / 1000)
          return (
            <li key={permit.id} className={left <= 0 ? 'visitor-card late' : 'visitor-card'}>
              <p className="visitor-line">
                <strong>{permit.company}</strong> · {t('personInCharge')}: {permit.personInCharge}
              </p>
              <p>
                {t('step')}: <strong>{stepLabels[permit.step] ?? permit.step}</strong> ·{' '}
                {t('timeLeft')}:{' '}
                <strong className="waited" aria-live="off">
                  {formatCountdown(left)}
                </strong>
                {left <= 0 ? <span className="flag"> · {t('overdue')}</span> : null}
              </p>
              <p>
                {permitNumber(permit.id)} · {t('validity')}:{' '}
                {t('validRange', { from: day(permit.validFrom), until: day(permit.validUntil) })}
                {printsCards && (CARD_STEPS as readonly string[]).includes(permit.step) ? (
                  <>
                    {' '}
                    · <a href={`/office/permits/${permit.id}/cards`}>{t('printCards')}</a>
                  </>
                ) : null}
              </p>
              <p>
                {t('workers')}:{' '}
                {(permit.workers ?? [])
                  .map((w) => `${w.name}（${w.idNumberMasked ?? ''}）`)
                  .join('、')}
              </p>
              {(permit.moves ?? []).length > 0 ? (
                <div className="actions">
                  {(permit.moves ?? []).some((m) => m.to === 'paid') ? (
                    <label className="field">
                      {t('receiptNumber')}
                      <input
                        value={receipts[String(permit.id)] ?? ''}
                        maxLength={50}
                        onChange={(e) =>
                          setReceipts({ ...receipts, [String(permit.id)]: e.target.value })
                        }
                      />
                    </label>
                  ) : null}
                  {(permit.moves ?? []).map((m) => (
                    <button
                      key={m.to}
                      type="button"
                      className="button"
                      disabled={busy}
                      onClick={() => void step(permit, m.to)}
                    >
                      {m.label[lang]} · {permit.company}
                    </button>
                  ))}
                </div>
              ) : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
