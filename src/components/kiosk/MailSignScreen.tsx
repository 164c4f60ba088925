'use client'
import { useRef, useState } from 'react'

import { SignatureField, type SignatureFieldHandle } from '@/components/SignatureField'

import type { MailAction, MailSession } from '@/domain/kiosk/mailSession'
import type { KioskText } from '@/i18n/kiosk'

/**
 * MAIL-4: the addressee (or their authorised delegate) signs on the screen, then confirms. A
 * retry after a lost answer sends the same signature with the same Idempotency-Key.
 */
export function MailSignScreen({
  t,
  session,
  busy,
  dispatch,
  onConfirm,
}: {
  t: KioskText
  session: MailSession
  busy: boolean
  dispatch: (action: MailAction) => void
  onConfirm: (signature: string) => void
}) {
  const padRef = useRef<SignatureFieldHandle>(null)
  const [missing, setMissing] = useState(false)

  function confirm() {
    const pad = padRef.current
    if (!pad || pad.isEmpty()) return setMissing(true)
    onConfirm(pad.toDataURL())
  }

  const lookup = session.lookup!
  const delegate = session.delegate.on ? session.delegate.name.trim() : null
  const error = missing ? t.signatureMissing : session.error?.message
  return (
    <section className="kiosk-panel kiosk-sign" aria-labelledby="kiosk-title">
      <div className="kiosk-sign__head">
        <h1 id="kiosk-title" tabIndex={-1}>
          {t.signTitle}
        </h1>
        <p className="kiosk-summary">
          {t.signSummary(session.selected.length, lookup.addressee, delegate)}
        </p>
      </div>
      <div className="kiosk-sign__pad">
        <p id="kiosk-pad-label" className="kiosk-label">
          {t.padLabel}
        </p>
        <SignatureField
          ref={padRef}
          className="kiosk-pad"
          labelId="kiosk-pad-label"
          pen={{ minWidth: 1.5, maxWidth: 4 }}
          onStroke={() => setMissing(false)}
        />
      </div>
      <div className="kiosk-sign__foot">
        {error ? (
          <p className="kiosk-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="kiosk-actions">
          <button
            type="button"
            className="kiosk-button kiosk-button--secondary"
            disabled={busy}
            onClick={() => dispatch({ type: 'back' })}
          >
            {t.back}
          </button>
          <button
            type="button"
            className="kiosk-button kiosk-button--secondary"
            disabled={busy}
            onClick={() => {
              padRef.current?.clear()
              setMissing(false)
            }}
          >
            {t.clearSignature}
          </button>
          <button type="button" className="kiosk-button" disabled={busy} onClick={confirm}>
            {busy ? t.confirming : session.error?.retry ? t.retry : t.confirm}
          </button>
        </div>
      </div>
    </section>
  )
}
