'use client'
import { useEffect, useRef, useState } from 'react'

import type { KioskLang, KioskText } from '@/i18n/kiosk'
import { kioskVisitorText } from '@/i18n/kioskVisitors'
import { callKiosk } from './kioskApi'
import { QrScanner } from './QrScanner'

type CheckInReply = {
  visitorName: string
  hostUnit: string | null
  use: number
  maxUses: number
  schedule?: string | null
}
type Outcome = { ok: true; reply: CheckInReply } | { ok: false; message: string }

/**
 * VIS-4 at the lobby kiosk: a visitor holds up the pass the resident shared; the camera (jsQR) or
 * a USB/Bluetooth scanner typing into the focused field reads its token, and the server checks the
 * visitor in, or says why not in the kiosk's language.
 */
export function VisitorPassScreen({
  t,
  lang,
  apiKey,
  onAnswered,
  onDone,
}: {
  t: KioskText
  lang: KioskLang
  apiKey: string
  onAnswered: (reached: boolean) => void
  onDone: () => void
}) {
  const v = kioskVisitorText(lang)
  const inputRef = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  useEffect(() => {
    inputRef.current?.focus()
  }, [])

  async function check(token: string) {
    if (busy || !token.trim()) return
    setBusy(true)
    const result = await callKiosk<CheckInReply>('/api/visitor-passes/check-in', {
      apiKey,
      lang,
      body: { token: token.trim() },
    })
    setBusy(false)
    onAnswered(result.status !== 0)
    if (inputRef.current) inputRef.current.value = ''
    if (result.ok && typeof result.data?.visitorName === 'string') {
      return setOutcome({ ok: true, reply: result.data })
    }
    if (result.ok) return setOutcome({ ok: false, message: t.unexpectedError(result.status) })
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
          {outcome?.ok ? (
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
