import type { CollectionConfig } from 'payload'

import { staffOnlyField } from '@/access'
import { assignEstate, estateField } from '@/access/estate'
import {
  canChangePublications,
  canOfferPublications,
  canReadPublications,
  canReadPublicationVersions,
} from '@/access/subscriptions'
import {
  CATEGORIES,
  CATEGORY_LABELS,
  SUPPLIER_LABELS,
  SUPPLIERS,
} from '@/domain/subscriptions/workflow'
import { fieldError, type FieldErrorReq } from '@/errors/refuse'
import { actorFields, stampActor } from '../../hooks/stampActor'

export const SUBSCRIPTIONS_GROUP = { en: 'Newspapers & magazines', 'zh-TW': '報刊訂閱' }

/**
 * The newspapers and magazines the office offers (SUB-1, SUB-2): title, category, supplier and
 * monthly price. Never deleted (subscriptions refer to them): a title no longer offered is made
 * unavailable, and residents no longer see it.
 */
export const Publications: CollectionConfig = {
  slug: 'publications',
  labels: {
    singular: { en: 'Newspaper or magazine', 'zh-TW': '報刊' },
    plural: { en: 'Newspapers and magazines', 'zh-TW': '報刊' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'supplier', 'monthlyPrice', 'available'],
    group: SUBSCRIPTIONS_GROUP,
  },
  defaultSort: 'title',
  access: {
    read: canReadPublications,
    create: canOfferPublications,
    update: canChangePublications,
    delete: () => false,
    readVersions: canReadPublicationVersions,
  },
  indexes: [{ fields: ['estate', 'title'] }],
  versions: { maxPerDoc: 50 },
  hooks: { beforeChange: [assignEstate(), stampActor] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { en: 'Title', 'zh-TW': '刊物名稱' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          type: 'select',
          required: true,
          defaultValue: 'newspaper',
          options: CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] })),
          label: { en: 'Category', 'zh-TW': '類別' },
          admin: { width: '50%' },
        },
        {
          name: 'monthlyPrice',
          type: 'number',
          required: true,
          label: { en: 'Monthly price', 'zh-TW': '每月價格' },
          admin: {
            width: '50%',
            description: { en: 'In the estate’s currency.', 'zh-TW': '以屋苑的貨幣計算。' },
          },
          validate: (value: unknown, { req }: { req: FieldErrorReq }) =>
            typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100_000
              ? true
              : fieldError(req, 'publication.monthly-price'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'supplier',
          type: 'select',
          required: true,
          defaultValue: 'post-office',
          options: SUPPLIERS.map((value) => ({ value, label: SUPPLIER_LABELS[value] })),
          label: { en: 'Supplier', 'zh-TW': '供應商' },
          admin: {
            width: '50%',
            description: {
              en: 'Only post-office subscriptions can be cancelled; others are paid in advance.',
              'zh-TW': '只有郵局訂閱可以退訂；其他供應商均須預付。',
            },
          },
        },
        {
          name: 'supplierName',
          type: 'text',
          label: { en: 'Supplier’s name', 'zh-TW': '供應商名稱' },
          admin: { width: '50%' },
          validate: (
            value: unknown,
            { req, siblingData }: { req: FieldErrorReq; siblingData: Record<string, unknown> },
          ) => {
            const text = typeof value === 'string' ? value.trim() : ''
            if (text.length > 100) return fieldError(req, 'publication.supplier-name')
            if (siblingData?.supplier === 'other' && !text) {
              return fieldError(req, 'publication.supplier-name')
            }
            return true
          },
        },
      ],
    },
    {
      name: 'supplierEmail',
      type: 'email',
      label: { en: 'Supplier’s e-mail (for written notices)', 'zh-TW': '供應商電郵（書面通知用）' },
      // The office's contact, not the residents'.
      access: { read: staffOnlyField },
      admin: {
        description: {
          en: 'A cancellation is sent here through the outbox; without one, the office prints a letter.',
          'zh-TW': '退訂通知經寄件匣寄往此地址；如無，管理處列印信函寄出。',
        },
      },
    },
    {
      name: 'available',
      type: 'checkbox',
      defaultValue: true,
      label: { en: 'Offered to residents', 'zh-TW': '接受訂閱' },
    },
    estateField(),
    ...actorFields,
  ],
}
