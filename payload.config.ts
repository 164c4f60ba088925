import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zhTw } from '@payloadcms/translations/languages/zhTw'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { AttemptCounters } from './collections/AttemptCounters'
import { BenchmarkBaselines } from './collections/BenchmarkBaselines'
import { DeliveryClaims } from './collections/DeliveryClaims'
import { EstateLogos } from './collections/EstateLogos'
import { Estates } from './collections/Estates'
import { EstateSettings } from './collections/EstateSettings'
import { Households } from './collections/Households'
import { Kiosks } from './collections/Kiosks'
import { Members } from './collections/Members'
import { MemberPhotos } from './collections/MemberPhotos'
import { Notifications } from './collections/Notifications'
import { PassReceipts } from './collections/PassReceipts'
import { Passes } from './collections/Passes'
import { Payments } from './collections/Payments'
import { Procedures } from './collections/Procedures'
import { Publications } from './collections/Publications'
import { Residents } from './collections/Residents'
import { Signatures } from './collections/Signatures'
import { StatusChanges } from './collections/StatusChanges'
import { Subscriptions } from './collections/Subscriptions'
import { Users } from './collections/Users'
import { explainErrors } from './hooks/explainErrors'
import { refuseMalformedDataEverywhere } from './hooks/refuseMalformedData'
import { restrictPayloadCollections } from './src/access/payloadCollections'
import { hasRole } from './src/access/roles'
import { DEFAULT_DATABASE_URI, selectDatabaseAdapter } from './src/db/selectDatabaseAdapter'
import { outboxEmailAdapter } from './src/email/outboxAdapter'
import { createMailTransport } from './src/email/transport'
import { sendNotificationTask } from './src/jobs/sendNotification'
import { remindUnclaimedMailTask } from './src/jobs/remindUnclaimedMail'
import { closeUnansweredComplaintsTask } from './src/jobs/closeUnansweredComplaints'
import { purgeOrphanUploadsTask } from './src/jobs/purgeOrphanUploads'
import { followSubscriptionCalendarTask } from './src/jobs/followSubscriptionCalendar'
import { alertComplaintDeadlinesTask } from './src/jobs/alertComplaintDeadlines'
import { tellNewComplaintTask } from './src/jobs/tellNewComplaint'
import { tellMailArrivedTask } from './src/jobs/tellMailArrived'
import { escalateWaitingVisitorsTask } from './src/jobs/escalateWaitingVisitors'
import { DoNotAdmit } from './collections/DoNotAdmit'
import { VisitorRequests } from './collections/VisitorRequests'
import { VisitorPasses } from './collections/VisitorPasses'
import { VisitorPassUses } from './collections/VisitorPassUses'
import { EstatePassKeys } from './collections/EstatePassKeys'
import { WorkPermits } from './collections/WorkPermits'
import { PermitPhotos } from './collections/PermitPhotos'
import { alertPermitDeadlinesTask } from './src/jobs/alertPermitDeadlines'
import { reportVisitorsInsideTask } from './src/jobs/reportVisitorsInside'
import { MailAuthorisations } from './collections/MailAuthorisations'
import { MailBatches } from './collections/MailBatches'
import { MailHolds } from './collections/MailHolds'
import { MailItemClaims } from './collections/MailItemClaims'
import { OperationClaims } from './collections/OperationClaims'
import { MailItems } from './collections/MailItems'
import { MailPhotos } from './collections/MailPhotos'
import { ComplaintPhotos } from './collections/ComplaintPhotos'
import { Complaints } from './collections/Complaints'
import { MaintenanceNotices } from './collections/MaintenanceNotices'
import { HomeVisits } from './collections/HomeVisits'
import { payloadSecret } from './src/server/secret'
import { ADMIN_TITLE_SUFFIX } from './src/server/adminBrand'
import { apiTabForAdminsOnly, staffShownByName } from './src/server/adminPresentation'
import { searchEndpoint } from './src/domain/search/searchEndpoint'
import { DEFAULT_TIME_ZONE, EXTRA_TIME_ZONES } from './src/domain/estates/timeZone'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const mail = createMailTransport()
const onlyAdminsRunJobs = ({ req }: { req: { user: unknown } }) =>
  hasRole(req.user as never, 'admin')

