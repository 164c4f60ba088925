import path from 'node:path'
import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { nobody } from '@/access'
import { assignEstate, estateAccess, estateCreateAccess, estateField } from '@/access/estate'
import { PERMIT_DEPARTMENTS, PERMIT_HANDLERS } from '@/domain/permits/transitions'
import { MAX_PERMIT_PHOTO_BYTES } from '@/domain/permits/rules'
import { refuse } from '@/errors/refuse'

const refuseLargePhotos: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file) {
    if (req.file.size > MAX_PERMIT_PHOTO_BYTES)
      refuse(req, 'permits.photo-too-large', 400, { mb: 5 })
  }
  return args
}

/**
 * PMT-1, PMT-4: a contractor worker's photo for a work permit (image only, at most 5 MB).
 * Personal data: uploaded by the submitting departments, seen only by the roles that handle
 * permits; residents and kiosks never reach it.
 */
export const PermitPhotos: CollectionConfig = {
  slug: 'permit-photos',
  labels: {
    singular: { en: 'Worker photo', 'zh-TW': '工人相片' },
    plural: { en: 'Worker photos', 'zh-TW': '工人相片' },
  },
  admin: { hidden: true },
  access: {
    read: estateAccess({ staff: PERMIT_HANDLERS }),
    create: estateCreateAccess({ staff: [...PERMIT_DEPARTMENTS, ...PERMIT_HANDLERS] }),
    update: nobody,
    delete: nobody,
  },
  hooks: { beforeOperation: [refuseLargePhotos], beforeChange: [assignEstate()] },
  upload: {
    staticDir: path.resolve(process.cwd(), 'data/uploads/permit-photos'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp'],
  },
  fields: [estateField()],
}
