import type { ServerProps } from 'payload'

import { adminLang, readAdminBrand } from '@/server/adminBrand'

type BrandProps = Pick<ServerProps, 'payload' | 'user' | 'i18n'>

/** The login page's heading: the estate's logo and name, or the neutral office name. */
export async function EstateLogo({ payload, user, i18n }: BrandProps) {
  const brand = await readAdminBrand(payload, user, adminLang(i18n?.language))
  const src = brand.logoUrl ?? brand.logoDataUrl
  return (
    <div className="estate-brand estate-brand--logo">
      {src ? <img src={src} alt="" className="estate-brand__image" /> : null}
      <span className="estate-brand__name">{brand.name}</span>
    </div>
  )
}

/** The header's mark, on every screen: the estate's logo (or its initial) and its name. */
export async function EstateIcon({ payload, user, i18n }: BrandProps) {
  const brand = await readAdminBrand(payload, user, adminLang(i18n?.language))
  const src = brand.logoUrl ?? brand.logoDataUrl
  return (
    <span className="estate-brand estate-brand--icon" title={brand.name}>
      {src ? (
        <img src={src} alt="" className="estate-brand__image" />
      ) : (
        <span className="estate-brand__initial" aria-hidden="true">
          {Array.from(brand.name)[0]}
        </span>
      )}
      <span className="estate-brand__name">{brand.name}</span>
    </span>
  )
}
