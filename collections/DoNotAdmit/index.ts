import type { CollectionConfig } from 'payload'

import { assignEstate, estateAccess, estateCreateAccess, estateField } from '@/access/estate'
import type { StaffRole } from '@/access/roles'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { VISITORS_GROUP } from '../VisitorRequests'
import { checkDoNotAdmitEntry } from './hooks/checkDoNotAdmitEntry'
import {
  forgetDoNotAdmitAfterChange,
  forgetDoNotAdmitAfterDelete,
} from './hooks/forgetDoNotAdmitList'

/** Who keeps the list: the office's desk and Security, and their managers. */
export const DO_NOT_ADMIT_KEEPERS: readonly StaffRole[] = [
  'cs',
  'supervisor',
  'manager',
  'security',
  'admin',
]

/**
 * The estate's do-not-admit list (beyond the procedure): people, organisations or vehicles the
 * office has decided not to let in, with the reason. A visitor request or pass whose visitor
 * matches an entry carries a warning (`doNotAdmit`) the gate and CS boards show before anyone
 * admits; CS may still admit with an explicit, recorded override; a visitor pass that matches is
 * refused at the scanner. Guards read the list; residents and kiosks never see it. Who added an
 * entry and when is `createdBy` / `createdAt` (server).
 */
export const DoNotAdmit: CollectionConfig = {
  slug: 'do-not-admit',
  labels: {
    singular: { en: 'Do-not-admit entry', 'zh-TW': '禁止進入名單項目' },
    plural: { en: 'Do-not-admit list', 'zh-TW': '禁止進入名單' },
  },
  admin: {
    useAsTitle: 'reason',
    defaultColumns: ['reason', 'name', 'organisation', 'plate', 'createdBy', 'createdAt'],
    group: VISITORS_GROUP,
    description: {
      en: 'A visitor whose name, organisation or plate matches an entry is flagged on the gate and CS boards; visitor passes that match are refused.',
      'zh-TW':
        '訪客姓名、機構或車牌與名單相符時，大門及客服訪客板會顯示警示；相符的訪客通行證不獲接受。',
    },
  },
  graphQL: { singularName: 'DoNotAdmitEntry', pluralName: 'DoNotAdmitEntries' },
  defaultSort: '-createdAt',
  access: {
    read: estateAccess({ staff: [...DO_NOT_ADMIT_KEEPERS, 'guard'] }),
    create: estateCreateAccess({ staff: DO_NOT_ADMIT_KEEPERS }),
    update: estateAccess({ staff: DO_NOT_ADMIT_KEEPERS }),
    delete: estateAccess({ staff: DO_NOT_ADMIT_KEEPERS }),
  },
  hooks: {
    beforeChange: [assignEstate(), checkDoNotAdmitEntry, stampActor],
    afterChange: [forgetDoNotAdmitAfterChange],
    afterDelete: [forgetDoNotAdmitAfterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          maxLength: 100,
          label: { en: 'Name or surname', 'zh-TW': '姓名或姓氏' },
          admin: { width: '34%' },
        },
        {
          name: 'organisation',
          type: 'text',
          maxLength: 100,
          label: { en: 'Organisation', 'zh-TW': '機構' },
          admin: { width: '33%' },
        },
        {
          name: 'plate',
          type: 'text',
          maxLength: 20,
          label: { en: 'Vehicle plate', 'zh-TW': '車牌' },
          admin: { width: '33%' },
        },
      ],
    },
    {
      name: 'reason',
      type: 'textarea',
      required: true,
      maxLength: 500,
      label: { en: 'Reason', 'zh-TW': '原因' },
    },
    estateField(),
    ...actorFields,
  ],
}
