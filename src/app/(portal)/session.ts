import config from '@payload-config'
import { cookies, headers } from 'next/headers'
import { getPayload } from 'payload'

import { PORTAL_LANG_COOKIE, type PortalLang, readPortalLang } from '@/i18n/portal'

/** The language the reader chose, from the portal-lang cookie (Chinese when none). */
export async function currentPortalLang(): Promise<PortalLang> {
  return readPortalLang((await cookies()).get(PORTAL_LANG_COOKIE)?.value)
}

/** Payload and the signed-in resident, or `resident: null` for anyone else (staff included). */
export async function currentResident() {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  return { payload, resident: user?.collection === 'residents' ? user : null }
}
