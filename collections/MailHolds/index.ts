import type { CollectionConfig } from 'payload'

import { serverOwned } from '@/access'
import { assignEstate, estateAccess, estateCreateAccess, estateField } from '@/access/estate'
import { OFFICE_ROLES } from '@/access/residents'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { MAIL_GROUP } from '../MailBatches'
import { checkMailHold } from './checkMailHold'

const ownHousehold = { resident: { household: 'household' } } as const

/**
 * "Away until 12 December": while a household's hold is in force its mail is not reminded and
 * nothing is returned to sender (MAIL-6). Set and ended by the household in the portal.
 */
export const MailHolds: CollectionConfig = {
  slug: 'mail-holds',
  labels: {
    singular: { en: 'Mail hold', 'zh-TW': '暫停處理郵件' },
    plural: { en: 'Mail holds', 'zh-TW': '暫停處理郵件' },
  },
  admin: {
    useAsTitle: 'until',
    defaultColumns: ['household', 'from', 'until', 'note'],
    group: MAIL_GROUP,
  },
  access: {
    read: estateAccess({ staff: OFFICE_ROLES, ...ownHousehold }),
    create: estateCreateAccess({ resident: 'estate' }),
    update: estateAccess(ownHousehold),
    delete: estateAccess(ownHousehold),
  },
  indexes: [{ fields: ['household', 'until'] }],
  hooks: {
    beforeChange: [
      checkMailHold,
      assignEstate({ field: 'household', collection: 'households' }),
      stampActor,
    ],
  },
  fields: [
    {
      name: 'household',
      type: 'relationship',
      relationTo: 'households',
      label: { en: 'Household', 'zh-TW': '住戶' },
      access: serverOwned,
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'from',
          type: 'date',
          label: { en: 'From', 'zh-TW': '由' },
          admin: {
            width: '50%',
            date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
          },
        },
        {
          name: 'until',
          type: 'date',
          required: true,
          label: { en: 'Until (last day)', 'zh-TW': '至（最後一日）' },
          admin: {
            width: '50%',
            date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
          },
        },
      ],
    },
    {
      name: 'note',
      type: 'text',
      maxLength: 200,
      label: { en: 'Note for the office', 'zh-TW': '給管理處的備註' },
    },
    estateField(),
    ...actorFields,
  ],
}
