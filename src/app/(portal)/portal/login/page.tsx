import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { LoginForm } from '@/components/portal/LoginForm'
import { PortalHeader } from '@/components/portal/PortalHeader'
import { portalText } from '@/i18n/portal'
import { currentPortalLang, currentResident } from '../../session'

export async function generateMetadata(): Promise<Metadata> {
  return { title: portalText(await currentPortalLang()).loginTitle }
}

/** Sign-in for residents; someone already signed in goes straight to their household. */
export default async function PortalLoginPage() {
  const lang = await currentPortalLang()
  const { resident } = await currentResident()
  if (resident) redirect('/portal')
  const t = portalText(lang)
  return (
    <>
      <PortalHeader lang={lang} />
      <main id="main" tabIndex={-1} className="portal-main portal-main--narrow">
        <h1>{t.loginTitle}</h1>
        <p className="portal-lead">{t.loginIntro}</p>
        <LoginForm lang={lang} />
        <p className="portal-note">{t.loginForgot}</p>
      </main>
    </>
  )
}
