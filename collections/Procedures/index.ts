import type { CollectionConfig } from 'payload'

import { rolesOnly, serverOwned } from '@/access'
import { assignEstate, estateAccess, estateField, estateVersionsAccess } from '@/access/estate'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { noteSourceNumbering } from './hooks/noteSourceNumbering'

/** GEN-6: the office's written procedures, section by section, readable by every staff member. */
export const Procedures: CollectionConfig = {
  slug: 'procedures',
  labels: {
    singular: { en: 'Procedure', 'zh-TW': '工作程序' },
    plural: { en: 'Procedures', 'zh-TW': '工作程序' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'numeral', 'numberingNote', 'updatedAt'],
    group: { en: 'Office', 'zh-TW': '管理處' },
  },
  defaultSort: 'order',
  access: {
    read: estateAccess({ staff: 'all' }),
    create: rolesOnly('admin', 'manager'),
    update: estateAccess({ staff: ['admin', 'manager'] }),
    delete: estateAccess({ staff: ['admin', 'manager'] }),
    readVersions: estateVersionsAccess({ staff: 'all' }),
  },
  // Each estate keeps its own copy of the procedures, one section per key.
  indexes: [{ fields: ['estate', 'key'], unique: true }],
  versions: { maxPerDoc: 50 },
  hooks: {
    beforeChange: [assignEstate(), stampActor],
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
          label: { en: 'Key', 'zh-TW': '代號' },
          admin: { width: '60%' },
        },
      ],
    },
    {
      // Not stored: where the source's numbering repeats, skips or runs backwards (GEN-6).
      name: 'numberingNote',
      type: 'textarea',
      virtual: true,
      label: { en: 'Numbering in the source', 'zh-TW': '原文編號說明' },
      access: serverOwned,
      admin: {
        readOnly: true,
        condition: (data) => Boolean(data?.numberingNote),
        components: {
          Field: '@/components/admin/ProcedureNumberingNote#ProcedureNumberingNote',
          Cell: '@/components/admin/ProcedureNumberingNote#ProcedureNumberingCell',
        },
      },
      hooks: { afterRead: [noteSourceNumbering] },
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
    estateField(),
    ...actorFields,
  ],
}
