import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { ForgotPasswordForm } from '@/components/portal/ForgotPasswordForm'
import { PortalHeader } from '@/components/portal/PortalHeader'
import { portalText } from '@/i18n/portal'
import { currentPortalLang, currentResident } from '../../session'

export async function generateMetadata(): Promise<Metadata> {
  return { title: portalText(await currentPortalLang()).forgotTitle }
}

/** “Forgot password” from the sign-in page: a link to set a new one is e-mailed (through the outbox). */
export default async function ForgotPasswordPage() {
  const lang = await currentPortalLang()
  const { resident } = await currentResident()
  if (resident) redirect('/portal')
  const t = portalText(lang)
  return (
    <>
      <PortalHeader lang={lang} />
      <main id="main" tabIndex={-1} className="portal-main portal-main--narrow">
        <h1>{t.forgotTitle}</h1>
        <p className="portal-lead">{t.forgotIntro}</p>
        <ForgotPasswordForm lang={lang} />
        <p className="portal-forgot">
          <Link href="/portal/login">{t.forgotBack}</Link>
        </p>
      </main>
    </>
  )
}
