import path from 'node:path'
import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { assignEstate, estateAccess, estateCreateAccess, estateField } from '@/access/estate'
import { refuse } from '@/errors/refuse'
import { OFFICE_GROUP } from '../Estates'

/** A logo is small: at most 1 MB. */
export const MAX_LOGO_BYTES = 1024 * 1024

const refuseLargeLogos: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file) {
    if (req.file.size > MAX_LOGO_BYTES) refuse(req, 'estate.logo-too-large', 413, { mb: 1 })
  }
  return args
}

/**
 * An estate's logo (PNG, JPEG or WebP; SVG is refused as it may carry scripts). Read by everyone
 * of that estate: it heads the portal and the printed pages.
 */
export const EstateLogos: CollectionConfig = {
  slug: 'estate-logos',
  labels: {
    singular: { en: 'Estate logo', 'zh-TW': '屋苑標誌' },
    plural: { en: 'Estate logos', 'zh-TW': '屋苑標誌' },
  },
  admin: { group: OFFICE_GROUP, hidden: true },
  access: {
    read: estateAccess({ staff: 'all', resident: 'estate', kiosk: 'estate' }),
    create: estateCreateAccess({ staff: ['admin'] }),
    update: estateAccess({ staff: ['admin'] }),
    delete: estateAccess({ staff: ['admin'] }),
  },
  hooks: { beforeOperation: [refuseLargeLogos], beforeChange: [assignEstate()] },
  upload: {
    staticDir: path.resolve(process.cwd(), 'data/uploads/logos'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp'],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { en: 'Description', 'zh-TW': '說明文字' },
    },
    estateField(),
  ],
}
