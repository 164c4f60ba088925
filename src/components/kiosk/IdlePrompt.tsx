'use client'
import { useEffect, useRef } from 'react'

import type { KioskText } from '@/i18n/kiosk'

/**
 * WCAG 2.2.1: before the kiosk clears a person's screen for being idle, it asks, with the
 * seconds left and one big button to carry on.
 */
export function IdlePrompt({
  t,
  secondsLeft,
  onContinue,
}: {
  t: KioskText
  secondsLeft: number
  onContinue: () => void
}) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  return (
    <dialog
      ref={ref}
      className="kiosk-dialog"
      aria-labelledby="kiosk-idle-title"
      aria-describedby="kiosk-idle-body"
      onCancel={(event) => {
        // Escape is a way to carry on too, never to leave the prompt up without its countdown.
        event.preventDefault()
        onContinue()
      }}
    >
      <h2 id="kiosk-idle-title">{t.idleTitle}</h2>
      <p id="kiosk-idle-body" className="kiosk-lead">
        {t.idleBody(secondsLeft)}
      </p>
      <p className="kiosk-dialog__count" aria-hidden="true">
        {secondsLeft}
      </p>
      <button
        type="button"
        className="kiosk-button kiosk-button--huge"
        autoFocus
        onClick={onContinue}
      >
        {t.continue}
      </button>
    </dialog>
  )
}
