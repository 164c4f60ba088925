'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { callApi } from '@/components/callApi'
import type { PortalLang } from '@/i18n/portal'
import { portalVisitorsText } from '@/i18n/portalVisitors'
import { FormField } from './FormField'

/** The browser's local date and time as an ISO instant (datetime-local has no zone). */
const instant = (value: FormDataEntryValue | null) => {
  const text = String(value ?? '')
  const date = new Date(text)
  return text && Number.isFinite(date.getTime()) ? date.toISOString() : text
}

/** VIS-4: a resident registers an expected visitor and gets a pass (the server checks it all). */
export function VisitorPassForm({ lang }: { lang: PortalLang }) {
  const t = portalVisitorsText(lang)
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  return (
    <form
      className="portal-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault()
        const form = e.currentTarget
        const data = new FormData(form)
        setError(null)
        setBusy(true)
        const result = await callApi('/api/visitor-passes', lang, {
          method: 'POST',
          body: {
            visitorName: data.get('visitorName'),
            validFrom: instant(data.get('validFrom')),
            validUntil: instant(data.get('validUntil')),
            maxUses: Number(data.get('maxUses') || 1),
          },
        })
        setBusy(false)
        if (!result.ok) return setError(result.message)
        form.reset()
        router.refresh()
      }}
    >
      <h3>{t('newPass')}</h3>
      <FormField
        id="pass-name"
        name="visitorName"
        maxLength={100}
        required
        label={t('visitorName')}
      />
      <FormField
        id="pass-from"
        name="validFrom"
        type="datetime-local"
        required
        label={t('validFrom')}
      />
      <FormField
        id="pass-until"
        name="validUntil"
        type="datetime-local"
        required
        label={t('validUntil')}
      />
      <FormField
        id="pass-uses"
        name="maxUses"
        type="number"
        min={1}
        max={20}
        defaultValue={1}
        label={t('maxUses')}
        hint={t('maxUsesHint')}
        error={error}
      />
      <button type="submit" className="portal-button portal-button--primary" disabled={busy}>
        {busy ? t('working') : t('create')}
      </button>
    </form>
  )
}
