import type { Metadata } from 'next'

import { PortalHeader } from '@/components/portal/PortalHeader'
import { SetPasswordForm } from '@/components/portal/SetPasswordForm'
import { portalText } from '@/i18n/portal'
import { currentPortalLang } from '../../session'

export async function generateMetadata(): Promise<Metadata> {
  return { title: portalText(await currentPortalLang()).setPasswordTitle }
}

/** The invitation e-mail's link: /portal/set-password?token=… */
export default async function SetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const lang = await currentPortalLang()
  const t = portalText(lang)
  const { token } = await searchParams
  const value = typeof token === 'string' ? token.trim() : ''
  return (
    <>
      <PortalHeader lang={lang} />
      <main id="main" tabIndex={-1} className="portal-main portal-main--narrow">
        <h1>{t.setPasswordTitle}</h1>
        {value ? (
          <>
            <p className="portal-lead">{t.setPasswordIntro}</p>
            <SetPasswordForm lang={lang} token={value} />
          </>
        ) : (
          <div role="alert" className="portal-alert">
            <p>{t.tokenMissing}</p>
            <p>
              <a href="/portal/login">{t.goToLogin}</a>
            </p>
          </div>
        )}
      </main>
    </>
  )
}
