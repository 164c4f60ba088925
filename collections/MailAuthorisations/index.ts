import type { CollectionConfig } from 'payload'

import { nobody, serverOwned } from '@/access'
import {
  assignEstate,
  estateAccess,
  estateCreateAccess,
  estateField,
  estateVersionsAccess,
} from '@/access/estate'
import { OFFICE_ROLES } from '@/access/residents'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { MAIL_GROUP } from '../MailBatches'
import { checkMailAuthorisation } from './checkMailAuthorisation'

const ownHousehold = { resident: { household: 'household' } } as const

/**
 * MAIL-4: someone else may collect an addressee's mail only with an authorisation the household
 * recorded in the portal: the person's name and the last day it is valid. Withdrawn, never
 * deleted (a pickup made with it keeps pointing at it). The office reads them; only the
 * household writes them.
 */
export const MailAuthorisations: CollectionConfig = {
  slug: 'mail-authorisations',
  labels: {
    singular: { en: 'Mail collection authorisation', 'zh-TW': '代領郵件授權' },
    plural: { en: 'Mail collection authorisations', 'zh-TW': '代領郵件授權' },
  },
  admin: {
    useAsTitle: 'delegateName',
    defaultColumns: ['delegateName', 'member', 'household', 'validUntil', 'revokedAt'],
    group: MAIL_GROUP,
  },
  access: {
    read: estateAccess({ staff: OFFICE_ROLES, ...ownHousehold }),
    create: estateCreateAccess({ resident: 'estate' }),
    update: estateAccess(ownHousehold),
    delete: nobody,
    readVersions: estateVersionsAccess({ staff: OFFICE_ROLES }),
  },
  indexes: [{ fields: ['household', 'member'] }],
  versions: { maxPerDoc: 20 },
  hooks: {
    beforeChange: [
      checkMailAuthorisation,
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
      name: 'member',
      type: 'relationship',
      relationTo: 'members',
      required: true,
      label: { en: 'Whose mail', 'zh-TW': '收件人' },
      access: { update: () => false },
    },
    {
      name: 'delegateName',
      type: 'text',
      required: true,
      maxLength: 100,
      label: { en: 'Who may collect it', 'zh-TW': '代領人姓名' },
      access: { update: () => false },
    },
    {
      name: 'validUntil',
      type: 'date',
      required: true,
      label: { en: 'Valid until (last day)', 'zh-TW': '有效期至（最後一日）' },
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
    },
    {
      name: 'revoked',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'Withdrawn', 'zh-TW': '已撤回' },
    },
    {
      name: 'revokedAt',
      type: 'date',
      label: { en: 'Withdrawn at', 'zh-TW': '撤回時間' },
      access: serverOwned,
      admin: { readOnly: true },
    },
    estateField(),
    ...actorFields,
  ],
}
