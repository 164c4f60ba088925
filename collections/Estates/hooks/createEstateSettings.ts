import { DEFAULT_VISITOR_REPORT_HOUR } from '@/domain/visitors/reportVisitorsInside'
import { DEFAULT_PERMIT_MINUTES, DEFAULT_PERMIT_WARN_MINUTES } from '@/domain/permits/rules'
import type { CollectionAfterChangeHook } from 'payload'

import { complaintDeadlineSettings } from '@/domain/complaints/settings'
import { DEFAULT_MAIL_REMINDER_DAYS } from '@/domain/mail/remindUnclaimedMail'
import { DEFAULT_PASS_SETTINGS } from '@/domain/passes/pricing'
import { DEFAULT_VISITOR_RESPONSE_SECONDS } from '@/domain/visitors/rules'

/** A new estate gets its settings record at once, with the procedures' defaults. */
export const createEstateSettings: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await req.payload.create({
    collection: 'estate-settings',
    data: {
      estate: doc.id,
      freePassesPerMember: DEFAULT_PASS_SETTINGS.freePassesPerMember,
      extraPassFee: DEFAULT_PASS_SETTINGS.extraPassFee,
      maxUnpaidExtraPasses: DEFAULT_PASS_SETTINGS.maxUnpaidExtraPasses,
      mailReminderDays: DEFAULT_MAIL_REMINDER_DAYS,
      visitorResponseSeconds: DEFAULT_VISITOR_RESPONSE_SECONDS,
      visitorReportHour: DEFAULT_VISITOR_REPORT_HOUR,
      permitMinutes: DEFAULT_PERMIT_MINUTES,
      permitWarnMinutes: DEFAULT_PERMIT_WARN_MINUTES,
      complaintResponseHours: complaintDeadlineSettings(undefined).responseHours,
      complaintWarnHours: complaintDeadlineSettings(undefined).warnHours,
    },
    req,
    overrideAccess: true,
  })
  return doc
}
