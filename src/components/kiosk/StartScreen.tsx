'use client'
import type { ReactNode } from 'react'

import type { MailAction } from '@/domain/kiosk/mailSession'
import { BOTH, HTML_LANG, type KioskLang, type KioskText, otherLang } from '@/i18n/kiosk'
import { MailKindIcon } from './MailKindIcon'
import type { KioskIdentity } from './pairingStore'

/**
 * What a person can do at the kiosk, one entry each: a later service (visitor check-in) is one
 * more entry here, with its words in `BOTH` and its first step in the session's reducer.
 */
export const KIOSK_ACTIONS: {
  id: string
  icon: ReactNode
  label: keyof typeof BOTH
  action: MailAction
}[] = [
  {
    id: 'collect-mail',
    icon: <MailKindIcon kind="letter" />,
    label: 'collectMail',
    action: { type: 'collect-mail' },
  },
  {
    id: 'visitor-check-in',
    icon: <VisitorIcon />,
    label: 'visitorCheckIn',
    action: { type: 'visitor-check-in' },
  },
]

/** A person with a badge: the visitor pass entry's drawn icon (no emoji the kiosk may lack). */
function VisitorIcon() {
  return (
    <svg
      className="kiosk-kind"
      viewBox="0 0 48 48"
      width="48"
      height="48"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="3"
      strokeLinejoin="round"
    >
      <circle cx="20" cy="15" r="8" />
      <path d="M5 42c0-9 7-15 15-15s15 6 15 15" />
      <rect x="30" y="24" width="14" height="18" rx="2" />
      <path d="M34 30h6M34 35h6" />
    </svg>
  )
}

function estateNames(identity: KioskIdentity | null, lang: KioskLang) {
  if (!identity) return { main: '', other: null }
  const { name, nameEn } = identity.estate
  return lang === 'en' && nameEn
    ? { main: nameEn, other: name }
    : { main: name, other: nameEn || null }
}

export function StartScreen({
  t,
  lang,
  identity,
  logoUrl,
  now,
  onAction,
}: {
  t: KioskText
  lang: KioskLang
  identity: KioskIdentity | null
  logoUrl: string | null
  now: number
  onAction: (action: MailAction) => void
}) {
  const names = estateNames(identity, lang)
  const timeZone = identity?.estate.timeZone
  const locale = lang === 'en' ? 'en-GB' : 'zh-TW'
  const time = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(now)
  const date = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(now)
  const other = otherLang(lang)
  return (
    <section className="kiosk-start" aria-labelledby="kiosk-title">
      <div className="kiosk-start__about">
        <div className="kiosk-start__estate">
          {logoUrl ? <img className="kiosk-start__logo" src={logoUrl} alt="" /> : null}
          <h1 id="kiosk-title" tabIndex={-1}>
            <span className="kiosk-start__name">{names.main || t.appName}</span>
            {names.other ? (
              <span className="kiosk-start__name-other" lang={HTML_LANG[other]}>
                {names.other}
              </span>
            ) : null}
          </h1>
        </div>
        <p className="kiosk-clock">
          <span className="kiosk-sr">{t.clockLabel} </span>
          <time className="kiosk-clock__time">{time}</time>{' '}
          <span className="kiosk-clock__date">{date}</span>
        </p>
      </div>
      <div className="kiosk-start__services">
        <h2 className="kiosk-start__hint">{t.startHint}</h2>
        <ul className="kiosk-start__actions" aria-label={t.actions}>
          {KIOSK_ACTIONS.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                className="kiosk-action"
                data-action={entry.id}
                onClick={() => onAction(entry.action)}
              >
                <span className="kiosk-action__icon" aria-hidden="true">
                  {entry.icon}
                </span>
                <span className="kiosk-action__words">
                  <span className="kiosk-action__main">{BOTH[entry.label][lang]}</span>
                  <span className="kiosk-action__other" lang={HTML_LANG[other]}>
                    {BOTH[entry.label][other]}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}
