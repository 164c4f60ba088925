'use client'
import { useCallback, useState } from 'react'

import { callApi } from '@/components/callApi'
import { formatEstateTime } from '@/domain/estates/timeZone'
import { useLiveRefresh } from '@/components/useLiveRefresh'
import type { PortalLang } from '@/i18n/portal'
import { portalVisitorsText } from '@/i18n/portalVisitors'

type Waiting = {
  id: number | string
  surname: string
  organisation?: string | null
  plate?: string | null
  createdAt: string
  moves?: { to: string; label: { en: string; 'zh-TW': string } }[]
}

/** How often the list reads while its live stream is down. */
const POLL_MS = 3000

/**
 * The host resident's side of VIS-2: visitors waiting at the gate for their unit, read as the
 * resident through the REST API (their household's only, GEN-5) whenever the server announces a
 * change for their unit (`/api/live/visitors`), every 3 seconds while that stream is down, with
 * the answers the server says they may give.
 */
export function VisitorsAtGate({
  lang,
  timeZone,
  initial,
}: {
  lang: PortalLang
  timeZone: string
  initial: Waiting[]
}) {
  const t = portalVisitorsText(lang)
  const [waiting, setWaiting] = useState<Waiting[]>(initial)
  const [online, setOnline] = useState(true)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const read = useCallback(async () => {
    const result = await callApi<{ docs: Waiting[] }>(
      '/api/visitor-requests?where[status][equals]=waiting&sort=createdAt&limit=20&depth=0',
      lang,
    )
    if (result.ok) {
      setWaiting(result.data.docs)
      setOnline(true)
    } else setOnline(false)
  }, [lang])

  const { streaming, refresh } = useLiveRefresh('visitors', read, POLL_MS)

  async function answer(id: Waiting['id'], to: string) {
    setBusy(true)
    setError(null)
    const result = await callApi(`/api/visitor-requests/${id}`, lang, {
      method: 'PATCH',
      body: { status: to },
    })
    setBusy(false)
    if (!result.ok) setError(result.message)
    await refresh()
  }

  const since = (iso: string) => formatEstateTime(iso, timeZone, lang)

  return (
    <section aria-labelledby="gate-heading" aria-live="polite">
      <h2 id="gate-heading">{t('atGate')}</h2>
      {!online ? (
        <p className="portal-field__error" role="alert">
          {t('offline')}
        </p>
      ) : null}
      {error ? (
        <p className="portal-field__error" role="alert">
          {error}
        </p>
      ) : null}
      {waiting.length === 0 ? <p>{t('noneAtGate')}</p> : null}
      {online ? <p>{streaming ? t('live') : t('polling')}</p> : null}
      {waiting.map((visitor) => (
        <article key={visitor.id} className="portal-card" aria-labelledby={`visitor-${visitor.id}`}>
          <h3 id={`visitor-${visitor.id}`}>
            {t('asking', {
              surname: visitor.surname,
              org: visitor.organisation ? `（${visitor.organisation}）` : '',
              plate: visitor.plate ? ` ${visitor.plate}` : '',
              since: since(visitor.createdAt),
            })}
          </h3>
          <p>{t('answerHelp')}</p>
          <div className="portal-visitor__actions">
            {(visitor.moves ?? []).map((move) => (
              <button
                key={move.to}
                type="button"
                className={
                  move.to === 'refused'
                    ? 'portal-button portal-button--danger-outline'
                    : 'portal-button portal-button--primary'
                }
                disabled={busy}
                onClick={() => void answer(visitor.id, move.to)}
              >
                {move.label[lang]}
              </button>
            ))}
          </div>
        </article>
      ))}
    </section>
  )
}
