import { open } from 'node:fs/promises'
import path from 'node:path'
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import { nobody } from '@/access'
import { assignEstate, estateAccess, estateCreateAccess, estateField } from '@/access/estate'
import { OFFICE_ROLES } from '@/access/residents'
import { imageKind, MAX_MEMBER_PHOTO_BYTES } from '@/domain/paper/imageKind'
import { idOf } from '@/domain/relations'
import { refuse } from '@/errors/refuse'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { HOUSEHOLDS_GROUP } from '../Households'

/** The first bytes of the uploaded file, wherever the upload keeps it. */
async function firstBytes(file: NonNullable<PayloadRequest['file']>) {
  if (file.data?.length) return file.data.subarray(0, 16)
  if (!file.tempFilePath) return null
  const handle = await open(file.tempFilePath, 'r')
  try {
    const buffer = Buffer.alloc(16)
    const { bytesRead } = await handle.read(buffer, 0, 16, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * A photo is an image by its content, not by the name or type the client claims: JPEG, PNG or
 * WebP, at most 5 MB. Checked before Payload stores anything.
 */
const refuseBadPhotos: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  if (file.size > MAX_MEMBER_PHOTO_BYTES) {
    refuse(req, 'member.photo-too-large', 413, { mb: MAX_MEMBER_PHOTO_BYTES / 1024 / 1024 })
  }
  if (!imageKind(await firstBytes(file))) refuse(req, 'member.photo-not-image', 415)
  return args
}

/** The photo belongs to its member's household: the server sets it from the member, never a client. */
const takeMembersHousehold: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const memberId = idOf(data.member as number | { id: number } | undefined)
  if (memberId === undefined || memberId === null) refuse(req, 'member.photo-member-required', 400)
  const member = await req.payload.findByID({
    collection: 'members',
    id: memberId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!member) refuse(req, 'member.photo-member-required', 400)
  data.household = idOf(member.household)
  return data
}

/** A new photo becomes its member's photo at once (the office's camera page is one step). */
const becomeMembersPhoto: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await req.payload.update({
    collection: 'members',
    id: idOf(doc.member)!,
    data: { photo: doc.id },
    depth: 0,
    req,
    overrideAccess: true,
  })
  return doc
}

/**
 * A household member's photo for the printed pass card (image only, at most 5 MB), taken with
 * the office's camera page or uploaded in the admin. The estate's office manages them; the
 * member's own household may see them; nobody else (not guards, not other households).
 */
export const MemberPhotos: CollectionConfig = {
  slug: 'member-photos',
  labels: {
    singular: { en: 'Member photo', 'zh-TW': '成員相片' },
    plural: { en: 'Member photos', 'zh-TW': '成員相片' },
  },
  admin: { group: HOUSEHOLDS_GROUP, hidden: true },
  access: {
    read: estateAccess({ staff: OFFICE_ROLES, resident: { household: 'household' } }),
    create: estateCreateAccess({ staff: OFFICE_ROLES }),
    update: nobody,
    delete: estateAccess({ staff: OFFICE_ROLES }),
  },
  hooks: {
    beforeOperation: [refuseBadPhotos],
    beforeChange: [
      takeMembersHousehold,
      assignEstate({ field: 'household', collection: 'households' }),
      stampActor,
    ],
    afterChange: [becomeMembersPhoto],
  },
  upload: {
    staticDir: path.resolve(process.cwd(), 'data/uploads/member-photos'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp'],
  },
  fields: [
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'members',
      required: true,
      index: true,
      label: { en: 'Member', 'zh-TW': '成員' },
      access: { update: () => false },
    },
    {
      name: 'household',
      type: 'relationship',
      relationTo: 'households',
      index: true,
      label: { en: 'Household', 'zh-TW': '住戶' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
    },
    estateField(),
    ...actorFields,
  ],
}
