import type { CollectionConfig } from 'payload'

import { serverOwned } from '@/access'
import { assignEstate, estateAccess, estateField, estateRolesField } from '@/access/estate'
import { OFFICE_ROLES, estateOffice, officeOnly, servingResidentsField } from '@/access/residents'
import { guardAuthDoors, refundSuccessfulLogin } from '@/auth/guardAuthDoors'
import { passwordResetEmail } from '@/domain/auth/passwordResetEmail'
import { publicUrl, servedOverHttps } from '@/server/publicUrl'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { HOUSEHOLDS_GROUP } from '../Households'
import { inviteResident, setInvitationPassword } from './hooks/inviteResident'
import { memberOfSameHousehold } from './hooks/memberOfSameHousehold'
import { inEstateTimeZone, stampEstateTimeZone } from '../../hooks/stampEstateTimeZone'

/** The estate's staff read its portal accounts (e-mails only the office); a resident their own. */
const staffOrSelf = estateAccess({ staff: 'all', resident: 'self' })
const officeOrSelf = estateAccess({ staff: OFFICE_ROLES, resident: 'self' })
const officeField = estateRolesField(...OFFICE_ROLES)

/**
 * Residents' portal accounts (GEN-5). Customer service creates them; without a password the
 * resident is e-mailed an invitation with a link to set one.
 */
export const Residents: CollectionConfig = {
  slug: 'residents',
  labels: {
    singular: { en: 'Portal account', 'zh-TW': '住戶網上帳戶' },
    plural: { en: 'Portal accounts', 'zh-TW': '住戶網上帳戶' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'household', 'member'],
    group: HOUSEHOLDS_GROUP,
  },
  auth: {
    // The user bound to every request needs no populated relationships (Payload's default of
    // 2 would load a resident's household with all its members and passes on each request).
    depth: 0,
    tokenExpiration: 60 * 60 * 24 * 7,
    // No lockout: counted attempts per address and account instead (src/auth, issue 6 #6).
    maxLoginAttempts: 0,
    // Over HTTPS the session cookie is never sent in clear (issue 6 #10).
    cookies: { secure: servedOverHttps(), sameSite: 'Lax' },
    forgotPassword: {
      expiration: 1000 * 60 * 60 * 24 * 7,
      // Residents reset their password in the portal, not in the staff admin panel.
      ...passwordResetEmail(
        'resident',
        (token) => `${publicUrl()}/portal/set-password?token=${encodeURIComponent(token)}`,
      ),
    },
  },
  access: {
    // Residents use the portal, never the admin panel.
    admin: () => false,
    read: staffOrSelf,
    create: officeOnly,
    update: officeOrSelf,
    delete: estateOffice,
    unlock: officeOnly,
  },
  hooks: {
    beforeOperation: [guardAuthDoors],
    afterLogin: [refundSuccessfulLogin],
    beforeValidate: [setInvitationPassword],
    beforeChange: [
      assignEstate({ field: 'household', collection: 'households' }),
      memberOfSameHousehold,
      stampEstateTimeZone('invitedAt'),
      stampActor,
    ],
    afterChange: [inviteResident],
  },
  fields: [
    {
      // Payload's own e-mail field, with need-to-know read access: the office and the resident.
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      label: { en: 'E-mail', 'zh-TW': '電郵' },
      access: { read: servingResidentsField() },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 100,
      label: { en: 'Name', 'zh-TW': '姓名' },
    },
    {
      name: 'household',
      type: 'relationship',
      relationTo: 'households',
      required: true,
      index: true,
      saveToJWT: true,
      label: { en: 'Household', 'zh-TW': '住戶' },
      access: { create: officeField, update: officeField },
    },
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'members',
      label: { en: 'Household member', 'zh-TW': '家庭成員' },
      access: { create: officeField, update: officeField },
      filterOptions: ({ siblingData }) => {
        const household = (siblingData as { household?: unknown })?.household
        return household ? { household: { equals: household } } : true
      },
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'zh-TW',
      options: [
        { value: 'zh-TW', label: '繁體中文' },
        { value: 'en', label: 'English' },
      ],
      label: { en: 'Portal language', 'zh-TW': '網上服務語言' },
    },
    {
      name: 'invitedAt',
      type: 'date',
      timezone: inEstateTimeZone,
      label: { en: 'Invitation sent', 'zh-TW': '邀請發出時間' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar' },
    },
    // Read on every request with the account (auth depth 0): the resident's estate.
    { ...estateField(), saveToJWT: true },
    ...actorFields,
  ],
}
