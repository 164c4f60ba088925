import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'

import { actorOf } from '@/access/actor'
import type { Estate, EstateLogo } from '@payload-types'

export type AdminLang = 'zh-TW' | 'en'

/** What heads the admin panel: the estate's name and logo, never Payload's. */
export type AdminBrand = {
  /** The estate's name in the admin's language, or the neutral office name. */
  name: string
  /** The logo's URL, readable by the signed-in staff member. */
  logoUrl?: string
  /** Before login the logo file is not served to anyone: it comes inline instead. */
  logoDataUrl?: string
}

export const NEUTRAL_OFFICE: Record<AdminLang, string> = {
  'zh-TW': '屋苑管理處',
  en: 'Estate office',
}

/** The config's title suffix, replaced per request by the estate's name (`brandTitle`). */
export const ADMIN_TITLE_SUFFIX = '· 屋苑管理處 Estate office'

/** A page title with the estate's name in place of the config's neutral suffix. */
export const brandTitle = (title: string, brand: AdminBrand) =>
  title.endsWith(ADMIN_TITLE_SUFFIX)
    ? `${title.slice(0, -ADMIN_TITLE_SUFFIX.length)}· ${brand.name}`
    : title

export const adminLang = (value: unknown): AdminLang => (value === 'en' ? 'en' : 'zh-TW')

const estateName = (estate: Pick<Estate, 'name' | 'nameEn'>, lang: AdminLang) =>
  lang === 'en' ? estate.nameEn || estate.name : estate.name

const LOGO_DIR = path.resolve(process.cwd(), 'data/uploads/logos')

async function inlineLogo(logo: EstateLogo): Promise<string | undefined> {
  if (!logo.filename || !logo.mimeType) return undefined
  const file = path.join(LOGO_DIR, path.basename(logo.filename))
  const bytes = await readFile(file).catch(() => null)
  return bytes ? `data:${logo.mimeType};base64,${bytes.toString('base64')}` : undefined
}

/**
 * The brand for a screen of the admin panel. A staff member sees the estate they work in (read as
 * them); before login (nobody to read as) an installation of one estate shows that estate, and
 * one of several the neutral office name, so no estate is named to a stranger on another's site.
 */
export async function readAdminBrand(
  payload: Payload,
  user: PayloadRequest['user'] | null | undefined,
  lang: AdminLang,
): Promise<AdminBrand> {
  const neutral = { name: NEUTRAL_OFFICE[lang] }
  const actor = actorOf({ user })
  if (actor.kind === 'staff') {
    if (actor.estate === null) return neutral
    const found = await payload
      .find({
        collection: 'estates',
        where: { id: { equals: actor.estate } },
        depth: 1,
        limit: 1,
        select: { name: true, nameEn: true, logo: true },
        user,
        overrideAccess: false,
      })
      .catch(() => null)
    const estate = found?.docs[0]
    if (!estate) return neutral
    const logo = typeof estate.logo === 'object' ? estate.logo : null
    return { name: estateName(estate, lang), logoUrl: logo?.url ?? undefined }
  }
  if (actor.kind !== 'anonymous') return neutral
  const estates = await payload.find({
    collection: 'estates',
    depth: 1,
    limit: 2,
    select: { name: true, nameEn: true, logo: true },
    overrideAccess: true,
  })
  if (estates.totalDocs !== 1) return neutral
  const estate = estates.docs[0]!
  const logo = typeof estate.logo === 'object' && estate.logo ? estate.logo : null
  return { name: estateName(estate, lang), logoDataUrl: logo ? await inlineLogo(logo) : undefined }
}
