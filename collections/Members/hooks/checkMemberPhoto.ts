import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/domain/relations'
import { refuse } from '@/errors/refuse'

/**
 * A member's photo must be one taken of that member: another member's (another household's)
 * photo is refused on every door, so a card never shows a stranger's face.
 */
export const checkMemberPhoto: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const photoId = idOf(data.photo as number | { id: number } | null | undefined)
  if (photoId === undefined || photoId === null) return data
  if (String(photoId) === String(idOf(originalDoc?.photo))) return data
  const photo =
    operation === 'update'
      ? await req.payload.findByID({
          collection: 'member-photos',
          id: photoId,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        })
      : null
  if (!photo || String(idOf(photo.member)) !== String(originalDoc?.id)) {
    refuse(req, 'member.photo-not-theirs', 400)
  }
  return data
}
