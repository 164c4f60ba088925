'use client'

import { type ReactNode, useEffect, useRef, useState } from 'react'

import { type PortalLang, portalText } from '@/i18n/portal'
import { useHydrated } from './useHydrated'

type WakeLock = { release: () => Promise<void> }
type WithWakeLock = Navigator & { wakeLock?: { request: (type: 'screen') => Promise<WakeLock> } }

/**
 * One pass's QR code full screen, for showing at the gate: the code as large as the screen allows,
 * the pass number large, whose it is, and a reminder to turn the brightness up. A modal dialog:
 * focus moves into it and back to the button, Escape and the close button close it, and the
 * screen is kept awake while it is open where the browser allows.
 */
export function PassQrView({
  number,
  holder,
  unit,
  lang,
  children,
}: {
  number: string
  holder: string
  unit: string
  lang: PortalLang
  /** The QR code itself, drawn on the server (PassQrCode). */
  children: ReactNode
}) {
  const t = portalText(lang)
  const hydrated = useHydrated()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const closeRef = useRef<HTMLButtonElement>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const [open, setOpen] = useState(false)
  const titleId = `pass-qr-${number}-title`

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) {
      dialog.showModal()
      closeRef.current?.focus()
    }
    if (!open && dialog.open) dialog.close()
  }, [open])

  // The screen should not dim while the guard scans it.
  useEffect(() => {
    if (!open) return
    let lock: WakeLock | null = null
    let cancelled = false
    ;(navigator as WithWakeLock).wakeLock
      ?.request('screen')
      .then((held) => (cancelled ? void held.release() : (lock = held)))
      .catch(() => undefined)
    return () => {
      cancelled = true
      void lock?.release().catch(() => undefined)
    }
  }, [open])

  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        className="portal-button portal-button--primary portal-pass__show"
        aria-label={t.showQrFor(number)}
        onClick={() => setOpen(true)}
        disabled={!hydrated}
      >
        {t.showQr}
      </button>
      <dialog
        ref={dialogRef}
        className="portal-qr-view"
        aria-labelledby={titleId}
        // Escape (the dialog's cancel) and the close button both end here.
        onClose={() => {
          setOpen(false)
          triggerRef.current?.focus()
        }}
      >
        {open ? (
          <div className="portal-qr-view__inner">
            <h2 id={titleId} className="portal-qr-view__number">
              {t.qrViewTitle(number)}
            </h2>
            <p className="portal-qr-view__holder">{t.qrViewHolder(holder, unit)}</p>
            <div className="portal-qr-view__code">{children}</div>
            <p className="portal-qr-view__hint">
              <span aria-hidden="true">☀ </span>
              {t.qrViewBrightness}
            </p>
            <button
              ref={closeRef}
              type="button"
              className="portal-button portal-button--primary portal-button--wide"
              onClick={() => setOpen(false)}
            >
              {t.closeQr}
            </button>
          </div>
        ) : null}
      </dialog>
    </>
  )
}
