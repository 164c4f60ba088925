import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { LoginForm } from '@/components/portal/LoginForm'
import { PortalHeader } from '@/components/portal/PortalHeader'
import { portalText } from '@/i18n/portal'
import { currentPortalLang, currentResident } from '../../session'

export async function generateMetadata(): Promise<Metadata> {
  return { title: portalText(await currentPortalLang()).loginTitle }
}

/**
 * Sign-in for residents; someone already signed in goes straight to their household. After
 * signing out (`?signed-out=1`) the page says so, in the language in use.
 */
export default async function PortalLoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const lang = await currentPortalLang()
  const { resident } = await currentResident()
  if (resident) redirect('/portal')
  const t = portalText(lang)
  const signedOut = (await searchParams)['signed-out'] !== undefined
  return (
    <>
      <PortalHeader lang={lang} />
      <main id="main" tabIndex={-1} className="portal-main portal-main--narrow">
        {signedOut ? (
          <p role="status" className="portal-success portal-signed-out">
            {t.signedOut}
          </p>
        ) : null}
        <h1>{t.loginTitle}</h1>
        <p className="portal-lead">{t.loginIntro}</p>
        <LoginForm lang={lang} />
        <p className="portal-forgot">
          <Link href="/portal/forgot-password">{t.forgotLink}</Link>
        </p>
        <p className="portal-note">{t.loginForgot}</p>
      </main>
    </>
  )
}
