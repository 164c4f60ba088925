import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { PortalHeader } from '@/components/portal/PortalHeader'
import { ProfileForm } from '@/components/portal/ProfileForm'
import { portalText } from '@/i18n/portal'
import { idOf } from '@/domain/relations'
import { currentPortalLang, currentResident } from '../../session'

export async function generateMetadata(): Promise<Metadata> {
  return { title: portalText(await currentPortalLang()).profileTitle }
}

/**
 * The resident's own contact details (phone, e-mail), read as the resident: the record's access
 * rule lets them read and change their own account only (GEN-5).
 */
export default async function ProfilePage() {
  const lang = await currentPortalLang()
  const { payload, resident } = await currentResident()
  if (!resident) redirect('/portal/login')
  const t = portalText(lang)
  const [account, estate] = await Promise.all([
    payload.findByID({
      collection: 'residents',
      id: resident.id,
      depth: 0,
      select: { email: true, phone: true },
      user: resident,
      overrideAccess: false,
    }),
    payload.findByID({
      collection: 'estates',
      id: idOf(resident.estate)!,
      depth: 1,
      select: { name: true, nameEn: true, logo: true },
      user: resident,
      overrideAccess: false,
    }),
  ])
  return (
    <>
      <PortalHeader
        lang={lang}
        residentId={resident.id}
        estateName={lang === 'en' ? estate.nameEn || estate.name : estate.name}
        logoUrl={typeof estate.logo === 'object' ? estate.logo?.url : undefined}
        current={null}
      />
      <main id="main" tabIndex={-1} className="portal-main portal-main--narrow">
        <h1>{t.profileTitle}</h1>
        <p className="portal-lead">{t.profileIntro}</p>
        <ProfileForm
          lang={lang}
          residentId={resident.id}
          email={account.email ?? ''}
          phone={account.phone ?? ''}
        />
      </main>
    </>
  )
}
