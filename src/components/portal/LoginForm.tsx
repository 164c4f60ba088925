'use client'

import { type FormEvent, useEffect, useRef, useState } from 'react'

import { PORTAL_LANG_COOKIE, type PortalLang, portalText, readPortalLang } from '@/i18n/portal'
import { FormField } from './FormField'
import { rememberPortalLang } from './LanguageSwitch'
import { callApi } from '@/components/callApi'
import { useHydrated } from './useHydrated'

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

type FieldError = 'emailRequired' | 'emailInvalid' | 'passwordRequired'

type LoginResponse = { user?: { id?: number; language?: string | null } }

/** The language chosen in this browser (the portal-lang cookie), if any. */
function chosenLang() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith(`${PORTAL_LANG_COOKIE}=`))
  return cookie ? readPortalLang(cookie.slice(PORTAL_LANG_COOKIE.length + 1)) : null
}

/** The resident keeps the language they last chose; without a choice here, the account's one. */
export function adoptAccountLanguage(language: string | null | undefined) {
  if (!chosenLang() && language) rememberPortalLang(readPortalLang(language))
}

/**
 * A language chosen here before signing in becomes the account's too: the server answers an
 * account in its stored language, so the pages and their messages stay in one language.
 */
async function keepChosenLanguage(user: LoginResponse['user'], lang: PortalLang) {
  const chosen = chosenLang()
  if (!chosen || !user?.id || user.language === chosen) return
  await callApi(`/api/residents/${encodeURIComponent(user.id)}`, lang, {
    method: 'PATCH',
    body: { language: chosen },
  })
}

/** Email and password → POST /api/residents/login; Payload sets the session cookie. */
export function LoginForm({ lang }: { lang: PortalLang }) {
  const t = portalText(lang)
  const hydrated = useHydrated()
  const emailRef = useRef<HTMLInputElement>(null)
  const passwordRef = useRef<HTMLInputElement>(null)
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<{ email?: FieldError; password?: FieldError }>({})
  const [serverError, setServerError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  // The server's message was in the language of the moment; after a switch it would be stale.
  useEffect(() => setServerError(null), [lang])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setServerError(null)
    const found: typeof errors = {}
    if (!email.trim()) found.email = 'emailRequired'
    else if (!EMAIL_SHAPE.test(email.trim())) found.email = 'emailInvalid'
    if (!password) found.password = 'passwordRequired'
    setErrors(found)
    if (found.email) return emailRef.current?.focus()
    if (found.password) return passwordRef.current?.focus()

    setBusy(true)
    const result = await callApi<LoginResponse>('/api/residents/login', lang, {
      method: 'POST',
      body: { email: email.trim(), password },
    })
    if (!result.ok) {
      setBusy(false)
      setServerError(result.message)
      return
    }
    await keepChosenLanguage(result.data.user, lang)
    adoptAccountLanguage(result.data.user?.language)
    window.location.assign('/portal')
  }

  const serverErrorId = 'login-server-error'
  return (
    // method="post": before the script runs, a submit must never put a password in the URL.
    <form className="portal-form" method="post" noValidate onSubmit={(event) => void submit(event)}>
      <FormField
        id="login-email"
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
        error={errors.email && t[errors.email]}
        describedBy={serverError ? [serverErrorId] : []}
        inputRef={emailRef}
      />
      <FormField
        id="login-password"
        label={t.password}
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.password && t[errors.password]}
        describedBy={serverError ? [serverErrorId] : []}
        inputRef={passwordRef}
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
        {busy ? t.loggingIn : t.login}
      </button>
    </form>
  )
}
