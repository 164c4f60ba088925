'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useState, useTransition } from 'react'

import {
  OFFICE_HTML_LANG,
  OFFICE_LANGS,
  OFFICE_LANGUAGE_NAMES,
  officeText,
  type OfficeLang,
} from '@/i18n/office'

/**
 * 中文 / English in every office page's header (GEN-3). The choice is the admin panel's own
 * (POST /office/language sets it), so the admin and the office pages stay in one language.
 */
export function OfficeLanguageSwitch({ lang }: { lang: OfficeLang }) {
  const router = useRouter()
  const [hydrated, setHydrated] = useState(false)
  const [pending, startTransition] = useTransition()
  const [failed, setFailed] = useState(false)
  const t = officeText(lang)
  useEffect(() => setHydrated(true), [])

  async function choose(next: OfficeLang) {
    if (next === lang) return
    const res = await fetch('/office/language', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ lang: next }),
    }).catch(() => null)
    setFailed(!res?.ok)
    if (!res?.ok) return
    document.documentElement.lang = OFFICE_HTML_LANG[next]
    startTransition(() => router.refresh())
  }

  return (
    <div className="office-lang no-print">
      <div role="group" aria-label={t('languageSwitch')} className="office-lang__options">
        {OFFICE_LANGS.map((option) => (
          <button
            key={option}
            type="button"
            lang={OFFICE_HTML_LANG[option]}
            aria-pressed={option === lang}
            disabled={!hydrated || pending}
            className="office-lang__option"
            onClick={() => void choose(option)}
          >
            {OFFICE_LANGUAGE_NAMES[option]}
          </button>
        ))}
      </div>
      {failed ? (
        <p role="alert" className="error">
          {t('languageSaveFailed')}
        </p>
      ) : null}
    </div>
  )
}
