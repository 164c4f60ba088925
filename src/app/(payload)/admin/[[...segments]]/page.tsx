import config from '@payload-config'
import { generatePageMetadata, RootPage } from '@payloadcms/next/views'
import type { Metadata } from 'next'
import { cookies, headers } from 'next/headers'
import { getPayload } from 'payload'

import { adminLang, brandTitle, readAdminBrand } from '@/server/adminBrand'

import { importMap } from '../importMap.js'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

/** Payload's titles, ending in the estate's name (or the neutral office name before login). */
export const generateMetadata = async ({ params, searchParams }: Args): Promise<Metadata> => {
  const metadata = await generatePageMetadata({ config, params, searchParams })
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() }).catch(() => ({ user: null }))
  const lang = adminLang((await cookies()).get('payload-lng')?.value)
  const brand = await readAdminBrand(payload, user, lang)
  const title = metadata.title
  return {
    ...metadata,
    title:
      typeof title === 'string'
        ? brandTitle(title, brand)
        : title && 'absolute' in title
          ? { ...title, absolute: brandTitle(title.absolute, brand) }
          : title,
  }
}

const Page = ({ params, searchParams }: Args) =>
  RootPage({ config, params, searchParams, importMap })

export default Page
