import type { CollectionConfig } from 'payload'

import { adminOnly, adminOrSelf, rolesOnlyField, staffOnly } from '@/access'
import { ROLE_LABELS, STAFF_ROLES } from '@/access/roles'
import { guardAuthDoors, refundSuccessfulLogin } from '@/auth/guardAuthDoors'
import { passwordResetEmail } from '@/domain/auth/passwordResetEmail'
import { publicUrl, servedOverHttps } from '@/server/publicUrl'
import { ensureFirstUserIsAdmin } from './hooks/ensureFirstUserIsAdmin'
import { hideOthersSessions } from './hooks/hideOthersSessions'

/** Office staff. They work in the admin panel; their roles decide what they may do. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { en: 'Staff member', 'zh-TW': '員工' },
    plural: { en: 'Staff', 'zh-TW': '員工' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: { en: 'Office', 'zh-TW': '管理處' },
  },
  auth: {
    // The user bound to every request needs no populated relationships (Payload's default of
    // 2 would load a resident's household with all its members and passes on each request).
    depth: 0,
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
    read: staffOnly,
    create: adminOnly,
    update: adminOrSelf,
    delete: adminOnly,
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
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      label: { en: 'Roles', 'zh-TW': '職務' },
      options: STAFF_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      // Only an admin grants roles; nobody raises their own.
      access: { create: rolesOnlyField('admin'), update: rolesOnlyField('admin') },
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
    beforeChange: [ensureFirstUserIsAdmin],
    afterRead: [hideOthersSessions],
  },
}
