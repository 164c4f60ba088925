import config from '@payload-config'
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { actorHasRole, actorOf } from '@/access/actor'
import { PAYMENT_TAKERS } from '@/domain/payments/recordPayment'
import { officeLang } from '@/i18n/office'
import { paymentsText } from '@/i18n/payments'
import { PAYMENT_READERS } from '../../../../collections/Payments/endpoints'

/**
 * The payment pages are for the roles that read the money (office and finance); only the roles
 * that take it see the form. Nobody signed in: the staff sign-in page; a resident: the portal;
 * other staff: the admin panel.
 */
export async function requirePaymentStaff(returnTo: string) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) redirect(`/admin/login?redirect=${encodeURIComponent(returnTo)}`)
  if (user.collection === 'residents') redirect('/portal')
  const actor = actorOf({ user })
  if (!actorHasRole(actor, ...PAYMENT_READERS)) redirect('/admin')
  const lang = officeLang((await cookies()).get('payload-lng')?.value)
  return {
    payload,
    user: user!,
    // The estate the staff member works in now (the roles above are held there).
    estateId: actor.kind === 'staff' ? actor.estate! : 0,
    lang,
    t: paymentsText(lang),
    mayTakePayments: actorHasRole(actor, ...PAYMENT_TAKERS),
  }
}
