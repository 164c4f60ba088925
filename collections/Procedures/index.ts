import type { CollectionConfig } from 'payload'

import { rolesOnly, staffOnly } from '@/access'
import { actorFields, stampActor } from '../../hooks/stampActor'

/** GEN-6: the office's written procedures, section by section, readable by every staff member. */
export const Procedures: CollectionConfig = {
  slug: 'procedures',
  labels: {
    singular: { en: 'Procedure', 'zh-TW': '工作程序' },
    plural: { en: 'Procedures', 'zh-TW': '工作程序' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'numeral', 'updatedAt'],
    group: { en: 'Office', 'zh-TW': '管理處' },
  },
  defaultSort: 'order',
  access: {
    read: staffOnly,
    create: rolesOnly('admin', 'manager'),
    update: rolesOnly('admin', 'manager'),
    delete: rolesOnly('admin', 'manager'),
    // Versions hold every past state of a record: staff only, whatever `read` allows (issue 6 #1).
    readVersions: staffOnly,
  },
  versions: { maxPerDoc: 50 },
  hooks: {
    beforeChange: [stampActor],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'numeral',
          type: 'text',
          required: true,
          label: { en: 'Section', 'zh-TW': '章節' },
          admin: { width: '20%' },
        },
        {
          name: 'order',
          type: 'number',
          required: true,
          label: { en: 'Order', 'zh-TW': '排序' },
          admin: { width: '20%' },
        },
        {
          name: 'key',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          label: { en: 'Key', 'zh-TW': '代號' },
          admin: { width: '60%' },
        },
      ],
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: { en: 'Title', 'zh-TW': '標題' },
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: { en: 'Procedure', 'zh-TW': '程序內容' },
    },
    ...actorFields,
  ],
}
