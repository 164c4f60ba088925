import type { CollectionConfig } from 'payload'

import { DEFAULT_VISITOR_REPORT_HOUR } from '@/domain/visitors/reportVisitorsInside'
import { DEFAULT_PERMIT_MINUTES, DEFAULT_PERMIT_WARN_MINUTES } from '@/domain/permits/rules'
import { DEFAULT_VISITOR_RESPONSE_SECONDS } from '@/domain/visitors/rules'

import { estateAccess, estateField, estateVersionsAccess } from '@/access/estate'
import {
  DEFAULT_COMPLAINT_AUTO_CLOSE_DAYS,
  DEFAULT_COMPLAINT_RESPONSE_HOURS,
  DEFAULT_COMPLAINT_WARN_HOURS,
} from '@/domain/complaints/settings'
import { COMPLAINT_DEPARTMENT_LABELS, COMPLAINT_DEPARTMENTS } from '@/domain/complaints/transitions'
import { DEFAULT_MAIL_REMINDER_DAYS } from '@/domain/mail/remindUnclaimedMail'
import { DEFAULT_PASS_SETTINGS } from '@/domain/passes/pricing'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { OFFICE_GROUP } from '../Estates'
import { forgetCachedSettings } from './hooks/forgetCachedSettings'

/**
 * One record per estate with what the office may tune without a release: today the pass fees
 * (PAS-3); later response limits, reminder days, … The server creates it with the estate.
 */
export const EstateSettings: CollectionConfig = {
  slug: 'estate-settings',
  labels: {
    singular: { en: 'Estate settings', 'zh-TW': '屋苑設定' },
    plural: { en: 'Estate settings', 'zh-TW': '屋苑設定' },
  },
  admin: {
    useAsTitle: 'estate',
    defaultColumns: ['estate', 'freePassesPerMember', 'extraPassFee', 'maxUnpaidExtraPasses'],
    group: OFFICE_GROUP,
  },
  access: {
    read: estateAccess({ staff: 'all' }),
    create: () => false,
    update: estateAccess({ staff: ['admin', 'manager'] }),
    delete: () => false,
    readVersions: estateVersionsAccess({ staff: ['admin', 'manager'] }),
  },
  versions: { maxPerDoc: 50 },
  hooks: {
    beforeChange: [stampActor],
    afterChange: [forgetCachedSettings((doc) => doc.estate)],
  },
  indexes: [{ fields: ['estate'], unique: true }],
  fields: [
    { ...estateField(), admin: { readOnly: true, position: 'sidebar' } },
    {
      type: 'collapsible',
      label: { en: 'Access passes (PAS-3)', 'zh-TW': '業戶出入證（PAS-3）' },
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
          admin: {
            description: {
              en: 'In the estate’s currency.',
              'zh-TW': '以屋苑的貨幣計算。',
            },
          },
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
    },
    {
      type: 'collapsible',
      label: { en: 'Mail (MAIL-6)', 'zh-TW': '郵件（MAIL-6）' },
      fields: [
        {
          name: 'mailReminderDays',
          type: 'number',
          required: true,
          min: 1,
          max: 60,
          defaultValue: DEFAULT_MAIL_REMINDER_DAYS,
          label: { en: 'Remind unclaimed mail after (days)', 'zh-TW': '郵件未領取多少日後提醒' },
          admin: {
            description: {
              en: 'And again every that many days, except while the household holds its mail.',
              'zh-TW': '其後每隔同樣日數再提醒；住戶暫停處理郵件期間除外。',
            },
          },
        },
      ],
    },
    {
      type: 'collapsible',
      label: { en: 'Complaints (CMP)', 'zh-TW': '投訴（CMP）' },
      fields: [
        {
          name: 'complaintResponseHours',
          type: 'group',
          label: { en: 'Response time by department (hours)', 'zh-TW': '各部門回應時限（小時）' },
          admin: {
            description: {
              en: 'A complaint still without a decided plan this long after it was received is overdue.',
              'zh-TW': '投訴由收到起計，於時限後仍未定處理方案，即屬逾期。',
            },
          },
          fields: [
            {
              type: 'row',
              fields: COMPLAINT_DEPARTMENTS.map((department) => ({
                name: department,
                type: 'number' as const,
                required: true,
                min: 1,
                max: 720,
                defaultValue: DEFAULT_COMPLAINT_RESPONSE_HOURS,
                label: COMPLAINT_DEPARTMENT_LABELS[department],
                admin: { width: '33%' },
              })),
            },
          ],
        },
        {
          name: 'complaintWarnHours',
          type: 'number',
          required: true,
          min: 1,
          max: 168,
          defaultValue: DEFAULT_COMPLAINT_WARN_HOURS,
          label: {
            en: 'Warn this many hours before the response time runs out',
            'zh-TW': '回應時限前多少小時提示',
          },
          admin: {
            description: {
              en: 'The department and customer service are told once then, and once when it is overdue.',
              'zh-TW': '屆時通知負責部門及客服部一次，逾期時再通知一次。',
            },
          },
        },
        {
          name: 'complaintAutoCloseDays',
          type: 'number',
          min: 1,
          max: 60,
          defaultValue: DEFAULT_COMPLAINT_AUTO_CLOSE_DAYS,
          label: {
            en: 'Close unanswered acceptance after (days)',
            'zh-TW': '住戶未回覆驗收，多少日後自動完結',
          },
        },
      ],
    },
    {
      type: 'collapsible',
      label: { en: 'Visitors (VIS-3)', 'zh-TW': '訪客（VIS-3）' },
      fields: [
        {
          name: 'visitorResponseSeconds',
          type: 'number',
          required: true,
          min: 30,
          max: 1800,
          defaultValue: DEFAULT_VISITOR_RESPONSE_SECONDS,
          label: {
            en: 'Response limit for a visitor at the gate (seconds)',
            'zh-TW': '訪客申請回覆時限（秒）',
          },
          admin: {
            description: {
              en: 'A request still unanswered after this is escalated to every CS staff member on duty.',
              'zh-TW': '逾時仍未回覆的申請，會通知所有當值客服人員到大門處理。',
            },
          },
        },
        {
          name: 'visitorReportHour',
          type: 'number',
          required: true,
          min: 0,
          max: 23,
          defaultValue: DEFAULT_VISITOR_REPORT_HOUR,
          label: {
            en: 'Hour to e-mail Security the visitors still inside (estate time)',
            'zh-TW': '每日電郵仍在內訪客名單予安全部的時間（屋苑時間，時）',
          },
        },
      ],
    },
    {
      type: 'collapsible',
      label: { en: 'Work permits (PMT-3)', 'zh-TW': '施工許可證（PMT-3）' },
      fields: [
        {
          name: 'permitMinutes',
          type: 'number',
          required: true,
          min: 5,
          max: 240,
          defaultValue: DEFAULT_PERMIT_MINUTES,
          label: {
            en: 'Minutes to finish a permit’s chain',
            'zh-TW': '許可證流程完成時限（分鐘）',
          },
        },
        {
          name: 'permitWarnMinutes',
          type: 'number',
          required: true,
          min: 1,
          max: 120,
          defaultValue: DEFAULT_PERMIT_WARN_MINUTES,
          label: {
            en: 'Warn this many minutes before the deadline',
            'zh-TW': '時限前多少分鐘提醒',
          },
        },
      ],
    },
    ...actorFields,
  ],
}
