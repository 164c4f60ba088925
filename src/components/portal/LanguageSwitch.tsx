'use client'

import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'

import {
  HTML_LANG,
  LANGUAGE_NAMES,
  PORTAL_LANG_COOKIE,
  PORTAL_LANGS,
  type PortalLang,
  portalText,
} from '@/i18n/portal'
import { callApi } from '@/components/callApi'
import { useHydrated } from './useHydrated'

const ONE_YEAR = 60 * 60 * 24 * 365
const SHORT_NAMES: Record<PortalLang, string> = { 'zh-TW': '中文', en: 'EN' }

/** Keeps the reader's choice in the portal-lang cookie, which the server pages read. */
export function rememberPortalLang(lang: PortalLang) {
  document.cookie = `${PORTAL_LANG_COOKIE}=${lang}; path=/; max-age=${ONE_YEAR}; samesite=lax`
}

/**
 * 中文 / English on every portal page (GEN-3). Signed in, the choice is also saved on the
 * resident's account, so it follows them to another device.
 */
export function LanguageSwitch({ lang, residentId }: { lang: PortalLang; residentId?: number }) {
  const router = useRouter()
  const hydrated = useHydrated()
  const [pending, startTransition] = useTransition()
  const [saveFailed, setSaveFailed] = useState(false)
  const t = portalText(lang)

  async function choose(next: PortalLang) {
    if (next === lang) return
    rememberPortalLang(next)
    // The page re-renders on the server in the new language; the <html lang> follows at once.
    document.documentElement.lang = HTML_LANG[next]
    if (residentId !== undefined) {
      const saved = await callApi(`/api/residents/${residentId}`, next, {
        method: 'PATCH',
        body: { language: next },
      })
      setSaveFailed(!saved.ok)
    }
    startTransition(() => router.refresh())
  }

  return (
    <div className="portal-lang">
      <div role="group" aria-label={t.languageSwitch} className="portal-lang__options">
        {PORTAL_LANGS.map((option) => (
          <button
            key={option}
            type="button"
            lang={HTML_LANG[option]}
            aria-pressed={option === lang}
            disabled={!hydrated || pending}
            className="portal-lang__option"
            onClick={() => void choose(option)}
            aria-label={LANGUAGE_NAMES[option]}
          >
            {/* On a phone the header keeps one row: “EN” stands for “English” there. */}
            <span className="portal-lang__full">{LANGUAGE_NAMES[option]}</span>
            <span className="portal-lang__short" aria-hidden="true">
              {SHORT_NAMES[option]}
            </span>
          </button>
        ))}
      </div>
      {saveFailed ? (
        <p role="alert" className="portal-lang__notice">
          {t.languageSaveFailed}
        </p>
      ) : null}
    </div>
  )
}
