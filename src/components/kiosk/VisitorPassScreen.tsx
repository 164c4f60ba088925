'use client'
import { useEffect, useRef, useState } from 'react'

import type { KioskLang, KioskText } from '@/i18n/kiosk'
import { kioskVisitorText } from '@/i18n/kioskVisitors'
import { offlinePassText } from '@/i18n/offlinePasses'
import type { PassOutcome, useOfflinePasses } from '../visitors/useOfflinePasses'
import { QrScanner } from './QrScanner'

type Outcome = Extract<PassOutcome, { ok: true }> | { ok: false; message: string }

/**
 * VIS-4 at the lobby kiosk: a visitor holds up the pass the resident shared; the camera (jsQR) or
 * a USB/Bluetooth scanner typing into the focused field reads its token, and the server checks the
 * visitor in, or says why not in the kiosk's language. With the network down the kiosk checks the
 * pass itself (signature, window, cancelled passes) and sends the check-in when it is back; the
 * screen says which.
 */
export function VisitorPassScreen({
  t,
  lang,
  passes,
  onAnswered,
  onDone,
}: {
  t: KioskText
  lang: KioskLang
  passes: ReturnType<typeof useOfflinePasses>
  onAnswered: (reached: boolean) => void
  onDone: () => void
}) {
  const v = kioskVisitorText(lang)
  const o = offlinePassText(lang)
  const inputRef = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  useEffect(() => {
    inputRef.current?.focus()
  }, [])

  async function check(token: string) {
    if (busy || !token.trim()) return
    setBusy(true)
    const result = await passes.check(token.trim())
    setBusy(false)
    onAnswered(!result.offline)
    if (inputRef.current) inputRef.current.value = ''
    if (result.ok && (result.offline || typeof result.reply?.visitorName === 'string')) {
      return setOutcome(result)
    }
    if (result.ok) return setOutcome({ ok: false, message: t.unexpectedError(200) })
    setOutcome({ ok: false, message: result.status === 429 ? v('tooMany') : result.message })
  }

  return (
    <section className="kiosk-panel" aria-labelledby="kiosk-title">
      <form
        className="kiosk-cols"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void check(inputRef.current?.value ?? '')
        }}
      >
        <div className="kiosk-col">
          <h1 id="kiosk-title">{v('title')}</h1>
          <div
            className={
              passes.online ? 'kiosk-link kiosk-link--online' : 'kiosk-link kiosk-link--offline'
            }
            role="status"
            aria-label={o('statusLabel')}
          >
            <p>
              <strong>{passes.online ? o('online') : o('offline')}</strong>
            </p>
            {passes.queued ? <p>{o('queued', { n: passes.queued })}</p> : null}
          </div>
          <p className="kiosk-lead">{v('intro')}</p>
          <QrScanner
            labels={{
              starting: t.cameraStarting,
              on: t.cameraOn,
              unavailable: v('cameraUnavailable'),
              video: t.camera,
            }}
            onRead={(text) => void check(text)}
          />
          <label htmlFor="kiosk-pass" className="kiosk-label">
            {v('scannerLabel')}
          </label>
          <input
            ref={inputRef}
            id="kiosk-pass"
            className="kiosk-input"
            inputMode="none"
            autoComplete="off"
            onBlur={(event) => {
              if (!event.relatedTarget) setTimeout(() => inputRef.current?.focus(), 0)
            }}
          />
        </div>
        <div className="kiosk-col">
          {outcome?.ok && outcome.offline ? (
            <div className="kiosk-visitor-ok" role="status">
              <p className="kiosk-lead">
                <strong>{o('offlineOk', { n: outcome.use, max: outcome.maxUses })}</strong>
              </p>
            </div>
          ) : outcome?.ok ? (
            <div className="kiosk-visitor-ok" role="status">
              <p className="kiosk-lead">
                <strong>{v('welcome', { name: outcome.reply.visitorName })}</strong>
              </p>
              <p className="kiosk-lead">{v('visiting', { unit: outcome.reply.hostUnit ?? '' })}</p>
              <p className="kiosk-note">
                {outcome.reply.schedule
                  ? v('useOfToday', {
                      n: outcome.reply.use,
                      max: outcome.reply.maxUses,
                      schedule: outcome.reply.schedule,
                    })
                  : v('useOf', { n: outcome.reply.use, max: outcome.reply.maxUses })}
              </p>
            </div>
          ) : outcome ? (
            <div className="kiosk-error" role="alert">
              <p>
                <strong>{v('refused')}</strong>
              </p>
              <p>{outcome.message}</p>
              <p>{v('askGuard')}</p>
            </div>
          ) : null}
          <div className="kiosk-actions">
            <button type="button" className="kiosk-button kiosk-button--secondary" onClick={onDone}>
              {outcome ? v('done') : t.cancel}
            </button>
            <button type="submit" className="kiosk-button" disabled={busy}>
              {busy ? v('checking') : v('check')}
            </button>
          </div>
        </div>
      </form>
    </section>
  )
}
