import path from 'node:path'
import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
} from 'payload'

import { nobody } from '@/access'
import { actorOf } from '@/access/actor'
import { assignEstate, estateAccess, estateCreateAccess, estateField } from '@/access/estate'
import { OFFICE_ROLES } from '@/access/residents'
import { MAX_COMPLAINT_PHOTO_BYTES } from '@/domain/complaints/transitions'
import { refuse } from '@/errors/refuse'
import { actorFields, stampActor } from '../../hooks/stampActor'

export const COMPLAINTS_GROUP = { en: 'Complaints', 'zh-TW': '投訴及維修' }
/** Who works on complaints: the office and the departments doing the work on site. */
export const COMPLAINT_STAFF = [...OFFICE_ROLES, 'engineering', 'environment', 'security'] as const

const refuseLargePhotos: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file) {
    if (req.file.size > MAX_COMPLAINT_PHOTO_BYTES) {
      refuse(req, 'complaint.photo-too-large', 413, { mb: MAX_COMPLAINT_PHOTO_BYTES / 1024 / 1024 })
    }
  }
  return args
}

/** A resident's photo belongs to their household, whatever they send. */
const ownHousehold: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const actor = actorOf(req)
  if (operation === 'create' && actor.kind === 'resident') data.household = actor.household
  return data
}

/**
 * A photo of a complaint's problem (image only, at most 5 MB): uploaded by the resident in the
 * portal or by the office, then attached to the complaint (at most 5). A household reads its own.
 */
export const ComplaintPhotos: CollectionConfig = {
  slug: 'complaint-photos',
  labels: {
    singular: { en: 'Complaint photo', 'zh-TW': '投訴相片' },
    plural: { en: 'Complaint photos', 'zh-TW': '投訴相片' },
  },
  admin: { group: COMPLAINTS_GROUP, hidden: true },
  access: {
    read: estateAccess({ staff: COMPLAINT_STAFF, resident: { household: 'household' } }),
    create: estateCreateAccess({ staff: OFFICE_ROLES, resident: 'estate' }),
    update: nobody,
    delete: estateAccess({ staff: OFFICE_ROLES }),
  },
  hooks: {
    beforeOperation: [refuseLargePhotos],
    beforeChange: [
      ownHousehold,
      assignEstate({ field: 'household', collection: 'households' }),
      stampActor,
    ],
  },
  upload: {
    staticDir: path.resolve(process.cwd(), 'data/uploads/complaint-photos'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/heic'],
  },
  fields: [
    {
      name: 'household',
      type: 'relationship',
      relationTo: 'households',
      label: { en: 'Unit', 'zh-TW': '單元' },
      access: { create: ({ req }) => actorOf(req).kind === 'staff', update: () => false },
    },
    estateField(),
    ...actorFields,
  ],
}
