import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_complaints_respondby_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum__complaints_v_version_respondby_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'alertComplaintDeadlines' BEFORE 'escalateWaitingVisitors';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'alertComplaintDeadlines' BEFORE 'escalateWaitingVisitors';
  ALTER TABLE "estate_settings" ADD COLUMN "complaint_response_hours_cs" numeric DEFAULT 24 NOT NULL;
  ALTER TABLE "estate_settings" ADD COLUMN "complaint_response_hours_engineering" numeric DEFAULT 24 NOT NULL;
  ALTER TABLE "estate_settings" ADD COLUMN "complaint_response_hours_environment" numeric DEFAULT 24 NOT NULL;
  ALTER TABLE "estate_settings" ADD COLUMN "complaint_response_hours_security" numeric DEFAULT 24 NOT NULL;
  ALTER TABLE "estate_settings" ADD COLUMN "complaint_response_hours_developer" numeric DEFAULT 24 NOT NULL;
  ALTER TABLE "estate_settings" ADD COLUMN "complaint_response_hours_outside" numeric DEFAULT 24 NOT NULL;
  ALTER TABLE "estate_settings" ADD COLUMN "complaint_warn_hours" numeric DEFAULT 4 NOT NULL;
  ALTER TABLE "_estate_settings_v" ADD COLUMN "version_complaint_response_hours_cs" numeric DEFAULT 24 NOT NULL;
  ALTER TABLE "_estate_settings_v" ADD COLUMN "version_complaint_response_hours_engineering" numeric DEFAULT 24 NOT NULL;
  ALTER TABLE "_estate_settings_v" ADD COLUMN "version_complaint_response_hours_environment" numeric DEFAULT 24 NOT NULL;
  ALTER TABLE "_estate_settings_v" ADD COLUMN "version_complaint_response_hours_security" numeric DEFAULT 24 NOT NULL;
  ALTER TABLE "_estate_settings_v" ADD COLUMN "version_complaint_response_hours_developer" numeric DEFAULT 24 NOT NULL;
  ALTER TABLE "_estate_settings_v" ADD COLUMN "version_complaint_response_hours_outside" numeric DEFAULT 24 NOT NULL;
  ALTER TABLE "_estate_settings_v" ADD COLUMN "version_complaint_warn_hours" numeric DEFAULT 4 NOT NULL;
  ALTER TABLE "complaints" ADD COLUMN "respondby_tz" "enum_complaints_respondby_tz" DEFAULT 'Asia/Shanghai';
  ALTER TABLE "complaints" ADD COLUMN "warn_at" timestamp(3) with time zone;
  ALTER TABLE "complaints" ADD COLUMN "warned_at" timestamp(3) with time zone;
  ALTER TABLE "complaints" ADD COLUMN "overdue_alerted_at" timestamp(3) with time zone;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_respondby_tz" "enum__complaints_v_version_respondby_tz" DEFAULT 'Asia/Shanghai';
  ALTER TABLE "_complaints_v" ADD COLUMN "version_warn_at" timestamp(3) with time zone;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_warned_at" timestamp(3) with time zone;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_overdue_alerted_at" timestamp(3) with time zone;
  ALTER TABLE "maintenance_notices" ADD COLUMN "supervisor_name" varchar;
  ALTER TABLE "maintenance_notices" ADD COLUMN "follow_up_name" varchar;
  ALTER TABLE "_maintenance_notices_v" ADD COLUMN "version_supervisor_name" varchar;
  ALTER TABLE "_maintenance_notices_v" ADD COLUMN "version_follow_up_name" varchar;
  CREATE INDEX "status_createdAt_idx" ON "benchmark_baselines" USING btree ("status","created_at");
  CREATE INDEX "status_warnAt_idx" ON "complaints" USING btree ("status","warn_at");
  CREATE INDEX "version_status_version_warnAt_idx" ON "_complaints_v" USING btree ("version_status","version_warn_at");
  -- Hand-added: every department starts from the estate's former single response time.
  UPDATE "estate_settings" SET "complaint_response_hours_cs" = COALESCE("complaint_response_hours", 24), "complaint_response_hours_engineering" = COALESCE("complaint_response_hours", 24), "complaint_response_hours_environment" = COALESCE("complaint_response_hours", 24), "complaint_response_hours_security" = COALESCE("complaint_response_hours", 24), "complaint_response_hours_developer" = COALESCE("complaint_response_hours", 24), "complaint_response_hours_outside" = COALESCE("complaint_response_hours", 24);
  UPDATE "_estate_settings_v" SET "version_complaint_response_hours_cs" = COALESCE("version_complaint_response_hours", 24), "version_complaint_response_hours_engineering" = COALESCE("version_complaint_response_hours", 24), "version_complaint_response_hours_environment" = COALESCE("version_complaint_response_hours", 24), "version_complaint_response_hours_security" = COALESCE("version_complaint_response_hours", 24), "version_complaint_response_hours_developer" = COALESCE("version_complaint_response_hours", 24), "version_complaint_response_hours_outside" = COALESCE("version_complaint_response_hours", 24);
  -- Hand-added: existing complaints get their warning point (the default 4 hours before the
  -- deadline, never before receipt) and their deadline's time zone from their estate.
  UPDATE "complaints" SET "warn_at" = GREATEST("created_at", "respond_by" - interval '4 hours') WHERE "respond_by" IS NOT NULL;
  UPDATE "complaints" SET "respondby_tz" = (SELECT "estates"."time_zone"::text FROM "estates" WHERE "estates"."id" = "complaints"."estate_id")::"enum_complaints_respondby_tz" WHERE "estate_id" IS NOT NULL;
  -- Hand-added: the names already on signed and assigned notices.
  UPDATE "maintenance_notices" SET "supervisor_name" = (SELECT coalesce("users"."name", "users"."email") FROM "users" WHERE "users"."id" = "maintenance_notices"."supervisor_signed_by_id") WHERE "supervisor_signed_by_id" IS NOT NULL;
  UPDATE "maintenance_notices" SET "follow_up_name" = (SELECT coalesce("users"."name", "users"."email") FROM "users" WHERE "users"."id" = "maintenance_notices"."follow_up_by_id") WHERE "follow_up_by_id" IS NOT NULL;
  ALTER TABLE "estate_settings" DROP COLUMN "complaint_response_hours";
  ALTER TABLE "_estate_settings_v" DROP COLUMN "version_complaint_response_hours";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendNotification', 'remindUnclaimedMail', 'closeUnansweredComplaints', 'escalateWaitingVisitors', 'alertPermitDeadlines', 'reportVisitorsInside');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendNotification', 'remindUnclaimedMail', 'closeUnansweredComplaints', 'escalateWaitingVisitors', 'alertPermitDeadlines', 'reportVisitorsInside');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "status_createdAt_idx";
  DROP INDEX "status_warnAt_idx";
  DROP INDEX "version_status_version_warnAt_idx";
  ALTER TABLE "estate_settings" ADD COLUMN "complaint_response_hours" numeric DEFAULT 24;
  ALTER TABLE "_estate_settings_v" ADD COLUMN "version_complaint_response_hours" numeric DEFAULT 24;
  UPDATE "estate_settings" SET "complaint_response_hours" = "complaint_response_hours_cs";
  UPDATE "_estate_settings_v" SET "version_complaint_response_hours" = "version_complaint_response_hours_cs";
  ALTER TABLE "estate_settings" DROP COLUMN "complaint_response_hours_cs";
  ALTER TABLE "estate_settings" DROP COLUMN "complaint_response_hours_engineering";
  ALTER TABLE "estate_settings" DROP COLUMN "complaint_response_hours_environment";
  ALTER TABLE "estate_settings" DROP COLUMN "complaint_response_hours_security";
  ALTER TABLE "estate_settings" DROP COLUMN "complaint_response_hours_developer";
  ALTER TABLE "estate_settings" DROP COLUMN "complaint_response_hours_outside";
  ALTER TABLE "estate_settings" DROP COLUMN "complaint_warn_hours";
  ALTER TABLE "_estate_settings_v" DROP COLUMN "version_complaint_response_hours_cs";
  ALTER TABLE "_estate_settings_v" DROP COLUMN "version_complaint_response_hours_engineering";
  ALTER TABLE "_estate_settings_v" DROP COLUMN "version_complaint_response_hours_environment";
  ALTER TABLE "_estate_settings_v" DROP COLUMN "version_complaint_response_hours_security";
  ALTER TABLE "_estate_settings_v" DROP COLUMN "version_complaint_response_hours_developer";
  ALTER TABLE "_estate_settings_v" DROP COLUMN "version_complaint_response_hours_outside";
  ALTER TABLE "_estate_settings_v" DROP COLUMN "version_complaint_warn_hours";
  ALTER TABLE "complaints" DROP COLUMN "respondby_tz";
  ALTER TABLE "complaints" DROP COLUMN "warn_at";
  ALTER TABLE "complaints" DROP COLUMN "warned_at";
  ALTER TABLE "complaints" DROP COLUMN "overdue_alerted_at";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_respondby_tz";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_warn_at";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_warned_at";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_overdue_alerted_at";
  ALTER TABLE "maintenance_notices" DROP COLUMN "supervisor_name";
  ALTER TABLE "maintenance_notices" DROP COLUMN "follow_up_name";
  ALTER TABLE "_maintenance_notices_v" DROP COLUMN "version_supervisor_name";
  ALTER TABLE "_maintenance_notices_v" DROP COLUMN "version_follow_up_name";
  DROP TYPE "public"."enum_complaints_respondby_tz";
  DROP TYPE "public"."enum__complaints_v_version_respondby_tz";`)
}
