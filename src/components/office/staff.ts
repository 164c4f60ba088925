import config from '@payload-config'
import { cookies, headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { getPayload, type Payload, type TypedUser } from 'payload'

import { OFFICE_ROLES } from '@/access/residents'
import { hasRole } from '@/access/roles'
import { officeLang, officeText } from '@/i18n/office'
import { isRecordId } from '@/server/ids'

/**
 * The office pages are for customer service and above. Nobody signed in: the staff sign-in page.
 * A resident: their portal. Other staff: the admin panel (the sign-in page would only send them
 * back here, in a loop).
 */
export async function requireOfficeStaff(returnTo: string) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) redirect(`/admin/login?redirect=${encodeURIComponent(returnTo)}`)
  if (user.collection === 'residents') redirect('/portal')
  if (!hasRole(user, ...OFFICE_ROLES)) redirect('/admin')
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

/**
 * A record for an office page, read as the staff member: a malformed or unknown id, or one the
 * staff member may not read, is a 404 page.
 */
export async function findOr404<
  S extends 'households' | 'pass-receipts' | 'estates' | 'mail-batches',
>(payload: Payload, user: TypedUser, collection: S, id: string, depth = 0) {
  if (!isRecordId(id, payload.db.defaultIDType)) notFound()
  const doc = await payload
    .findByID({ collection, id, depth, user, overrideAccess: false, disableErrors: true })
    .catch(() => null)
  if (!doc) notFound()
  return doc
}
