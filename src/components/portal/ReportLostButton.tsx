'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState, useTransition } from 'react'

import { type PortalLang, portalText } from '@/i18n/portal'
import { callApi } from '@/components/callApi'
import { useHydrated } from './useHydrated'

/** Report an active pass lost, after a confirm step: it stops working at once and for good. */
export function ReportLostButton({
  passId,
  passNumber,
  canReport,
  lang,
}: {
  passId: number
  passNumber: string
  /**
   * Whether the server offers this resident the move to “lost” (the pass's `moves`); the
   * component stays to announce the outcome.
   */
  canReport: boolean
  lang: PortalLang
}) {
  const t = portalText(lang)
  const hydrated = useHydrated()
  const router = useRouter()
  const [, startTransition] = useTransition()
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const confirmRef = useRef<HTMLDivElement>(null)
  const doneRef = useRef<HTMLParagraphElement>(null)
  const returnFocus = useRef(false)
  const idBase = `report-lost-${passId}`

  // Reported: the button is gone, so keyboard users continue from the confirmation.
  useEffect(() => {
    if (done) doneRef.current?.focus()
  }, [done])

  // The confirm step takes focus when it opens; cancelling gives focus back to the button.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
    else if (returnFocus.current) {
      returnFocus.current = false
      triggerRef.current?.focus()
    }
  }, [confirming])

  // A server message is in the language of the moment; after a switch it would be stale.
  useEffect(() => setError(null), [lang])

  function cancel() {
    returnFocus.current = true
    setConfirming(false)
  }

  async function report() {
    setBusy(true)
    setError(null)
    const result = await callApi(`/api/passes/${encodeURIComponent(passId)}/status`, lang, {
      method: 'POST',
      body: { status: 'lost' },
    })
    setBusy(false)
    if (!result.ok) {
      setError(result.message)
      return
    }
    setConfirming(false)
    setDone(true)
    startTransition(() => router.refresh())
  }

  return (
    <div className="portal-action">
      {confirming ? (
        <div
          ref={confirmRef}
          tabIndex={-1}
          role="group"
          aria-labelledby={`${idBase}-text`}
          className="portal-confirm portal-confirm--danger"
        >
          <p id={`${idBase}-text`} className="portal-confirm__text">
            {t.reportLostConfirm(passNumber)}
          </p>
          <div className="portal-confirm__buttons">
            <button
              type="button"
              className="portal-button portal-button--danger"
              onClick={() => void report()}
              disabled={busy}
              aria-describedby={error ? `${idBase}-error` : undefined}
            >
              {busy ? t.reporting : t.confirmReportLost}
            </button>
            <button
              type="button"
              className="portal-button portal-button--quiet"
              onClick={cancel}
              disabled={busy}
            >
              {t.cancel}
            </button>
          </div>
        </div>
      ) : !canReport || done ? null : (
        <button
          ref={triggerRef}
          type="button"
          className="portal-button portal-button--danger-outline"
          aria-label={t.reportLostFor(passNumber)}
          onClick={() => setConfirming(true)}
          disabled={!hydrated}
        >
          {t.reportLost}
        </button>
      )}
      {error ? (
        <p id={`${idBase}-error`} role="alert" className="portal-alert">
          {error}
        </p>
      ) : null}
      <p
        ref={doneRef}
        tabIndex={done ? -1 : undefined}
        role="status"
        className={done ? 'portal-success' : 'portal-visually-hidden'}
      >
        {done ? t.reported(passNumber) : null}
      </p>
    </div>
  )
}
