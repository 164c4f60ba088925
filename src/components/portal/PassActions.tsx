'use client'

import { useRouter } from 'next/navigation'
import { type KeyboardEvent, useEffect, useRef, useState, useTransition } from 'react'

import { type PortalLang, portalText } from '@/i18n/portal'
import { callApi } from '@/components/callApi'
import { RequestPassButton } from './RequestPassButton'
import { useHydrated } from './useHydrated'

type Step = 'closed' | 'menu' | 'confirm' | 'reported'

/**
 * A pass's own menu (a disclosure button): “report lost” lives here, not in red under every pass.
 * Reporting asks for confirmation (the pass stops working at once and for good, PAS-5); once
 * reported, a replacement is offered with its fee quoted by the server (PAS-2, PAS-3).
 */
export function PassActions({
  passId,
  passNumber,
  memberId,
  memberName,
  canReport,
  lang,
}: {
  passId: number
  passNumber: string
  memberId: number
  memberName: string
  /** Whether the server offers this resident the move to “lost” (the pass workflow's moves). */
  canReport: boolean
  lang: PortalLang
}) {
  const t = portalText(lang)
  const hydrated = useHydrated()
  const router = useRouter()
  const [, startTransition] = useTransition()
  const [step, setStep] = useState<Step>('closed')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const menuButtonRef = useRef<HTMLButtonElement>(null)
  const firstItemRef = useRef<HTMLButtonElement>(null)
  const confirmRef = useRef<HTMLDivElement>(null)
  const doneRef = useRef<HTMLParagraphElement>(null)
  const returnFocus = useRef(false)
  const idBase = `pass-actions-${passId}`

  useEffect(() => {
    if (step === 'menu') firstItemRef.current?.focus()
    if (step === 'confirm') confirmRef.current?.focus()
    if (step === 'reported') doneRef.current?.focus()
    if (step === 'closed' && returnFocus.current) {
      returnFocus.current = false
      menuButtonRef.current?.focus()
    }
  }, [step])

  // A server message is in the language of the moment; after a switch it would be stale.
  useEffect(() => setError(null), [lang])

  function close() {
    returnFocus.current = true
    setStep('closed')
    setError(null)
  }

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key === 'Escape' && (step === 'menu' || step === 'confirm') && !busy) {
      event.stopPropagation()
      close()
    }
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
    setStep('reported')
    startTransition(() => router.refresh())
  }

  if (step === 'reported') {
    return (
      <div className="portal-action portal-pass__after-loss">
        <p ref={doneRef} tabIndex={-1} role="status" className="portal-success">
          {t.reported(passNumber)} {t.replacementOffer(passNumber)}
        </p>
        <RequestPassButton
          memberId={memberId}
          memberName={memberName}
          lang={lang}
          label={t.requestReplacement(memberName)}
          quoteAtOnce
        />
      </div>
    )
  }
  if (!canReport) return null

  const open = step !== 'closed'
  return (
    <div className="portal-pass-menu" onKeyDown={closeOnEscape}>
      <button
        ref={menuButtonRef}
        type="button"
        className="portal-button portal-button--quiet portal-pass-menu__button"
        aria-expanded={open}
        aria-controls={`${idBase}-panel`}
        aria-label={t.passMenuFor(passNumber)}
        onClick={() => (open ? close() : setStep('menu'))}
        disabled={!hydrated}
      >
        {t.passMenu}
        <span aria-hidden="true" className="portal-pass-menu__chevron">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <div id={`${idBase}-panel`} hidden={!open} className="portal-pass-menu__panel">
        {step === 'menu' ? (
          <button
            ref={firstItemRef}
            type="button"
            className="portal-button portal-button--danger-outline"
            aria-label={t.reportLostFor(passNumber)}
            onClick={() => setStep('confirm')}
          >
            {t.reportLost}
          </button>
        ) : null}
        {step === 'confirm' ? (
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
                onClick={close}
                disabled={busy}
              >
                {t.cancel}
              </button>
            </div>
          </div>
        ) : null}
        {error ? (
          <p id={`${idBase}-error`} role="alert" className="portal-alert">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  )
}
