import type { Access, CollectionConfig } from 'payload'

import { actorOf, membershipsOf } from '@/access/actor'
import {
  ESTATE_CODE,
  DEFAULT_CURRENCY,
  DEFAULT_TIME_ZONE,
  isEstateTimeZone,
} from '@/domain/estates/timeZone'
import { fieldError, type FieldErrorReq } from '@/errors/refuse'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { forgetCachedSettings } from '../EstateSettings/hooks/forgetCachedSettings'
import { createEstateSettings } from './hooks/createEstateSettings'
import { seedEstateProcedures } from './hooks/seedEstateProcedures'

export const OFFICE_GROUP = { en: 'Office', 'zh-TW': '管理處' }

/**
 * The estates a staff member works at (all of them for an all-estates administrator); residents
 * and kiosks read their own estate's name and address.
 */
const readEstates: Access = ({ req }) => {
  const actor = actorOf(req)
  if (actor.kind === 'staff') {
    if (actor.allEstates) return true
    const ids = membershipsOf(req.user).map((m) => m.estate)
    return ids.length ? { id: { in: ids } } : false
  }
  if (actor.kind === 'anonymous' || actor.estate === null) return false
  return { id: { equals: actor.estate } }
}

/** Only an all-estates administrator opens a new estate. */
const allEstatesAdmin: Access = ({ req }) => {
  const actor = actorOf(req)
  return actor.kind === 'staff' && actor.allEstates
}

/** An estate's own administrator keeps its details; an all-estates administrator any estate's. */
const estateAdmin: Access = ({ req }) => {
  const actor = actorOf(req)
  if (actor.kind !== 'staff') return false
  if (actor.allEstates) return true
  if (actor.estate === null || !actor.roles.includes('admin')) return false
  return { id: { equals: actor.estate } }
}

/**
 * An estate run by the management company: its name in both languages, short code, address, time
 * zone (dates and times on screen and on paper are in it) and currency. Each has its own
 * settings record (`estate-settings`).
 */
export const Estates: CollectionConfig = {
  slug: 'estates',
  labels: {
    singular: { en: 'Estate', 'zh-TW': '屋苑' },
    plural: { en: 'Estates', 'zh-TW': '屋苑' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'nameEn', 'code', 'timeZone'],
    group: OFFICE_GROUP,
  },
  defaultSort: 'code',
  access: {
    read: readEstates,
    create: allEstatesAdmin,
    update: estateAdmin,
    // Every record of an estate refers to it: estates are never deleted.
    delete: () => false,
  },
  hooks: {
    beforeChange: [stampActor],
    afterChange: [
      createEstateSettings,
      seedEstateProcedures,
      forgetCachedSettings((doc) => doc.id),
    ],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          maxLength: 100,
          label: { en: 'Name (Chinese)', 'zh-TW': '名稱（中文）' },
        },
        {
          name: 'nameEn',
          type: 'text',
          maxLength: 100,
          label: { en: 'Name (English)', 'zh-TW': '名稱（英文）' },
        },
      ],
    },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { en: 'Short code', 'zh-TW': '簡稱代號' },
      admin: {
        description: {
          en: '2–10 capital letters or digits, e.g. SG',
          'zh-TW': '2 至 10 個大寫字母或數字，例如 SG',
        },
      },
      validate: (value: unknown, { req }: { req: FieldErrorReq }) =>
        typeof value === 'string' && ESTATE_CODE.test(value)
          ? true
          : fieldError(req, 'estate.code-format'),
    },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'estate-logos',
      label: { en: 'Logo', 'zh-TW': '標誌' },
      admin: {
        description: {
          en: 'PNG, JPEG or WebP, at most 1 MB. Heads the portal and printed pages.',
          'zh-TW': 'PNG、JPEG 或 WebP，最大 1 MB，用於住戶網上服務及列印頁面。',
        },
      },
    },
    {
      name: 'address',
      type: 'textarea',
      maxLength: 300,
      label: { en: 'Address', 'zh-TW': '地址' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'timeZone',
          type: 'text',
          required: true,
          defaultValue: DEFAULT_TIME_ZONE,
          label: { en: 'Time zone', 'zh-TW': '時區' },
          validate: (value: unknown, { req }: { req: FieldErrorReq }) =>
            isEstateTimeZone(value)
              ? true
              : fieldError(req, 'estate.time-zone', { value: String(value ?? '') }),
        },
        {
          name: 'currency',
          type: 'text',
          required: true,
          defaultValue: DEFAULT_CURRENCY,
          maxLength: 3,
          label: { en: 'Currency', 'zh-TW': '貨幣' },
          validate: (value: unknown, { req }: { req: FieldErrorReq }) =>
            typeof value === 'string' && /^[A-Z]{3}$/.test(value)
              ? true
              : fieldError(req, 'estate.currency-format'),
        },
      ],
    },
    ...actorFields,
  ],
}
