'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState, useTransition } from 'react'

import { type PortalLang, portalText } from '@/i18n/portal'
import { callApi } from '@/components/callApi'
import { useHydrated } from './useHydrated'

type Quote = {
  ordinal: number
  fee: number
  currency: string
  freePassesPerMember: number
  memberName: string
}
type IssuedPass = { doc: { number?: string | null; fee?: number | null; currency?: string | null } }
type Issued = { number: string; fee: number; currency?: string | null }

type Step =
  | { name: 'idle' }
  | { name: 'quoting' }
  | { name: 'confirm'; quote: Quote }
  | { name: 'requesting'; quote: Quote }

/**
 * Another pass for a member (PAS-2, PAS-3): the fee is quoted first, the resident confirms, and
 * the server decides the fee again when it issues the pass; the portal shows what it charged.
 */
export function RequestPassButton({
  memberId,
  memberName,
  lang,
  label,
  quoteAtOnce = false,
}: {
  memberId: number
  memberName: string
  lang: PortalLang
  /** The button's words, when not “Request a pass for …” (a replacement after a loss). */
  label?: string
  /** Ask for the quote as soon as the button appears (the replacement offered after a loss). */
  quoteAtOnce?: boolean
}) {
  const t = portalText(lang)
  const hydrated = useHydrated()
  const router = useRouter()
  const [, startTransition] = useTransition()
  const [step, setStep] = useState<Step>({ name: 'idle' })
  const [error, setError] = useState<string | null>(null)
  const [issued, setIssued] = useState<Issued | null>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const confirmRef = useRef<HTMLDivElement>(null)
  const returnFocus = useRef(false)
  const idBase = `request-pass-${memberId}`

  // The confirm step takes focus when it opens; closing it gives focus back to the button.
  useEffect(() => {
    if (step.name === 'confirm') confirmRef.current?.focus()
    if (step.name === 'idle' && returnFocus.current) {
      returnFocus.current = false
      triggerRef.current?.focus()
    }
  }, [step.name])

  // A server message is in the language of the moment; after a switch it would be stale.
  useEffect(() => setError(null), [lang])

  // Offered after a loss: the fee is quoted at once, before the resident decides.
  const quotedAtOnce = useRef(false)
  useEffect(() => {
    if (!quoteAtOnce || quotedAtOnce.current) return
    quotedAtOnce.current = true
    void startRequest()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when offered
  }, [quoteAtOnce])

  function close() {
    returnFocus.current = true
    setStep({ name: 'idle' })
  }

  async function startRequest() {
    setError(null)
    setIssued(null)
    setStep({ name: 'quoting' })
    const quote = await callApi<Quote>(
      `/api/passes/quote?member=${encodeURIComponent(memberId)}`,
      lang,
    )
    if (!quote.ok) {
      setStep({ name: 'idle' })
      setError(quote.message)
      return
    }
    setStep({ name: 'confirm', quote: quote.data })
  }

  async function confirmRequest(quote: Quote) {
    setStep({ name: 'requesting', quote })
    const result = await callApi<IssuedPass>('/api/passes/request', lang, {
      method: 'POST',
      body: { member: memberId },
    })
    close()
    if (!result.ok) {
      setError(result.message)
      return
    }
    // The fee shown is the one the server charged, not the quote.
    const { number, fee, currency } = result.data.doc
    setIssued({ number: number ?? '', fee: fee ?? 0, currency })
    startTransition(() => router.refresh())
  }

  const open = step.name === 'confirm' || step.name === 'requesting'
  return (
    <div className="portal-action">
      {!open ? (
        <button
          ref={triggerRef}
          type="button"
          className="portal-button portal-button--primary"
          onClick={() => void startRequest()}
          disabled={!hydrated || step.name === 'quoting'}
          aria-describedby={error ? `${idBase}-error` : undefined}
        >
          {step.name === 'quoting' ? t.quoting : (label ?? t.requestPassFor(memberName))}
        </button>
      ) : (
        <div
          ref={confirmRef}
          tabIndex={-1}
          role="group"
          aria-labelledby={`${idBase}-quote`}
          className="portal-confirm"
        >
          <p id={`${idBase}-quote`} className="portal-confirm__text">
            {t.quoteText(
              step.quote.ordinal,
              step.quote.memberName,
              step.quote.fee > 0 ? t.formatFee(step.quote.fee, step.quote.currency) : null,
            )}
          </p>
          <p className="portal-confirm__rule">
            {step.quote.fee > 0
              ? t.quoteRule(
                  step.quote.freePassesPerMember,
                  t.formatFee(step.quote.fee, step.quote.currency),
                )
              : t.quoteRuleFree(step.quote.freePassesPerMember)}
          </p>
          <div className="portal-confirm__buttons">
            <button
              type="button"
              className="portal-button portal-button--primary"
              onClick={() => void confirmRequest(step.quote)}
              disabled={step.name === 'requesting'}
            >
              {step.name === 'requesting' ? t.requesting : t.confirmRequest}
            </button>
            <button
              type="button"
              className="portal-button portal-button--quiet"
              onClick={close}
              disabled={step.name === 'requesting'}
            >
              {t.cancel}
            </button>
          </div>
        </div>
      )}
      {error ? (
        <p id={`${idBase}-error`} role="alert" className="portal-alert">
          {error}
        </p>
      ) : null}
      <p role="status" className={issued ? 'portal-success' : 'portal-visually-hidden'}>
        {issued
          ? t.requested(
              issued.number,
              issued.fee > 0 ? t.formatFee(issued.fee, issued.currency) : null,
            )
          : null}
      </p>
    </div>
  )
}
