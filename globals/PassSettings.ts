import type { GlobalConfig } from 'payload'

import { rolesOnly } from '@/access'
import { DEFAULT_PASS_SETTINGS } from '@/domain/passes/pricing'

/** PAS-3: the fee of an extra pass and its currency are settings, not code. */
export const PassSettingsGlobal: GlobalConfig = {
  slug: 'pass-settings',
  label: { en: 'Pass fees', 'zh-TW': '出入證收費' },
  admin: { group: { en: 'Households & passes', 'zh-TW': '住戶與出入證' } },
  access: {
    read: ({ req }) => Boolean(req.user),
    update: rolesOnly('admin', 'manager'),
  },
  fields: [
    {
      name: 'freePassesPerMember',
      type: 'number',
      required: true,
      min: 0,
      max: 20,
      defaultValue: DEFAULT_PASS_SETTINGS.freePassesPerMember,
      label: { en: 'Free passes per member', 'zh-TW': '每位成員免費證數' },
    },
    {
      name: 'extraPassFee',
      type: 'number',
      required: true,
      min: 0,
      defaultValue: DEFAULT_PASS_SETTINGS.extraPassFee,
      label: { en: 'Fee of each extra pass', 'zh-TW': '加證每張收費' },
    },
    {
      name: 'currency',
      type: 'text',
      required: true,
      maxLength: 8,
      defaultValue: DEFAULT_PASS_SETTINGS.currency,
      label: { en: 'Currency', 'zh-TW': '貨幣' },
    },
    {
      name: 'maxUnpaidExtraPasses',
      type: 'number',
      required: true,
      min: 0,
      max: 20,
      defaultValue: DEFAULT_PASS_SETTINGS.maxUnpaidExtraPasses,
      label: { en: 'Extra passes a member may hold unpaid', 'zh-TW': '每位成員未繳費加證上限' },
      admin: {
        description: {
          en: 'A further paid pass is refused until one of these is paid.',
          'zh-TW': '須先繳清其中一張，方可再申請收費加證。',
        },
      },
    },
  ],
}
