'use client'
import { useEffect, useRef, useState } from 'react'

import {
  CODE_LENGTH,
  codeDigits,
  type MailAction,
  type MailSession,
} from '@/domain/kiosk/mailSession'
import { normalisePickupCode } from '@/domain/kiosk/api'
import type { KioskText } from '@/i18n/kiosk'
import { NumericKeypad } from './NumericKeypad'
import { QrScanner } from './QrScanner'

/** 12345 67890: the code in two halves, easier to check against the paper. */
const spaced = (code: string) => (code.length > 5 ? `${code.slice(0, 5)} ${code.slice(5)}` : code)

/**
 * The pickup code, three ways: the camera reads the resident's QR code; a USB or Bluetooth
 * scanner types it into the focused field and presses Enter; or the person taps it in.
 */
export function MailCodeScreen({
  t,
  session,
  busy,
  dispatch,
  onLookup,
}: {
  t: KioskText
  session: MailSession
  busy: boolean
  dispatch: (action: MailAction) => void
  onLookup: (code: string) => void
}) {
  const inputRef = useRef<HTMLInputElement>(null)
  const [scanNote, setScanNote] = useState<string | null>(null)
  const ready = session.code.length === CODE_LENGTH

  useEffect(() => {
    inputRef.current?.focus()
  }, [])

  return (
    <section className="kiosk-panel" aria-labelledby="kiosk-title">
      <form
        className="kiosk-cols"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          const code = normalisePickupCode(inputRef.current?.value ?? session.code)
          if (code && !busy) onLookup(code)
        }}
      >
        <div className="kiosk-col">
          <h1 id="kiosk-title">{t.mailTitle}</h1>
          <p className="kiosk-lead">{t.codeIntro}</p>
          <QrScanner
            labels={{
              starting: t.cameraStarting,
              on: t.cameraOn,
              unavailable: t.cameraUnavailable,
              video: t.camera,
            }}
            onRead={(text) => {
              const code = normalisePickupCode(text)
              if (!code) return setScanNote(t.codeNotRecognised)
              setScanNote(t.codeRead)
              dispatch({ type: 'typed-code', text: code })
              onLookup(code)
            }}
          />
          {scanNote ? <p className="kiosk-note">{scanNote}</p> : null}
          <label htmlFor="kiosk-code" className="kiosk-label">
            {t.codeLabel}
          </label>
          <input
            ref={inputRef}
            id="kiosk-code"
            className="kiosk-input kiosk-input--code"
            // The on-screen keys type here; a device's own keyboard stays away.
            inputMode="none"
            autoComplete="off"
            value={spaced(session.code)}
            onChange={(event) => dispatch({ type: 'typed-code', text: event.target.value })}
            onBlur={(event) => {
              // A barcode scanner types wherever the focus is: keep it here unless another field
              // or button took it on purpose.
              if (!event.relatedTarget) setTimeout(() => inputRef.current?.focus(), 0)
            }}
            aria-describedby="kiosk-code-progress"
            aria-invalid={session.error ? true : undefined}
          />
          <p id="kiosk-code-progress" className="kiosk-note">
            {t.codeProgress(codeDigits(session.code).length)}
          </p>
          {session.error ? (
            <p className="kiosk-error" role="alert">
              {session.error.message}
            </p>
          ) : null}
        </div>
        <div className="kiosk-col">
          <NumericKeypad
            label={t.keypad}
            disabled={busy}
            onDigit={(digit) => dispatch({ type: 'digit', digit })}
            onBackspace={() => dispatch({ type: 'backspace' })}
            onClear={() => dispatch({ type: 'clear-code' })}
            words={{
              backspace: t.backspace,
              backspaceLabel: t.backspaceLabel,
              clear: t.clearCode,
              clearLabel: t.clearCodeLabel,
            }}
          />
          <div className="kiosk-actions">
            <button
              type="button"
              className="kiosk-button kiosk-button--secondary"
              onClick={() => dispatch({ type: 'reset' })}
            >
              {t.cancel}
            </button>
            <button type="submit" className="kiosk-button" disabled={!ready || busy}>
              {busy ? t.finding : t.findMail}
            </button>
          </div>
        </div>
      </form>
    </section>
  )
}
