import type { Access, CollectionConfig } from 'payload'

import { estateAccess, estateField } from '@/access/estate'
import { ACTOR_COLLECTIONS } from '../../hooks/stampActor'
import { inEstateTimeZone, stampEstateTimeZone } from '../../hooks/stampEstateTimeZone'

/** The estate's staff read its record of moves; residents, kiosks and anonymous callers do not. */
export const canReadStatusChanges: Access = estateAccess({ staff: 'all' })
/** Only the server writes it (hooks/guardWorkflow.ts, with overrideAccess); nobody edits it. */
export const canWriteStatusChanges: Access = () => false

/**
 * GEN-2: who moved which record from which state to which, and when — one row per move of any
 * workflow (hooks/guardWorkflow.ts writes it in the same transaction as the move).
 */
export const StatusChanges: CollectionConfig = {
  slug: 'status-changes',
  labels: {
    singular: { en: 'Status change', 'zh-TW': '狀態變更紀錄' },
    plural: { en: 'Status changes', 'zh-TW': '狀態變更紀錄' },
  },
  admin: {
    group: { en: 'Office', 'zh-TW': '管理處' },
    defaultColumns: ['at', 'collectionSlug', 'documentId', 'from', 'to', 'by', 'operation'],
    useAsTitle: 'documentId',
  },
  defaultSort: '-at',
  // Nobody edits a record of moves, so nobody needs to lock one.
  lockDocuments: false,
  access: {
    read: canReadStatusChanges,
    create: canWriteStatusChanges,
    update: canWriteStatusChanges,
    delete: canWriteStatusChanges,
  },
  hooks: { beforeChange: [stampEstateTimeZone('at')] },
  // A record's history is read by estate, record and time.
  indexes: [{ fields: ['estate', 'collectionSlug', 'documentId'] }],
  fields: [
    { name: 'workflow', type: 'text', required: true, label: { en: 'Workflow', 'zh-TW': '流程' } },
    {
      name: 'collectionSlug',
      type: 'text',
      required: true,
      index: true,
      label: { en: 'Collection', 'zh-TW': '資料類別' },
    },
    {
      name: 'documentId',
      type: 'text',
      required: true,
      index: true,
      label: { en: 'Record', 'zh-TW': '記錄編號' },
    },
    { name: 'field', type: 'text', required: true, label: { en: 'Field', 'zh-TW': '欄位' } },
    { name: 'from', type: 'text', label: { en: 'From', 'zh-TW': '原狀態' } },
    { name: 'to', type: 'text', required: true, label: { en: 'To', 'zh-TW': '新狀態' } },
    {
      name: 'by',
      type: 'relationship',
      relationTo: [...ACTOR_COLLECTIONS],
      label: { en: 'By', 'zh-TW': '執行者' },
    },
    {
      name: 'operation',
      type: 'text',
      label: { en: 'Through the operation', 'zh-TW': '經由程序' },
    },
    {
      name: 'at',
      type: 'date',
      timezone: inEstateTimeZone,
      required: true,
      index: true,
      label: { en: 'At', 'zh-TW': '時間' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'note', type: 'text', label: { en: 'Note', 'zh-TW': '備註' } },
    // The moved record's estate, copied by the server.
    estateField(),
  ],
}
