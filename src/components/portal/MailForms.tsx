'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { callApi } from '@/components/callApi'
import type { PortalLang } from '@/i18n/portal'
import { portalMailText } from '@/i18n/portalMail'
import { FormField } from './FormField'

function useSubmit(lang: PortalLang) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const run = async (path: string, method: 'POST' | 'PATCH' | 'DELETE', body?: unknown) => {
    setError(null)
    setBusy(true)
    const result = await callApi(path, lang, { method, body })
    setBusy(false)
    if (!result.ok) {
      setError(result.message)
      return false
    }
    router.refresh()
    return true
  }
  return { error, busy, run }
}

/** MAIL-6: "away until …": the household's mail is held (no reminders, nothing returned). */
export function MailHoldForm({ lang, today }: { lang: PortalLang; today: string }) {
  const t = portalMailText(lang)
  const { error, busy, run } = useSubmit(lang)
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        const data = new FormData(e.currentTarget)
        const form = e.currentTarget
        void run('/api/mail-holds', 'POST', {
          from: data.get('from') || undefined,
          until: data.get('until'),
          note: data.get('note') || undefined,
        }).then((ok) => ok && form.reset())
      }}
    >
      <FormField id="hold-from" name="from" type="date" min={today} label={t('holdFrom')} />
      <FormField
        id="hold-until"
        name="until"
        type="date"
        min={today}
        required
        label={t('holdUntil')}
        error={error}
      />
      <FormField id="hold-note" name="note" maxLength={200} label={t('holdNote')} />
      <button type="submit" className="portal-button portal-button--primary" disabled={busy}>
        {busy ? t('working') : t('holdSave')}
      </button>
    </form>
  )
}

/** MAIL-4: someone may collect a member's mail until a last day. */
export function MailAuthorisationForm({
  lang,
  today,
  members,
}: {
  lang: PortalLang
  today: string
  members: { id: number | string; name: string }[]
}) {
  const t = portalMailText(lang)
  const { error, busy, run } = useSubmit(lang)
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        const data = new FormData(e.currentTarget)
        const form = e.currentTarget
        void run('/api/mail-authorisations', 'POST', {
          member: Number(data.get('member')) || data.get('member'),
          delegateName: data.get('delegateName'),
          validUntil: data.get('validUntil'),
        }).then((ok) => ok && form.reset())
      }}
    >
      <div className="portal-field">
        <label htmlFor="auth-member" className="portal-field__label">
          {t('authMember')}
        </label>
        <select id="auth-member" name="member" className="portal-field__input">
          {members.map((m) => (
            <option key={m.id} value={String(m.id)}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <FormField
        id="auth-delegate"
        name="delegateName"
        maxLength={100}
        required
        autoComplete="off"
        label={t('authDelegate')}
      />
      <FormField
        id="auth-until"
        name="validUntil"
        type="date"
        min={today}
        required
        label={t('authUntil')}
        error={error}
      />
      <button type="submit" className="portal-button portal-button--primary" disabled={busy}>
        {busy ? t('working') : t('authSave')}
      </button>
    </form>
  )
}

/** Withdraws an authorisation, or ends a hold: one button, the server's answer shown beside it. */
export function MailRecordButton({
  lang,
  path,
  method,
  body,
  label,
  describedBy,
}: {
  lang: PortalLang
  path: string
  method: 'PATCH' | 'DELETE'
  body?: unknown
  label: string
  describedBy: string
}) {
  const { error, busy, run } = useSubmit(lang)
  return (
    <span>
      <button
        type="button"
        className="portal-button portal-button--danger-outline"
        aria-describedby={describedBy}
        disabled={busy}
        onClick={() => void run(path, method, body)}
      >
        {label}
      </button>
      {error ? (
        <span role="alert" className="portal-field__error">
          {error}
        </span>
      ) : null}
    </span>
  )
}
