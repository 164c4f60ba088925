'use client'

import { type FormEvent, useEffect, useRef, useState } from 'react'

import { type PortalLang, portalText } from '@/i18n/portal'
import { FormField } from './FormField'
import { adoptAccountLanguage } from './LoginForm'
import { callApi } from '@/components/callApi'
import { useHydrated } from './useHydrated'
import { MIN_PASSWORD_LENGTH } from '@/domain/auth/passwordLength'

// The server's policy (src/domain/auth/passwordPolicy.ts) decides; this only spares a round trip.
const MIN_LENGTH = MIN_PASSWORD_LENGTH.resident

type FieldError = 'passwordTooShort' | 'passwordMismatch'

type ResetResponse = { user?: { language?: string | null } }

/**
 * The invitation's link: a new password → POST /api/residents/reset-password; Payload signs the
 * resident in (sets the cookie) and the portal opens.
 */
export function SetPasswordForm({ lang, token }: { lang: PortalLang; token: string }) {
  const t = portalText(lang)
  const hydrated = useHydrated()
  const passwordRef = useRef<HTMLInputElement>(null)
  const confirmRef = useRef<HTMLInputElement>(null)
  const [password, setPassword] = useState('')
  const [confirm, setConfirm] = useState('')
  const [errors, setErrors] = useState<{ password?: FieldError; confirm?: FieldError }>({})
  const [serverError, setServerError] = useState<string | null>(null)
  const [tokenRefused, setTokenRefused] = useState(false)
  const [busy, setBusy] = useState(false)

  // The server's message was in the language of the moment; after a switch it would be stale.
  useEffect(() => setServerError(null), [lang])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setServerError(null)
    const found: typeof errors = {}
    if (password.length < MIN_LENGTH) found.password = 'passwordTooShort'
    if (confirm !== password) found.confirm = 'passwordMismatch'
    setErrors(found)
    if (found.password) return passwordRef.current?.focus()
    if (found.confirm) return confirmRef.current?.focus()

    setBusy(true)
    const result = await callApi<ResetResponse>('/api/residents/reset-password', lang, {
      method: 'POST',
      body: { token, password },
    })
    if (!result.ok) {
      setBusy(false)
      // 403: Payload found no account with this token that has not expired.
      if (result.status === 403) setTokenRefused(true)
      else setServerError(result.message)
      return
    }
    adoptAccountLanguage(result.data.user?.language)
    window.location.assign('/portal')
  }

  if (tokenRefused) {
    return (
      <div role="alert" className="portal-alert">
        <p>{t.tokenInvalid}</p>
        <p>
          <a href="/portal/login">{t.goToLogin}</a>
        </p>
      </div>
    )
  }

  const serverErrorId = 'set-password-server-error'
  return (
    // method="post": before the script runs, a submit must never put a password in the URL.
    <form className="portal-form" method="post" noValidate onSubmit={(event) => void submit(event)}>
      <FormField
        id="set-password-new"
        label={t.newPassword}
        hint={t.newPasswordHint}
        type="password"
        name="new-password"
        autoComplete="new-password"
        required
        minLength={MIN_LENGTH}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.password && t[errors.password]}
        describedBy={serverError ? [serverErrorId] : []}
        inputRef={passwordRef}
      />
      <FormField
        id="set-password-confirm"
        label={t.confirmPassword}
        type="password"
        name="confirm-password"
        autoComplete="new-password"
        required
        value={confirm}
        onChange={(event) => setConfirm(event.target.value)}
        error={errors.confirm && t[errors.confirm]}
        describedBy={serverError ? [serverErrorId] : []}
        inputRef={confirmRef}
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
        {busy ? t.savingPassword : t.savePassword}
      </button>
    </form>
  )
}
