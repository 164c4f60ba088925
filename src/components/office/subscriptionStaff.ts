import config from '@payload-config'
import { cookies, headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { createLocalReq, getPayload } from 'payload'

import { actorHasRole, actorOf } from '@/access/actor'
import { OFFICE_ROLES } from '@/access/residents'
import type { StaffRole } from '@/access/roles'
import { readEstate } from '@/domain/estates/readEstate'
import { isMonth, monthIn } from '@/domain/subscriptions/months'
import { officeLang } from '@/i18n/office'
import { subscriptionOfficeText } from '@/i18n/subscriptions'
import { isRecordId } from '@/server/ids'

/** The register and the charges: the office and finance (who bills them, SUB-6). */
export const REGISTER_ROLES: StaffRole[] = [...OFFICE_ROLES, 'finance']

/**
 * A subscription office page for staff holding one of the roles where they work. Nobody signed in:
 * the staff sign-in page; a resident: their portal; other staff: the admin panel. Gives a request
 * as the staff member (their access applies), their estate's letterhead and the page's words.
 */
export async function requireSubscriptionStaff(
  returnTo: string,
  roles: StaffRole[] = [...OFFICE_ROLES],
) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) redirect(`/admin/login?redirect=${encodeURIComponent(returnTo)}`)
  if (user.collection === 'residents') redirect('/portal')
  const actor = actorOf({ user })
  if (actor.kind !== 'staff' || !actorHasRole(actor, ...roles)) redirect('/admin')
  const lang = officeLang((await cookies()).get('payload-lng')?.value)
  const req = await createLocalReq({ user }, payload)
  const estate = await readEstate(req, actor.estate)
  return { payload, user: user!, req, lang, estate, t: subscriptionOfficeText(lang) }
}

/** The month asked for, or this month in the estate's time zone. */
export const monthOrThisOne = (value: string | string[] | undefined, timeZone: string) =>
  typeof value === 'string' && isMonth(value) ? value : monthIn(timeZone)

/** A subscription as the staff member reads it, with its title and unit; 404 otherwise. */
export async function findSubscriptionOr404(
  payload: Awaited<ReturnType<typeof requireSubscriptionStaff>>['payload'],
  user: Awaited<ReturnType<typeof requireSubscriptionStaff>>['user'],
  id: string,
) {
  if (!isRecordId(id, payload.db.defaultIDType)) notFound()
  const doc = await payload
    .findByID({
      collection: 'subscriptions',
      id,
      depth: 1,
      populate: { households: { unit: true } },
      user,
      overrideAccess: false,
      disableErrors: true,
    })
    .catch(() => null)
  if (!doc) notFound()
  return doc
}
