'use client'
import { useState } from 'react'

import type { KioskHeartbeatReply } from '@/domain/kiosk/api'
import { type KioskText, type KioskLang } from '@/i18n/kiosk'
import { callKiosk } from './kioskApi'
import { QrScanner } from './QrScanner'

/**
 * Unpaired: office staff type or scan the kiosk's API key (from its record in the admin); the key
 * is checked with a heartbeat before it is kept. No staff login ever happens on the kiosk.
 */
export function PairingScreen({
  t,
  version,
  lang,
  revoked,
  onPaired,
  onAnswered,
}: {
  t: KioskText
  /** The app's version, reported in the heartbeat. */
  version: string
  lang: KioskLang
  revoked: boolean
  onPaired: (apiKey: string, reply: KioskHeartbeatReply) => void
  onAnswered: (answered: boolean) => void
}) {
  const [key, setKey] = useState('')
  const [scanning, setScanning] = useState(false)
  const [busy, setBusy] = useState(false)
  // Kept as what went wrong, not as words: the words follow the language switch.
  const [problem, setProblem] = useState<
    { kind: 'revoked' | 'invalid' | 'required' } | { kind: 'server'; message: string } | null
  >(revoked ? { kind: 'revoked' } : null)
  const error =
    problem === null
      ? null
      : problem.kind === 'server'
        ? problem.message
        : { revoked: t.keyRevoked, invalid: t.keyInvalid, required: t.keyRequired }[problem.kind]

  async function pair(candidate: string) {
    const apiKey = candidate.trim()
    if (!apiKey) {
      setProblem({ kind: 'required' })
      return
    }
    setBusy(true)
    setProblem(null)
    const result = await callKiosk<KioskHeartbeatReply>('/api/kiosks/heartbeat', {
      apiKey,
      lang,
      body: { version },
    })
    setBusy(false)
    onAnswered(result.status !== 0)
    if (result.ok && result.data?.estate) return onPaired(apiKey, result.data)
    if (result.ok) setProblem({ kind: 'server', message: t.unexpectedError(result.status) })
    else if (result.status === 401 || result.status === 403) setProblem({ kind: 'invalid' })
    else setProblem({ kind: 'server', message: result.message })
  }

  return (
    <section className="kiosk-panel kiosk-pairing" aria-labelledby="kiosk-title">
      <h1 id="kiosk-title" tabIndex={-1}>
        {t.pairTitle}
      </h1>
      <p className="kiosk-lead">{t.pairIntro}</p>
      <form
        className="kiosk-pairing__form"
        onSubmit={(event) => {
          event.preventDefault()
          void pair(key)
        }}
        noValidate
      >
        <label htmlFor="kiosk-key" className="kiosk-label">
          {t.keyLabel}
        </label>
        <input
          id="kiosk-key"
          className="kiosk-input kiosk-input--key"
          value={key}
          onChange={(event) => setKey(event.target.value)}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'kiosk-pair-error' : undefined}
        />
        {error ? (
          <p id="kiosk-pair-error" className="kiosk-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="kiosk-actions">
          <button
            type="button"
            className="kiosk-button kiosk-button--secondary"
            onClick={() => setScanning((on) => !on)}
            disabled={busy}
          >
            {scanning ? t.stopScan : t.scanKey}
          </button>
          <button type="submit" className="kiosk-button" disabled={busy}>
            {busy ? t.pairing : t.pair}
          </button>
        </div>
      </form>
      {scanning ? (
        <QrScanner
          labels={{
            starting: t.cameraStarting,
            on: t.cameraOn,
            unavailable: t.cameraUnavailable,
            video: t.camera,
          }}
          onRead={(text) => {
            setScanning(false)
            setKey(text.trim())
            void pair(text)
          }}
        />
      ) : null}
    </section>
  )
}
