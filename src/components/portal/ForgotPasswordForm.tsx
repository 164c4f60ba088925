'use client'

import { type FormEvent, useEffect, useRef, useState } from 'react'

import { type PortalLang, portalText } from '@/i18n/portal'
import { callApi } from '@/components/callApi'
import { FormField } from './FormField'
import { useHydrated } from './useHydrated'

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

type FieldError = 'emailRequired' | 'emailInvalid'

/**
 * “Forgot password”: an e-mail address → POST /api/residents/forgot-password. The answer is the
 * same whether an account uses the address or not (the server says nothing else either); only a
 * refusal (too many requests) is shown as such.
 */
export function ForgotPasswordForm({ lang }: { lang: PortalLang }) {
  const t = portalText(lang)
  const hydrated = useHydrated()
  const emailRef = useRef<HTMLInputElement>(null)
  const sentRef = useRef<HTMLDivElement>(null)
  const [email, setEmail] = useState('')
  const [error, setError] = useState<FieldError | undefined>()
  const [serverError, setServerError] = useState<string | null>(null)
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => setServerError(null), [lang])
  useEffect(() => {
    if (sentTo) sentRef.current?.focus()
  }, [sentTo])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setServerError(null)
    const value = email.trim()
    const found: FieldError | undefined = !value
      ? 'emailRequired'
      : !EMAIL_SHAPE.test(value)
        ? 'emailInvalid'
        : undefined
    setError(found)
    if (found) return emailRef.current?.focus()
    setBusy(true)
    const result = await callApi('/api/residents/forgot-password', lang, {
      method: 'POST',
      body: { email: value },
    })
    setBusy(false)
    if (!result.ok) {
      setServerError(result.message)
      return
    }
    setSentTo(value)
  }

  if (sentTo) {
    return (
      <div ref={sentRef} tabIndex={-1} role="status" className="portal-success">
        <p>{t.forgotSent(sentTo)}</p>
      </div>
    )
  }

  const serverErrorId = 'forgot-server-error'
  return (
    <form className="portal-form" method="post" noValidate onSubmit={(event) => void submit(event)}>
      <FormField
        id="forgot-email"
        label={t.email}
        type="email"
        name="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        autoCapitalize="none"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={error && t[error]}
        describedBy={serverError ? [serverErrorId] : []}
        inputRef={emailRef}
      />
      {serverError ? (
        <p id={serverErrorId} role="alert" className="portal-alert">
          {serverError}
        </p>
      ) : null}
      <button
        type="submit"
        className="portal-button portal-button--primary portal-button--wide"
        disabled={!hydrated || busy}
      >
        {busy ? t.forgotSending : t.forgotSend}
      </button>
    </form>
  )
}
