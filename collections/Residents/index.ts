import type { CollectionConfig } from 'payload'

import { serverOwned } from '@/access'
import { assignEstate, estateAccess, estateField, estateRolesField } from '@/access/estate'
import { OFFICE_ROLES, estateOffice, officeOnly, servingResidentsField } from '@/access/residents'
import { guardAuthDoors, refundSuccessfulLogin } from '@/auth/guardAuthDoors'
import { isEmailAddress, isPhoneNumber, tidyPhone } from '@/domain/residents/contactDetails'
import { fieldError } from '@/errors/refuse'
import { servedOverHttps } from '@/server/publicUrl'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { HOUSEHOLDS_GROUP } from '../Households'
import { confirmEmailChange, noticeEmailChange } from './hooks/confirmEmailChange'
import { inviteResident, setInvitationPassword } from './hooks/inviteResident'
import { queueResetEmail, takeOverResetEmail } from './hooks/sendResetThroughOutbox'
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
    // No `forgotPassword` settings: a setting here would override the lifetime each caller gives
    // (an invitation's link lasts a week, a forgotten password's an hour), and the reset e-mail
    // is the portal's own, sent through the outbox (hooks/sendResetThroughOutbox).
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
    // guardAuthDoors first: it counts a forgot-password request as a door's before it is taken over.
    beforeOperation: [guardAuthDoors, takeOverResetEmail],
    afterOperation: [queueResetEmail],
    afterLogin: [refundSuccessfulLogin],
    beforeValidate: [setInvitationPassword],
    beforeChange: [
      assignEstate({ field: 'household', collection: 'households' }),
      memberOfSameHousehold,
      confirmEmailChange,
      stampEstateTimeZone('invitedAt'),
      stampActor,
    ],
    afterChange: [inviteResident, noticeEmailChange],
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
      validate: (value: unknown, { req }: { req: Parameters<typeof fieldError>[0] }) =>
        typeof value === 'string' && isEmailAddress(value.trim())
          ? true
          : fieldError(req, 'resident.email-invalid'),
    },
    {
      // Kept current by the resident in the portal (/portal/profile) or by the office.
      name: 'phone',
      type: 'text',
      maxLength: 40,
      label: { en: 'Phone', 'zh-TW': '電話' },
      access: { read: servingResidentsField() },
      hooks: { beforeValidate: [({ value }) => tidyPhone(value)] },
      validate: (value: unknown, { req }: { req: Parameters<typeof fieldError>[0] }) =>
        value === null || value === undefined || value === '' || isPhoneNumber(String(value))
          ? true
          : fieldError(req, 'resident.phone-invalid'),
    },
    {
      // Given with a change of the resident's own e-mail and checked, never stored or read back.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: { en: 'Current password (to change the e-mail)', 'zh-TW': '現時密碼（更改電郵時）' },
      access: { read: () => false },
      admin: { hidden: true },
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
