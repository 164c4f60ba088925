import config from '@payload-config'
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload, type Payload, type TypedUser } from 'payload'

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

/** A household's passes waiting to be handed over, with their members, read as the staff member. */
export function findPreparedPasses(payload: Payload, user: TypedUser, household: number | string) {
  return payload.find({
    collection: 'passes',
    where: { household: { equals: household }, status: { equals: 'prepared' } },
    sort: 'number',
    depth: 1,
    limit: 500,
    user,
    overrideAccess: false,
  })
}
