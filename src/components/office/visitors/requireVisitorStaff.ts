import config from '@payload-config'
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { hasRole, type StaffRole } from '@/access/roles'
import { officeLang } from '@/i18n/office'

/**
 * The visitor boards are for the roles named (the gate board for guards, the CS board for
 * customer service). Nobody signed in: the staff sign-in page; a resident: the portal; other
 * staff: the admin panel.
 */
export async function requireVisitorStaff(returnTo: string, roles: StaffRole[]) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) redirect(`/admin/login?redirect=${encodeURIComponent(returnTo)}`)
  if (user.collection === 'residents') redirect('/portal')
  if (!hasRole(user, ...roles)) redirect('/admin')
  const lang = officeLang((await cookies()).get('payload-lng')?.value)
  return { payload, user: user!, lang }
}
