import Link from 'next/link'

import { type PortalLang, portalText } from '@/i18n/portal'
import { portalComplaintsText } from '@/i18n/portalComplaints'
import { portalMailText } from '@/i18n/portalMail'
import { portalVisitorsText } from '@/i18n/portalVisitors'
import { LanguageSwitch } from './LanguageSwitch'
import { LogoutButton } from './LogoutButton'

/** The bar at the top of every portal page: who runs it, the language switch and, signed in, sign-out. */
export function PortalHeader({
  lang,
  residentId,
  estateName,
  logoUrl,
  current = 'passes',
}: {
  lang: PortalLang
  residentId?: number
  /** The signed-in resident's estate; before sign-in the portal names no estate. */
  estateName?: string
  /** The estate's logo, when it has one (decorative: the estate's name is written beside it). */
  logoUrl?: string | null
  /** The section shown, marked in the navigation (signed in only); null for a page of none. */
  current?: 'passes' | 'mail' | 'complaints' | 'visitors' | null
}) {
  const t = portalText(lang)
  const m = portalMailText(lang)
  const c = portalComplaintsText(lang)
  return (
    <header className="portal-header">
      <div className="portal-header__inner">
        <p className="portal-header__brand">
          <Link href="/portal">
            {logoUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- served by Payload with access checks
              <img
                src={logoUrl}
                alt=""
                height={32}
                style={{ height: 32, width: 'auto', marginRight: 8 }}
              />
            ) : null}
            <span className="portal-header__site">
              {estateName ? (
                <>
                  {estateName}
                  <span className="portal-header__office">{t.officeSuffix}</span>
                </>
              ) : (
                t.siteName
              )}
            </span>
            <span className="portal-header__portal">{t.portalName}</span>
          </Link>
        </p>
        <div className="portal-header__tools">
          <LanguageSwitch lang={lang} residentId={residentId} />
          {residentId !== undefined ? <LogoutButton lang={lang} /> : null}
        </div>
      </div>
      {residentId !== undefined ? (
        <nav aria-label={m('navLabel')} className="portal-nav">
          <ul>
            <li>
              <Link href="/portal" aria-current={current === 'passes' ? 'page' : undefined}>
                {m('navPasses')}
              </Link>
            </li>
            <li>
              <Link href="/portal/mail" aria-current={current === 'mail' ? 'page' : undefined}>
                {m('navMail')}
              </Link>
            </li>
            <li>
              <Link
                href="/portal/complaints"
                aria-current={current === 'complaints' ? 'page' : undefined}
              >
                {c('navComplaints')}
              </Link>
            </li>
            <li>
              <Link
                href="/portal/visitors"
                aria-current={current === 'visitors' ? 'page' : undefined}
              >
                {portalVisitorsText(lang)('navVisitors')}
              </Link>
            </li>
          </ul>
        </nav>
      ) : null}
    </header>
  )
}
