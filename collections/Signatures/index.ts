import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { assignEstate, estateField } from '@/access/estate'
import { staffOrOwnHousehold } from '@/access/residents'
import { HOUSEHOLDS_GROUP } from '../Households'

/**
 * Signature images captured on screen: a household's (a handover receipt PAS-5, a mail pickup
 * MAIL-4) or a staff member's for the office (a mail batch MAIL-2, no household). Written only by
 * those operations; read by staff and by the household itself.
 */
export const Signatures: CollectionConfig = {
  slug: 'signatures',
  labels: {
    singular: { en: 'Signature', 'zh-TW': '簽名' },
    plural: { en: 'Signatures', 'zh-TW': '簽名' },
  },
  admin: { group: HOUSEHOLDS_GROUP, hidden: true },
  access: {
    read: staffOrOwnHousehold(),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  hooks: { beforeChange: [assignEstate({ field: 'household', collection: 'households' })] },
  upload: {
    staticDir: path.resolve(process.cwd(), 'data/uploads/signatures'),
    mimeTypes: ['image/png'],
    disableLocalStorage: false,
  },
  fields: [
    {
      name: 'household',
      type: 'relationship',
      relationTo: 'households',
      index: true,
      label: { en: 'Household', 'zh-TW': '住戶' },
    },
    estateField(),
  ],
}
