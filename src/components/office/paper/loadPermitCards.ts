import { readFile } from 'node:fs/promises'
import path from 'node:path'

import config from '@payload-config'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import sharp from 'sharp'
import { getPayload, type Payload, type TypedUser } from 'payload'

import { hasRole } from '@/access/roles'
import { PermitPhotos } from '../../../../collections/PermitPhotos'
import { idOf } from '@/domain/relations'
import { CARD_STEPS } from '@/domain/permits/rules'
import { PERMIT_HANDLERS } from '@/domain/permits/transitions'
import type { Estate, WorkPermit } from '@payload-types'

import { readAsStaffOr404 } from './loadPaper'

/**
 * PMT-4: a permit's cards carry the workers' photos, so only the roles that handle permits open
 * them. Nobody signed in: the sign-in page; anyone else (other staff, residents, kiosks): the 404
 * page, as if there were no such permit.
 */
export async function requirePermitHandler(returnTo: string) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) redirect(`/admin/login?redirect=${encodeURIComponent(returnTo)}`)
  if (user.collection !== 'users' || !hasRole(user, ...PERMIT_HANDLERS)) notFound()
  return { payload, user: user! }
}

export type PermitCardData = {
  permit: WorkPermit
  estate: Estate
  /** Whether Security has verified the permit, so its cards may be printed. */
  printable: boolean
  /** Each worker's photo as a small inline JPEG (a data URL), by worker row; '' if unreadable. */
  photos: string[]
}

/** The card's photo: 3:4, 240 × 320 px (about 290 dpi at 21 × 27 mm), inlined in the page. */
async function inlinePhoto(filename: string | null | undefined): Promise<string> {
  if (!filename) return ''
  const dir =
    PermitPhotos.upload && typeof PermitPhotos.upload === 'object'
      ? PermitPhotos.upload.staticDir
      : null
  if (!dir) return ''
  const file = await readFile(path.join(dir, path.basename(filename))).catch(() => null)
  if (!file) return ''
  const jpeg = await sharp(file)
    .rotate()
    .resize(240, 320, { fit: 'cover' })
    .jpeg({ quality: 75 })
    .toBuffer()
    .catch(() => null)
  return jpeg ? `data:image/jpeg;base64,${jpeg.toString('base64')}` : ''
}

/**
 * A permit and what its cards show, all read as the staff member: an unknown, malformed or
 * another estate's permit is the 404 page. Photos are read server-side from the upload store and
 * inlined small, so the sheet prints without further requests.
 */
export async function loadPermitCards(
  payload: Payload,
  user: TypedUser,
  id: string,
): Promise<PermitCardData> {
  const permit = (await readAsStaffOr404(payload, user, 'work-permits', id, 0)) as WorkPermit
  const estate = (await readAsStaffOr404(
    payload,
    user,
    'estates',
    String(idOf(permit.estate)),
    1,
  )) as Estate
  const printable = (CARD_STEPS as readonly string[]).includes(permit.step ?? '')
  if (!printable) return { permit, estate, printable, photos: [] }
  const photoIds = (permit.workers ?? [])
    .map((w) => idOf(w.photo as number | { id: number } | null | undefined))
    .filter((p): p is number => p != null)
  const found = await payload.find({
    collection: 'permit-photos',
    where: { id: { in: photoIds } },
    depth: 0,
    limit: photoIds.length || 1,
    user,
    overrideAccess: false,
  })
  const byId = new Map(found.docs.map((doc) => [String(doc.id), doc.filename]))
  const photos = await Promise.all(
    (permit.workers ?? []).map((w) =>
      inlinePhoto(byId.get(String(idOf(w.photo as number | { id: number } | null | undefined)))),
    ),
  )
  return { permit, estate, printable, photos }
}
