import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'tellNewComplaint' BEFORE 'alertComplaintDeadlines';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'tellNewComplaint' BEFORE 'alertComplaintDeadlines';
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'tellMailArrived' BEFORE 'remindUnclaimedMail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'tellMailArrived' BEFORE 'remindUnclaimedMail';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The earlier release has no such tasks: their jobs cannot be kept in the narrower type. A job
  // not yet run is a new complaint's e-mails or a mail notice not yet stored; it is lost.
  await db.execute(sql`
   DELETE FROM "payload_jobs_log" WHERE "task_slug" = 'tellNewComplaint';
  DELETE FROM "payload_jobs" WHERE "task_slug" = 'tellNewComplaint';
  DELETE FROM "payload_jobs_log" WHERE "task_slug" = 'tellMailArrived';
  DELETE FROM "payload_jobs" WHERE "task_slug" = 'tellMailArrived';
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendNotification', 'remindUnclaimedMail', 'closeUnansweredComplaints', 'alertComplaintDeadlines', 'escalateWaitingVisitors', 'alertPermitDeadlines', 'reportVisitorsInside', 'purgeOrphanUploads', 'followSubscriptionCalendar');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendNotification', 'remindUnclaimedMail', 'closeUnansweredComplaints', 'alertComplaintDeadlines', 'escalateWaitingVisitors', 'alertPermitDeadlines', 'reportVisitorsInside', 'purgeOrphanUploads', 'followSubscriptionCalendar');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";`)
}
