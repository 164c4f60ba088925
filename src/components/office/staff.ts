import config from '@payload-config'
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { OFFICE_ROLES } from '@/access/residents'
import { hasRole } from '@/access/roles'
import { officeLang, officeText } from '@/i18n/office'

/** The office pages are for customer service and above; others are sent to sign in. */
export async function requireOfficeStaff(returnTo: string) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!hasRole(user, ...OFFICE_ROLES)) redirect(`/admin/login?redirect=${encodeURIComponent(returnTo)}`)
  const lang = officeLang((await cookies()).get('payload-lng')?.value)
  return { payload, user: user!, lang, t: officeText(lang) }
}
