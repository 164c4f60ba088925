import type { CollectionConfig } from 'payload'

import { adminOnly, staffOnlyField } from '@/access'
import { ROLE_LABELS, STAFF_ROLES } from '@/access/roles'
import { guardAuthDoors, refundSuccessfulLogin } from '@/auth/guardAuthDoors'
import { keptSessionStrategy } from '@/auth/keptSessions'
import { passwordResetEmail } from '@/domain/auth/passwordResetEmail'
import { publicUrl, servedOverHttps } from '@/server/publicUrl'
import {
  adminsGrantRoles,
  allEstatesAdminsOnly,
  deleteStaff,
  readStaff,
  updateStaff,
} from './access'
import { ensureFirstUserIsAdmin } from './hooks/ensureFirstUserIsAdmin'
import { hideOthersSessions } from './hooks/hideOthersSessions'
import { keepMembershipsInReach, settleCurrentEstate } from './hooks/keepMembershipsInReach'

/**
 * Office staff. They work in the admin panel, in one estate at a time, with the roles they hold
 * there: one person may be cs at one estate and supervisor at another.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { en: 'Staff member', 'zh-TW': '員工' },
    plural: { en: 'Staff', 'zh-TW': '員工' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'memberships', 'allEstates'],
    group: { en: 'Office', 'zh-TW': '管理處' },
  },
  auth: {
    // The user bound to every request needs no populated relationships (Payload's default of
    // 2 would load a resident's household with all its members and passes on each request).
    depth: 0,
    // Payload's session strategy, with the account kept by the process and checked against the
    // database by one count per request (src/auth/keptSessions.ts). It binds every collection's
    // session tokens, residents' too: custom strategies run before Payload's own, whichever
    // collection declares them.
    strategies: [keptSessionStrategy],
    tokenExpiration: 60 * 60 * 10, // one shift, with margin
    // No lockout: counted attempts per address and account instead (src/auth, issue 6 #6).
    maxLoginAttempts: 0,
    // Over HTTPS the session cookie is never sent in clear (issue 6 #10).
    cookies: { secure: servedOverHttps(), sameSite: 'Lax' },
    forgotPassword: {
      expiration: 1000 * 60 * 60 * 2,
      ...passwordResetEmail(
        'staff',
        (token) => `${publicUrl()}/admin/reset/${encodeURIComponent(token)}`,
      ),
    },
  },
  access: {
    admin: ({ req }) => req.user?.collection === 'users',
    read: readStaff,
    create: adminOnly,
    update: updateStaff,
    delete: deleteStaff,
    // Payload's default lets any logged-in user unlock anyone.
    unlock: adminOnly,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { en: 'Name', 'zh-TW': '姓名' },
    },
    {
      name: 'memberships',
      type: 'array',
      label: { en: 'Estates and roles', 'zh-TW': '所屬屋苑及職務' },
      labels: {
        singular: { en: 'Estate', 'zh-TW': '屋苑' },
        plural: { en: 'Estates', 'zh-TW': '屋苑' },
      },
      access: { create: adminsGrantRoles, update: adminsGrantRoles },
      admin: { initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'estate',
              type: 'relationship',
              relationTo: 'estates',
              required: true,
              index: true,
              label: { en: 'Estate', 'zh-TW': '屋苑' },
              admin: { width: '40%' },
            },
            {
              name: 'roles',
              type: 'select',
              hasMany: true,
              required: true,
              label: { en: 'Roles', 'zh-TW': '職務' },
              options: STAFF_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
              admin: { width: '60%' },
            },
          ],
        },
      ],
    },
    {
      name: 'allEstates',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { en: 'System administrator of every estate', 'zh-TW': '全部屋苑的系統管理員' },
      access: { create: allEstatesAdminsOnly, update: allEstatesAdminsOnly },
      admin: { position: 'sidebar' },
    },
    {
      name: 'currentEstate',
      type: 'relationship',
      relationTo: 'estates',
      label: { en: 'Working in', 'zh-TW': '目前工作屋苑' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Switch with the estate menu at the top of the navigation.',
          'zh-TW': '可在導覽列頂部的屋苑選單切換。',
        },
      },
    },
    {
      // VIS-3: set by the person themselves on the CS board (POST /api/visitor-requests/duty).
      name: 'onDutyAt',
      type: 'relationship',
      relationTo: 'estates',
      index: true,
      label: { en: 'On duty at', 'zh-TW': '當值屋苑' },
      access: { create: () => false, update: () => false, read: staffOnlyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      // Empty: messages follow the language of the screen (the admin's own choice, sent as
      // Accept-Language), and e-mails are in Chinese. Set: messages and e-mails in this language.
      name: 'language',
      type: 'select',
      options: [
        { value: 'zh-TW', label: '繁體中文' },
        { value: 'en', label: 'English' },
      ],
      label: { en: 'Language for messages and e-mails', 'zh-TW': '訊息及電郵語言' },
      admin: {
        description: {
          en: 'Leave empty to follow the language of the screen (e-mails then in Chinese).',
          'zh-TW': '留空則跟隨畫面語言（電郵則以中文發送）。',
        },
      },
    },
  ],
  hooks: {
    beforeOperation: [guardAuthDoors],
    afterLogin: [refundSuccessfulLogin],
    beforeChange: [ensureFirstUserIsAdmin, keepMembershipsInReach, settleCurrentEstate],
    afterRead: [hideOthersSessions],
  },
}
