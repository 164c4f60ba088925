import path from 'node:path'
import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { nobody } from '@/access'
import { assignEstate, estateAccess, estateCreateAccess, estateField } from '@/access/estate'
import { OFFICE_ROLES } from '@/access/residents'
import { refuse } from '@/errors/refuse'
import { MAIL_GROUP } from '../MailBatches'

export const MAX_MAIL_PHOTO_BYTES = 5 * 1024 * 1024

const refuseLargePhotos: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file) {
    if (req.file.size > MAX_MAIL_PHOTO_BYTES) refuse(req, 'mail.photo-too-large', 413, { mb: 5 })
  }
  return args
}

/** A photo of a parcel, so the desk finds it at once (image only, at most 5 MB). Office only. */
export const MailPhotos: CollectionConfig = {
  slug: 'mail-photos',
  labels: {
    singular: { en: 'Mail photo', 'zh-TW': '郵件相片' },
    plural: { en: 'Mail photos', 'zh-TW': '郵件相片' },
  },
  admin: { group: MAIL_GROUP, hidden: true },
  access: {
    read: estateAccess({ staff: OFFICE_ROLES }),
    create: estateCreateAccess({ staff: OFFICE_ROLES }),
    update: nobody,
    delete: estateAccess({ staff: OFFICE_ROLES }),
  },
  hooks: { beforeOperation: [refuseLargePhotos], beforeChange: [assignEstate()] },
  upload: {
    staticDir: path.resolve(process.cwd(), 'data/uploads/mail-photos'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp'],
  },
  fields: [estateField()],
}
