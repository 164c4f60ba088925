'use client'

import { useRouter } from 'next/navigation'
import { type FormEvent, useEffect, useRef, useState, useTransition } from 'react'

import { type PortalLang, portalText } from '@/i18n/portal'
import { callApi, type FieldRefusal } from '@/components/callApi'
import { FormField } from './FormField'
import { useHydrated } from './useHydrated'

const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/
const PHONE_SHAPE = /^\+?[0-9(][0-9 ()-]*$/

type Field = 'phone' | 'email' | 'currentPassword'
type FieldErrors = Partial<Record<Field, string>>

const validPhone = (value: string) => {
  const digits = value.replace(/\D/g, '').length
  return PHONE_SHAPE.test(value) && digits >= 6 && digits <= 15
}

/**
 * The resident's phone number and e-mail → PATCH /api/residents/:id (their own record only). A
 * new e-mail asks for the current password; the server checks everything again and its refusals
 * (coded, in the reader's language) are shown on the field they concern.
 */
export function ProfileForm({
  lang,
  residentId,
  email: storedEmail,
  phone: storedPhone,
}: {
  lang: PortalLang
  residentId: number
  email: string
  phone: string
}) {
  const t = portalText(lang)
  const hydrated = useHydrated()
  const router = useRouter()
  const [, startTransition] = useTransition()
  const refs = {
    phone: useRef<HTMLInputElement>(null),
    email: useRef<HTMLInputElement>(null),
    currentPassword: useRef<HTMLInputElement>(null),
  }
  const savedRef = useRef<HTMLParagraphElement>(null)
  const [phone, setPhone] = useState(storedPhone)
  const [email, setEmail] = useState(storedEmail)
  const [currentPassword, setCurrentPassword] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [serverError, setServerError] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const emailChanged = email.trim().toLowerCase() !== storedEmail.trim().toLowerCase()

  useEffect(() => {
    setServerError(null)
    setErrors({})
    setSaved(null)
  }, [lang])
  useEffect(() => {
    if (saved) savedRef.current?.focus()
  }, [saved])

  function focusFirst(found: FieldErrors) {
    const first = (['phone', 'email', 'currentPassword'] as Field[]).find((f) => found[f])
    if (first) refs[first].current?.focus()
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setServerError(null)
    setSaved(null)
    const found: FieldErrors = {}
    if (phone.trim() && !validPhone(phone.trim())) found.phone = t.phoneInvalid
    if (!email.trim()) found.email = t.emailRequired
    else if (!EMAIL_SHAPE.test(email.trim())) found.email = t.emailInvalid
    if (emailChanged && !currentPassword) found.currentPassword = t.currentPasswordRequired
    setErrors(found)
    if (Object.keys(found).length) return focusFirst(found)

    setBusy(true)
    const body: Record<string, string> = { phone: phone.trim(), email: email.trim() }
    if (emailChanged) body.currentPassword = currentPassword
    const result = await callApi<{ doc: { email: string; phone?: string | null } }>(
      `/api/residents/${encodeURIComponent(residentId)}`,
      lang,
      { method: 'PATCH', body },
    )
    setBusy(false)
    if (!result.ok) {
      // A refusal of one field is shown on it; anything else above the button.
      const onFields = fieldErrorsOf(result.fields)
      if (onFields) {
        setErrors(onFields)
        return focusFirst(onFields)
      }
      setServerError(result.message)
      return
    }
    setCurrentPassword('')
    setPhone(result.data.doc.phone ?? '')
    setEmail(result.data.doc.email)
    setSaved(emailChanged ? t.profileEmailChanged(result.data.doc.email) : t.profileSaved)
    startTransition(() => router.refresh())
  }

  function fieldErrorsOf(fields: FieldRefusal[] | undefined): FieldErrors | null {
    const found: FieldErrors = {}
    for (const item of fields ?? []) {
      if (item.path === 'phone' || item.path === 'email' || item.path === 'currentPassword')
        found[item.path] = item.message
    }
    return Object.keys(found).length ? found : null
  }

  const serverErrorId = 'profile-server-error'
  return (
    <form className="portal-form" method="post" noValidate onSubmit={(event) => void submit(event)}>
      <FormField
        id="profile-phone"
        label={t.phone}
        hint={t.phoneHint}
        type="tel"
        name="phone"
        autoComplete="tel"
        inputMode="tel"
        value={phone}
        onChange={(event) => setPhone(event.target.value)}
        error={errors.phone}
        inputRef={refs.phone}
      />
      <FormField
        id="profile-email"
        label={t.email}
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        autoCapitalize="none"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.email}
        inputRef={refs.email}
      />
      {emailChanged || errors.currentPassword ? (
        <FormField
          id="profile-current-password"
          label={t.currentPassword}
          hint={t.currentPasswordHint}
          type="password"
          name="current-password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          error={errors.currentPassword}
          inputRef={refs.currentPassword}
        />
      ) : null}
      {serverError ? (
        <p id={serverErrorId} role="alert" className="portal-alert">
          {serverError}
        </p>
      ) : null}
      <p
        ref={savedRef}
        tabIndex={saved ? -1 : undefined}
        role="status"
        className={saved ? 'portal-success' : 'portal-visually-hidden'}
      >
        {saved}
      </p>
      <button
        type="submit"
        className="portal-button portal-button--primary portal-button--wide"
        disabled={!hydrated || busy}
      >
        {busy ? t.savingProfile : t.saveProfile}
      </button>
    </form>
  )
}
