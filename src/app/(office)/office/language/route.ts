import config from '@payload-config'
import { getPayload } from 'payload'

import { OFFICE_LANG_COOKIE, officeLang } from '@/i18n/office'

const ONE_YEAR = 60 * 60 * 24 * 365

/**
 * POST /office/language {lang} — the office pages' language switch. It sets the same preference
 * as the admin panel's own switch (the payload-lng cookie, which Payload's admin reads), so the
 * admin and the office pages agree. A staff member who chose a language for messages and e-mails
 * on their account gets that choice moved too: otherwise the server's refusals on the page they
 * just switched would come back in the other language.
 */
export async function POST(request: Request) {
  const body = (await request.json().catch(() => null)) as { lang?: unknown } | null
  if (body?.lang !== 'en' && body?.lang !== 'zh-TW') {
    return Response.json({ errors: [{ message: 'lang must be zh-TW or en' }] }, { status: 400 })
  }
  const lang = officeLang(body.lang)
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (user?.collection === 'users' && user.language && user.language !== lang) {
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { language: lang },
      user,
      overrideAccess: false,
    })
  }
  const response = Response.json({ lang })
  response.headers.append(
    'Set-Cookie',
    `${OFFICE_LANG_COOKIE}=${lang}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax`,
  )
  return response
}