// Payload's own collections get their access set on purpose (see restrictPayloadCollections).
export default buildConfig({
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    // Gravatar would load from the internet, which the office network may not reach.
    avatar: 'default',
    importMap: { baseDir: dirname },
    // The estate's name replaces this suffix per request (src/app/(payload)/admin/.../page.tsx).
    meta: {
      titleSuffix: ADMIN_TITLE_SUFFIX,
      description: '屋苑管理處 Estate office',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/office-icon.svg' }],
      defaultOGImageType: 'off',
      openGraph: { siteName: '屋苑管理處 Estate office', title: '屋苑管理處 Estate office' },
    },
    dateFormat: 'yyyy-MM-dd HH:mm',
    // Dates of an estate's records are shown in its time zone (hooks/stampEstateTimeZone.ts).
    timezones: {
      supportedTimezones: ({ defaultTimezones }) => [...defaultTimezones, ...EXTRA_TIME_ZONES],
      defaultTimezone: DEFAULT_TIME_ZONE,
    },
    // Which estate the staff member is working in, and the switch between theirs.
    components: {
      actions: ['/src/components/admin/EstateSwitcher#EstateSwitcher'],
      // The estate's name and logo, not Payload's; its work above the collection cards.
      graphics: {
        Logo: '/src/components/admin/EstateBrand#EstateLogo',
        Icon: '/src/components/admin/EstateBrand#EstateIcon',
      },
      beforeDashboard: ['/src/components/admin/StaffDashboard#StaffDashboard'],
    },
  },
  // Staff screens: Traditional Chinese first. zh (Simplified) is deliberately not offered, so a
  // browser asking for zh-HK gets Traditional Chinese, not Simplified.
  i18n: {
    supportedLanguages: { 'zh-TW': zhTw, en },
    fallbackLanguage: 'zh-TW',
    // No "Payload 設定" and no "<No Age>" placeholders: the staff's words, an empty cell is a dash.
    // A yes-or-no column says yes or no in English as it says 是 / 否 in Chinese (not true/false).
    translations: {
      'zh-TW': { general: { payloadSettings: '介面設定', noLabel: '—' } },
      en: {
        general: { payloadSettings: 'Display settings', noLabel: '—', true: 'Yes', false: 'No' },
      },
    },
  },
  // Content (e.g. the procedures) is kept in both languages.
  localization: {
    locales: [
      { code: 'zh-TW', label: { 'zh-TW': '繁體中文', en: 'Traditional Chinese' } },
      { code: 'en', label: { 'zh-TW': '英文', en: 'English' } },
    ],
    defaultLocale: 'zh-TW',
    fallback: true,
  },
  collections: apiTabForAdminsOnly(
    staffShownByName([
      Estates,
      EstateSettings,
      EstateLogos,
      Households,
      Members,
      MemberPhotos,
      Passes,
      Payments,
      PassReceipts,
      Signatures,
      Residents,
      Users,
      Kiosks,
      Procedures,
      Publications,
      Subscriptions,
      Notifications,
      StatusChanges,
      BenchmarkBaselines,
      AttemptCounters,
      DeliveryClaims,
      MailBatches,
      MailItems,
      MailPhotos,
      MailAuthorisations,
      MailHolds,
      MailItemClaims,
      OperationClaims,
      Complaints,
      ComplaintPhotos,
      MaintenanceNotices,
      HomeVisits,
      VisitorRequests,
      VisitorPasses,
      VisitorPassUses,
      EstatePassKeys,
      DoNotAdmit,
      WorkPermits,
      PermitPhotos,
    ]),
  ),
  endpoints: [searchEndpoint],
  hooks: { afterError: [explainErrors] },
  editor: lexicalEditor(),
  db: selectDatabaseAdapter(process.env.DATABASE_URI || DEFAULT_DATABASE_URI),
  // Every e-mail, Payload's own included, is stored in the outbox and sent by a job (GEN-4).
  email: outboxEmailAdapter(
    nodemailerAdapter({
      defaultFromAddress: process.env.MAIL_FROM_ADDRESS || 'office@sunshine-garden.example',
      defaultFromName: process.env.MAIL_FROM_NAME || '陽光嘉園管理處 Sunshine Garden Office',
      transport: mail.transport,
      // The SMTP server may be down at start-up; the outbox retries, so don't block on it.
      skipVerify: true,
    }),
  ),
  jobs: {
    tasks: [
      sendNotificationTask(mail),
      tellMailArrivedTask,
      remindUnclaimedMailTask,
      closeUnansweredComplaintsTask,
      tellNewComplaintTask,
      alertComplaintDeadlinesTask,
      escalateWaitingVisitorsTask,
      alertPermitDeadlinesTask,
      reportVisitorsInsideTask,
      purgeOrphanUploadsTask,
      followSubscriptionCalendarTask,
    ],
    // Payload's default lets any logged-in user (a resident, a kiosk) run or queue jobs.
    access: { run: onlyAdminsRunJobs, queue: onlyAdminsRunJobs, cancel: onlyAdminsRunJobs },
    // Crons start only in the instance the server creates with `cron: true`.
    autoRun: [{ cron: process.env.JOBS_CRON || '*/5 * * * * *', queue: 'default', limit: 20 }],
    // Tests (and a second app server sharing one database) can leave the crons to another process.
    shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'off',
    // Kept, not deleted, when complete: with two processes running the queue, Payload's runner
    // can hand one job to both (it finds, then marks), and the slower one then writes the log of
    // a job the faster one deleted; that write fails and leaves a pooled connection stuck in its
    // transaction. Finished jobs are purged after a day instead (src/jobs/tidyJobQueue).
    deleteJobOnComplete: false,
  },
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
}).then((config) => refuseMalformedDataEverywhere(restrictPayloadCollections(config)))
