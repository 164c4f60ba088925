import type { CollectionConfig } from 'payload'

import { adminOnly, serverOwned } from '@/access'
import { assignEstate, estateAccess, estateField } from '@/access/estate'
import { estateAdmins } from '@/access/residents'
import { keptApiKeyStrategy } from '@/auth/keptSessions'
import { inEstateTimeZone } from '../../hooks/stampEstateTimeZone'
import { heartbeatEndpoint } from './endpoints/heartbeat'

/** The estate's admins manage its kiosks; a kiosk may read its own record (name and location). */
const adminOrThisKiosk = estateAccess({ staff: ['admin'], kiosk: 'self' })

/**
 * Lobby kiosks sign in with an API key (`Authorization: kiosks API-Key <key>`). A kiosk holds
 * no other rights here; each kiosk action is granted by the collection it acts on.
 */
export const Kiosks: CollectionConfig = {
  slug: 'kiosks',
  labels: {
    singular: { en: 'Lobby kiosk', 'zh-TW': '大堂自助機' },
    plural: { en: 'Lobby kiosks', 'zh-TW': '大堂自助機' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'location', 'lastSeenAt', 'version'],
    group: { en: 'Office', 'zh-TW': '管理處' },
  },
  auth: {
    // The user bound to every request needs no populated relationships (Payload's default of
    // 2 would load a resident's household with all its members and passes on each request).
    depth: 0,
    // An estate admin may read a kiosk's key back (Payload's reveal: admin access, read and
    // update access required) to show it as the pairing QR code on the kiosk's record.
    useAPIKey: { reveal: true },
    // Payload's API-key check, with the device's record kept by the process and checked by one
    // count per request (src/auth/keptSessions.ts).
    strategies: [keptApiKeyStrategy('kiosks')],
    disableLocalStrategy: true,
  },
  access: {
    // Kiosks never open the admin panel.
    admin: () => false,
    read: adminOrThisKiosk,
    create: adminOnly,
    update: estateAdmins,
    delete: estateAdmins,
    unlock: adminOnly,
  },
  hooks: { beforeChange: [assignEstate()] },
  endpoints: [heartbeatEndpoint],
  fields: [
    { name: 'name', type: 'text', required: true, label: { en: 'Name', 'zh-TW': '名稱' } },
    { name: 'location', type: 'text', label: { en: 'Location', 'zh-TW': '位置' } },
    {
      name: 'pairingCode',
      type: 'ui',
      label: { en: 'Pairing QR code', 'zh-TW': '配對二維碼' },
      admin: { components: { Field: '/src/components/admin/KioskKeyQr#KioskKeyQr' } },
    },
    // Written by the kiosk's heartbeat (POST /api/kiosks/heartbeat), never by a client.
    {
      name: 'lastSeenAt',
      type: 'date',
      timezone: inEstateTimeZone,
      label: { en: 'Last contact', 'zh-TW': '最後連線' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'version',
      type: 'text',
      maxLength: 40,
      label: { en: 'App version', 'zh-TW': '程式版本' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar' },
    },
    estateField(),
  ],
}
