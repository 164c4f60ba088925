import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_complaints_channel" AS ENUM('phone', 'written', 'walk-in', 'portal', 'kiosk');
  CREATE TYPE "public"."enum_complaints_department" AS ENUM('cs', 'engineering', 'environment', 'security', 'developer', 'outside');
  CREATE TYPE "public"."enum_complaints_requestedtime_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum_complaints_committedtime_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum_complaints_status" AS ENUM('received', 'planned', 'scheduled', 'in-progress', 'awaiting-acceptance', 'closed');
  CREATE TYPE "public"."enum_complaints_closed_how" AS ENUM('accepted', 'no-answer');
  CREATE TYPE "public"."enum__complaints_v_version_channel" AS ENUM('phone', 'written', 'walk-in', 'portal', 'kiosk');
  CREATE TYPE "public"."enum__complaints_v_version_department" AS ENUM('cs', 'engineering', 'environment', 'security', 'developer', 'outside');
  CREATE TYPE "public"."enum__complaints_v_version_requestedtime_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum__complaints_v_version_committedtime_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum__complaints_v_version_status" AS ENUM('received', 'planned', 'scheduled', 'in-progress', 'awaiting-acceptance', 'closed');
  CREATE TYPE "public"."enum__complaints_v_version_closed_how" AS ENUM('accepted', 'no-answer');
  CREATE TYPE "public"."enum_maintenance_notices_scheduledat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum_maintenance_notices_status" AS ENUM('draft', 'signed', 'done');
  CREATE TYPE "public"."enum__maintenance_notices_v_version_scheduledat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum__maintenance_notices_v_version_status" AS ENUM('draft', 'signed', 'done');
  CREATE TYPE "public"."enum_home_visits_parties" AS ENUM('cs', 'engineering', 'environment', 'security', 'contractor');
  CREATE TYPE "public"."enum_home_visits_scheduledat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum_home_visits_outcome" AS ENUM('accepted', 'not-satisfied');
  CREATE TYPE "public"."enum__home_visits_v_version_parties" AS ENUM('cs', 'engineering', 'environment', 'security', 'contractor');
  CREATE TYPE "public"."enum__home_visits_v_version_scheduledat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum__home_visits_v_version_outcome" AS ENUM('accepted', 'not-satisfied');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'closeUnansweredComplaints';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'closeUnansweredComplaints';
  CREATE TABLE "complaints" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"household_id" integer NOT NULL,
  	"resident_name" varchar,
  	"channel" "enum_complaints_channel" DEFAULT 'phone' NOT NULL,
  	"department" "enum_complaints_department" DEFAULT 'cs' NOT NULL,
  	"major" boolean DEFAULT false,
  	"problem" varchar NOT NULL,
  	"read_back" boolean DEFAULT false,
  	"confirmed" boolean,
  	"requested_time" timestamp(3) with time zone,
  	"requestedtime_tz" "enum_complaints_requestedtime_tz" DEFAULT 'Asia/Shanghai',
  	"plan" varchar,
  	"committed_time" timestamp(3) with time zone,
  	"committedtime_tz" "enum_complaints_committedtime_tz" DEFAULT 'Asia/Shanghai',
  	"time_change_reason" varchar,
  	"planned_by_id" integer,
  	"planned_at" timestamp(3) with time zone,
  	"status" "enum_complaints_status" DEFAULT 'received',
  	"reopen_reason" varchar,
  	"reopen_count" numeric DEFAULT 0,
  	"respond_by" timestamp(3) with time zone,
  	"awaiting_since" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"closed_how" "enum_complaints_closed_how",
  	"estate_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "complaints_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"complaint_photos_id" integer,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "_complaints_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" varchar,
  	"version_household_id" integer NOT NULL,
  	"version_resident_name" varchar,
  	"version_channel" "enum__complaints_v_version_channel" DEFAULT 'phone' NOT NULL,
  	"version_department" "enum__complaints_v_version_department" DEFAULT 'cs' NOT NULL,
  	"version_major" boolean DEFAULT false,
  	"version_problem" varchar NOT NULL,
  	"version_read_back" boolean DEFAULT false,
  	"version_confirmed" boolean,
  	"version_requested_time" timestamp(3) with time zone,
  	"version_requestedtime_tz" "enum__complaints_v_version_requestedtime_tz" DEFAULT 'Asia/Shanghai',
  	"version_plan" varchar,
  	"version_committed_time" timestamp(3) with time zone,
  	"version_committedtime_tz" "enum__complaints_v_version_committedtime_tz" DEFAULT 'Asia/Shanghai',
  	"version_time_change_reason" varchar,
  	"version_planned_by_id" integer,
  	"version_planned_at" timestamp(3) with time zone,
  	"version_status" "enum__complaints_v_version_status" DEFAULT 'received',
  	"version_reopen_reason" varchar,
  	"version_reopen_count" numeric DEFAULT 0,
  	"version_respond_by" timestamp(3) with time zone,
  	"version_awaiting_since" timestamp(3) with time zone,
  	"version_closed_at" timestamp(3) with time zone,
  	"version_closed_how" "enum__complaints_v_version_closed_how",
  	"version_estate_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_complaints_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"complaint_photos_id" integer,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "complaint_photos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"household_id" integer,
  	"estate_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "complaint_photos_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "maintenance_notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"complaint_id" integer NOT NULL,
  	"household_id" integer,
  	"work" varchar NOT NULL,
  	"follow_up_by_id" integer,
  	"scheduled_at" timestamp(3) with time zone,
  	"scheduledat_tz" "enum_maintenance_notices_scheduledat_tz" DEFAULT 'Asia/Shanghai',
  	"delay_reason" varchar,
  	"status" "enum_maintenance_notices_status" DEFAULT 'draft',
  	"supervisor_signature_id" integer,
  	"supervisor_signed_by_id" integer,
  	"supervisor_signed_at" timestamp(3) with time zone,
  	"follow_up_signature_id" integer,
  	"follow_up_signed_at" timestamp(3) with time zone,
  	"worker_signature_id" integer,
  	"worker_name" varchar,
  	"worker_signed_by_id" integer,
  	"worker_signed_at" timestamp(3) with time zone,
  	"estate_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "maintenance_notices_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "_maintenance_notices_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_complaint_id" integer NOT NULL,
  	"version_household_id" integer,
  	"version_work" varchar NOT NULL,
  	"version_follow_up_by_id" integer,
  	"version_scheduled_at" timestamp(3) with time zone,
  	"version_scheduledat_tz" "enum__maintenance_notices_v_version_scheduledat_tz" DEFAULT 'Asia/Shanghai',
  	"version_delay_reason" varchar,
  	"version_status" "enum__maintenance_notices_v_version_status" DEFAULT 'draft',
  	"version_supervisor_signature_id" integer,
  	"version_supervisor_signed_by_id" integer,
  	"version_supervisor_signed_at" timestamp(3) with time zone,
  	"version_follow_up_signature_id" integer,
  	"version_follow_up_signed_at" timestamp(3) with time zone,
  	"version_worker_signature_id" integer,
  	"version_worker_name" varchar,
  	"version_worker_signed_by_id" integer,
  	"version_worker_signed_at" timestamp(3) with time zone,
  	"version_estate_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_maintenance_notices_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "home_visits_parties" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_home_visits_parties",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "home_visits_rebookings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reason" varchar,
  	"from" timestamp(3) with time zone,
  	"to" timestamp(3) with time zone,
  	"resident_told_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "home_visits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"household_id" integer NOT NULL,
  	"complaint_id" integer,
  	"scheduled_at" timestamp(3) with time zone NOT NULL,
  	"scheduledat_tz" "enum_home_visits_scheduledat_tz" DEFAULT 'Asia/Shanghai',
  	"resident_name" varchar NOT NULL,
  	"pronunciation" varchar,
  	"work" varchar NOT NULL,
  	"expected_minutes" numeric NOT NULL,
  	"notes" varchar,
  	"outcome" "enum_home_visits_outcome",
  	"outcome_remark" varchar,
  	"outcome_at" timestamp(3) with time zone,
  	"estate_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "home_visits_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "_home_visits_v_version_parties" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__home_visits_v_version_parties",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_home_visits_v_version_rebookings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"reason" varchar,
  	"from" timestamp(3) with time zone,
  	"to" timestamp(3) with time zone,
  	"resident_told_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_home_visits_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_household_id" integer NOT NULL,
  	"version_complaint_id" integer,
  	"version_scheduled_at" timestamp(3) with time zone NOT NULL,
  	"version_scheduledat_tz" "enum__home_visits_v_version_scheduledat_tz" DEFAULT 'Asia/Shanghai',
  	"version_resident_name" varchar NOT NULL,
  	"version_pronunciation" varchar,
  	"version_work" varchar NOT NULL,
  	"version_expected_minutes" numeric NOT NULL,
  	"version_notes" varchar,
  	"version_outcome" "enum__home_visits_v_version_outcome",
  	"version_outcome_remark" varchar,
  	"version_outcome_at" timestamp(3) with time zone,
  	"version_estate_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_home_visits_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  ALTER TABLE "estate_settings" ADD COLUMN "complaint_response_hours" numeric DEFAULT 24;
  ALTER TABLE "estate_settings" ADD COLUMN "complaint_auto_close_days" numeric DEFAULT 7;
  ALTER TABLE "_estate_settings_v" ADD COLUMN "version_complaint_response_hours" numeric DEFAULT 24;
  ALTER TABLE "_estate_settings_v" ADD COLUMN "version_complaint_auto_close_days" numeric DEFAULT 7;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "complaints_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "complaint_photos_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "maintenance_notices_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "home_visits_id" integer;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_planned_by_id_users_id_fk" FOREIGN KEY ("planned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints_rels" ADD CONSTRAINT "complaints_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaints_rels" ADD CONSTRAINT "complaints_rels_complaint_photos_fk" FOREIGN KEY ("complaint_photos_id") REFERENCES "public"."complaint_photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaints_rels" ADD CONSTRAINT "complaints_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaints_rels" ADD CONSTRAINT "complaints_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaints_rels" ADD CONSTRAINT "complaints_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_complaints_v" ADD CONSTRAINT "_complaints_v_parent_id_complaints_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."complaints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_complaints_v" ADD CONSTRAINT "_complaints_v_version_household_id_households_id_fk" FOREIGN KEY ("version_household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_complaints_v" ADD CONSTRAINT "_complaints_v_version_planned_by_id_users_id_fk" FOREIGN KEY ("version_planned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_complaints_v" ADD CONSTRAINT "_complaints_v_version_estate_id_estates_id_fk" FOREIGN KEY ("version_estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_complaints_v_rels" ADD CONSTRAINT "_complaints_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_complaints_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_complaints_v_rels" ADD CONSTRAINT "_complaints_v_rels_complaint_photos_fk" FOREIGN KEY ("complaint_photos_id") REFERENCES "public"."complaint_photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_complaints_v_rels" ADD CONSTRAINT "_complaints_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_complaints_v_rels" ADD CONSTRAINT "_complaints_v_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_complaints_v_rels" ADD CONSTRAINT "_complaints_v_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaint_photos" ADD CONSTRAINT "complaint_photos_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_photos" ADD CONSTRAINT "complaint_photos_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_photos_rels" ADD CONSTRAINT "complaint_photos_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."complaint_photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaint_photos_rels" ADD CONSTRAINT "complaint_photos_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaint_photos_rels" ADD CONSTRAINT "complaint_photos_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaint_photos_rels" ADD CONSTRAINT "complaint_photos_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "maintenance_notices" ADD CONSTRAINT "maintenance_notices_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "maintenance_notices" ADD CONSTRAINT "maintenance_notices_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "maintenance_notices" ADD CONSTRAINT "maintenance_notices_follow_up_by_id_users_id_fk" FOREIGN KEY ("follow_up_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "maintenance_notices" ADD CONSTRAINT "maintenance_notices_supervisor_signature_id_signatures_id_fk" FOREIGN KEY ("supervisor_signature_id") REFERENCES "public"."signatures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "maintenance_notices" ADD CONSTRAINT "maintenance_notices_supervisor_signed_by_id_users_id_fk" FOREIGN KEY ("supervisor_signed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "maintenance_notices" ADD CONSTRAINT "maintenance_notices_follow_up_signature_id_signatures_id_fk" FOREIGN KEY ("follow_up_signature_id") REFERENCES "public"."signatures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "maintenance_notices" ADD CONSTRAINT "maintenance_notices_worker_signature_id_signatures_id_fk" FOREIGN KEY ("worker_signature_id") REFERENCES "public"."signatures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "maintenance_notices" ADD CONSTRAINT "maintenance_notices_worker_signed_by_id_users_id_fk" FOREIGN KEY ("worker_signed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "maintenance_notices" ADD CONSTRAINT "maintenance_notices_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "maintenance_notices_rels" ADD CONSTRAINT "maintenance_notices_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."maintenance_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "maintenance_notices_rels" ADD CONSTRAINT "maintenance_notices_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "maintenance_notices_rels" ADD CONSTRAINT "maintenance_notices_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "maintenance_notices_rels" ADD CONSTRAINT "maintenance_notices_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_maintenance_notices_v" ADD CONSTRAINT "_maintenance_notices_v_parent_id_maintenance_notices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."maintenance_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_maintenance_notices_v" ADD CONSTRAINT "_maintenance_notices_v_version_complaint_id_complaints_id_fk" FOREIGN KEY ("version_complaint_id") REFERENCES "public"."complaints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_maintenance_notices_v" ADD CONSTRAINT "_maintenance_notices_v_version_household_id_households_id_fk" FOREIGN KEY ("version_household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_maintenance_notices_v" ADD CONSTRAINT "_maintenance_notices_v_version_follow_up_by_id_users_id_fk" FOREIGN KEY ("version_follow_up_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_maintenance_notices_v" ADD CONSTRAINT "_maintenance_notices_v_version_supervisor_signature_id_signatures_id_fk" FOREIGN KEY ("version_supervisor_signature_id") REFERENCES "public"."signatures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_maintenance_notices_v" ADD CONSTRAINT "_maintenance_notices_v_version_supervisor_signed_by_id_users_id_fk" FOREIGN KEY ("version_supervisor_signed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_maintenance_notices_v" ADD CONSTRAINT "_maintenance_notices_v_version_follow_up_signature_id_signatures_id_fk" FOREIGN KEY ("version_follow_up_signature_id") REFERENCES "public"."signatures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_maintenance_notices_v" ADD CONSTRAINT "_maintenance_notices_v_version_worker_signature_id_signatures_id_fk" FOREIGN KEY ("version_worker_signature_id") REFERENCES "public"."signatures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_maintenance_notices_v" ADD CONSTRAINT "_maintenance_notices_v_version_worker_signed_by_id_users_id_fk" FOREIGN KEY ("version_worker_signed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_maintenance_notices_v" ADD CONSTRAINT "_maintenance_notices_v_version_estate_id_estates_id_fk" FOREIGN KEY ("version_estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_maintenance_notices_v_rels" ADD CONSTRAINT "_maintenance_notices_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_maintenance_notices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_maintenance_notices_v_rels" ADD CONSTRAINT "_maintenance_notices_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_maintenance_notices_v_rels" ADD CONSTRAINT "_maintenance_notices_v_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_maintenance_notices_v_rels" ADD CONSTRAINT "_maintenance_notices_v_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_visits_parties" ADD CONSTRAINT "home_visits_parties_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."home_visits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_visits_rebookings" ADD CONSTRAINT "home_visits_rebookings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_visits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_visits" ADD CONSTRAINT "home_visits_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "home_visits" ADD CONSTRAINT "home_visits_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "home_visits" ADD CONSTRAINT "home_visits_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "home_visits_rels" ADD CONSTRAINT "home_visits_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."home_visits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_visits_rels" ADD CONSTRAINT "home_visits_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_visits_rels" ADD CONSTRAINT "home_visits_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_visits_rels" ADD CONSTRAINT "home_visits_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_visits_v_version_parties" ADD CONSTRAINT "_home_visits_v_version_parties_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_home_visits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_visits_v_version_rebookings" ADD CONSTRAINT "_home_visits_v_version_rebookings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_visits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_visits_v" ADD CONSTRAINT "_home_visits_v_parent_id_home_visits_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."home_visits"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_home_visits_v" ADD CONSTRAINT "_home_visits_v_version_household_id_households_id_fk" FOREIGN KEY ("version_household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_home_visits_v" ADD CONSTRAINT "_home_visits_v_version_complaint_id_complaints_id_fk" FOREIGN KEY ("version_complaint_id") REFERENCES "public"."complaints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_home_visits_v" ADD CONSTRAINT "_home_visits_v_version_estate_id_estates_id_fk" FOREIGN KEY ("version_estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_home_visits_v_rels" ADD CONSTRAINT "_home_visits_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_home_visits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_visits_v_rels" ADD CONSTRAINT "_home_visits_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_visits_v_rels" ADD CONSTRAINT "_home_visits_v_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_visits_v_rels" ADD CONSTRAINT "_home_visits_v_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "complaints_number_idx" ON "complaints" USING btree ("number");
  CREATE INDEX "complaints_household_idx" ON "complaints" USING btree ("household_id");
  CREATE INDEX "complaints_department_idx" ON "complaints" USING btree ("department");
  CREATE INDEX "complaints_planned_by_idx" ON "complaints" USING btree ("planned_by_id");
  CREATE INDEX "complaints_estate_idx" ON "complaints" USING btree ("estate_id");
  CREATE INDEX "complaints_updated_at_idx" ON "complaints" USING btree ("updated_at");
  CREATE INDEX "complaints_created_at_idx" ON "complaints" USING btree ("created_at");
  CREATE INDEX "estate_status_createdAt_1_idx" ON "complaints" USING btree ("estate_id","status","created_at");
  CREATE INDEX "household_createdAt_idx" ON "complaints" USING btree ("household_id","created_at");
  CREATE INDEX "status_awaitingSince_idx" ON "complaints" USING btree ("status","awaiting_since");
  CREATE INDEX "complaints_rels_order_idx" ON "complaints_rels" USING btree ("order");
  CREATE INDEX "complaints_rels_parent_idx" ON "complaints_rels" USING btree ("parent_id");
  CREATE INDEX "complaints_rels_path_idx" ON "complaints_rels" USING btree ("path");
  CREATE INDEX "complaints_rels_complaint_photos_id_idx" ON "complaints_rels" USING btree ("complaint_photos_id");
  CREATE INDEX "complaints_rels_users_id_idx" ON "complaints_rels" USING btree ("users_id");
  CREATE INDEX "complaints_rels_residents_id_idx" ON "complaints_rels" USING btree ("residents_id");
  CREATE INDEX "complaints_rels_kiosks_id_idx" ON "complaints_rels" USING btree ("kiosks_id");
  CREATE INDEX "_complaints_v_parent_idx" ON "_complaints_v" USING btree ("parent_id");
  CREATE INDEX "_complaints_v_version_version_number_idx" ON "_complaints_v" USING btree ("version_number");
  CREATE INDEX "_complaints_v_version_version_household_idx" ON "_complaints_v" USING btree ("version_household_id");
  CREATE INDEX "_complaints_v_version_version_department_idx" ON "_complaints_v" USING btree ("version_department");
  CREATE INDEX "_complaints_v_version_version_planned_by_idx" ON "_complaints_v" USING btree ("version_planned_by_id");
  CREATE INDEX "_complaints_v_version_version_estate_idx" ON "_complaints_v" USING btree ("version_estate_id");
  CREATE INDEX "_complaints_v_version_version_updated_at_idx" ON "_complaints_v" USING btree ("version_updated_at");
  CREATE INDEX "_complaints_v_version_version_created_at_idx" ON "_complaints_v" USING btree ("version_created_at");
  CREATE INDEX "_complaints_v_created_at_idx" ON "_complaints_v" USING btree ("created_at");
  CREATE INDEX "_complaints_v_updated_at_idx" ON "_complaints_v" USING btree ("updated_at");
  CREATE INDEX "version_estate_version_status_version_createdAt_1_idx" ON "_complaints_v" USING btree ("version_estate_id","version_status","version_created_at");
  CREATE INDEX "version_household_version_createdAt_idx" ON "_complaints_v" USING btree ("version_household_id","version_created_at");
  CREATE INDEX "version_status_version_awaitingSince_idx" ON "_complaints_v" USING btree ("version_status","version_awaiting_since");
  CREATE INDEX "_complaints_v_rels_order_idx" ON "_complaints_v_rels" USING btree ("order");
  CREATE INDEX "_complaints_v_rels_parent_idx" ON "_complaints_v_rels" USING btree ("parent_id");
  CREATE INDEX "_complaints_v_rels_path_idx" ON "_complaints_v_rels" USING btree ("path");
  CREATE INDEX "_complaints_v_rels_complaint_photos_id_idx" ON "_complaints_v_rels" USING btree ("complaint_photos_id");
  CREATE INDEX "_complaints_v_rels_users_id_idx" ON "_complaints_v_rels" USING btree ("users_id");
  CREATE INDEX "_complaints_v_rels_residents_id_idx" ON "_complaints_v_rels" USING btree ("residents_id");
  CREATE INDEX "_complaints_v_rels_kiosks_id_idx" ON "_complaints_v_rels" USING btree ("kiosks_id");
  CREATE INDEX "complaint_photos_household_idx" ON "complaint_photos" USING btree ("household_id");
  CREATE INDEX "complaint_photos_estate_idx" ON "complaint_photos" USING btree ("estate_id");
  CREATE INDEX "complaint_photos_updated_at_idx" ON "complaint_photos" USING btree ("updated_at");
  CREATE INDEX "complaint_photos_created_at_idx" ON "complaint_photos" USING btree ("created_at");
  CREATE UNIQUE INDEX "complaint_photos_filename_idx" ON "complaint_photos" USING btree ("filename");
  CREATE INDEX "complaint_photos_rels_order_idx" ON "complaint_photos_rels" USING btree ("order");
  CREATE INDEX "complaint_photos_rels_parent_idx" ON "complaint_photos_rels" USING btree ("parent_id");
  CREATE INDEX "complaint_photos_rels_path_idx" ON "complaint_photos_rels" USING btree ("path");
  CREATE INDEX "complaint_photos_rels_users_id_idx" ON "complaint_photos_rels" USING btree ("users_id");
  CREATE INDEX "complaint_photos_rels_residents_id_idx" ON "complaint_photos_rels" USING btree ("residents_id");
  CREATE INDEX "complaint_photos_rels_kiosks_id_idx" ON "complaint_photos_rels" USING btree ("kiosks_id");
  CREATE INDEX "maintenance_notices_complaint_idx" ON "maintenance_notices" USING btree ("complaint_id");
  CREATE INDEX "maintenance_notices_household_idx" ON "maintenance_notices" USING btree ("household_id");
  CREATE INDEX "maintenance_notices_follow_up_by_idx" ON "maintenance_notices" USING btree ("follow_up_by_id");
  CREATE INDEX "maintenance_notices_supervisor_signature_idx" ON "maintenance_notices" USING btree ("supervisor_signature_id");
  CREATE INDEX "maintenance_notices_supervisor_signed_by_idx" ON "maintenance_notices" USING btree ("supervisor_signed_by_id");
  CREATE INDEX "maintenance_notices_follow_up_signature_idx" ON "maintenance_notices" USING btree ("follow_up_signature_id");
  CREATE INDEX "maintenance_notices_worker_signature_idx" ON "maintenance_notices" USING btree ("worker_signature_id");
  CREATE INDEX "maintenance_notices_worker_signed_by_idx" ON "maintenance_notices" USING btree ("worker_signed_by_id");
  CREATE INDEX "maintenance_notices_estate_idx" ON "maintenance_notices" USING btree ("estate_id");
  CREATE INDEX "maintenance_notices_updated_at_idx" ON "maintenance_notices" USING btree ("updated_at");
  CREATE INDEX "maintenance_notices_created_at_idx" ON "maintenance_notices" USING btree ("created_at");
  CREATE INDEX "estate_status_createdAt_2_idx" ON "maintenance_notices" USING btree ("estate_id","status","created_at");
  CREATE INDEX "maintenance_notices_rels_order_idx" ON "maintenance_notices_rels" USING btree ("order");
  CREATE INDEX "maintenance_notices_rels_parent_idx" ON "maintenance_notices_rels" USING btree ("parent_id");
  CREATE INDEX "maintenance_notices_rels_path_idx" ON "maintenance_notices_rels" USING btree ("path");
  CREATE INDEX "maintenance_notices_rels_users_id_idx" ON "maintenance_notices_rels" USING btree ("users_id");
  CREATE INDEX "maintenance_notices_rels_residents_id_idx" ON "maintenance_notices_rels" USING btree ("residents_id");
  CREATE INDEX "maintenance_notices_rels_kiosks_id_idx" ON "maintenance_notices_rels" USING btree ("kiosks_id");
  CREATE INDEX "_maintenance_notices_v_parent_idx" ON "_maintenance_notices_v" USING btree ("parent_id");
  CREATE INDEX "_maintenance_notices_v_version_version_complaint_idx" ON "_maintenance_notices_v" USING btree ("version_complaint_id");
  CREATE INDEX "_maintenance_notices_v_version_version_household_idx" ON "_maintenance_notices_v" USING btree ("version_household_id");
  CREATE INDEX "_maintenance_notices_v_version_version_follow_up_by_idx" ON "_maintenance_notices_v" USING btree ("version_follow_up_by_id");
  CREATE INDEX "_maintenance_notices_v_version_version_supervisor_signat_idx" ON "_maintenance_notices_v" USING btree ("version_supervisor_signature_id");
  CREATE INDEX "_maintenance_notices_v_version_version_supervisor_signed_idx" ON "_maintenance_notices_v" USING btree ("version_supervisor_signed_by_id");
  CREATE INDEX "_maintenance_notices_v_version_version_follow_up_signatu_idx" ON "_maintenance_notices_v" USING btree ("version_follow_up_signature_id");
  CREATE INDEX "_maintenance_notices_v_version_version_worker_signature_idx" ON "_maintenance_notices_v" USING btree ("version_worker_signature_id");
  CREATE INDEX "_maintenance_notices_v_version_version_worker_signed_by_idx" ON "_maintenance_notices_v" USING btree ("version_worker_signed_by_id");
  CREATE INDEX "_maintenance_notices_v_version_version_estate_idx" ON "_maintenance_notices_v" USING btree ("version_estate_id");
  CREATE INDEX "_maintenance_notices_v_version_version_updated_at_idx" ON "_maintenance_notices_v" USING btree ("version_updated_at");
  CREATE INDEX "_maintenance_notices_v_version_version_created_at_idx" ON "_maintenance_notices_v" USING btree ("version_created_at");
  CREATE INDEX "_maintenance_notices_v_created_at_idx" ON "_maintenance_notices_v" USING btree ("created_at");
  CREATE INDEX "_maintenance_notices_v_updated_at_idx" ON "_maintenance_notices_v" USING btree ("updated_at");
  CREATE INDEX "version_estate_version_status_version_createdAt_2_idx" ON "_maintenance_notices_v" USING btree ("version_estate_id","version_status","version_created_at");
  CREATE INDEX "_maintenance_notices_v_rels_order_idx" ON "_maintenance_notices_v_rels" USING btree ("order");
  CREATE INDEX "_maintenance_notices_v_rels_parent_idx" ON "_maintenance_notices_v_rels" USING btree ("parent_id");
  CREATE INDEX "_maintenance_notices_v_rels_path_idx" ON "_maintenance_notices_v_rels" USING btree ("path");
  CREATE INDEX "_maintenance_notices_v_rels_users_id_idx" ON "_maintenance_notices_v_rels" USING btree ("users_id");
  CREATE INDEX "_maintenance_notices_v_rels_residents_id_idx" ON "_maintenance_notices_v_rels" USING btree ("residents_id");
  CREATE INDEX "_maintenance_notices_v_rels_kiosks_id_idx" ON "_maintenance_notices_v_rels" USING btree ("kiosks_id");
  CREATE INDEX "home_visits_parties_order_idx" ON "home_visits_parties" USING btree ("order");
  CREATE INDEX "home_visits_parties_parent_idx" ON "home_visits_parties" USING btree ("parent_id");
  CREATE INDEX "home_visits_rebookings_order_idx" ON "home_visits_rebookings" USING btree ("_order");
  CREATE INDEX "home_visits_rebookings_parent_id_idx" ON "home_visits_rebookings" USING btree ("_parent_id");
  CREATE INDEX "home_visits_household_idx" ON "home_visits" USING btree ("household_id");
  CREATE INDEX "home_visits_complaint_idx" ON "home_visits" USING btree ("complaint_id");
  CREATE INDEX "home_visits_estate_idx" ON "home_visits" USING btree ("estate_id");
  CREATE INDEX "home_visits_updated_at_idx" ON "home_visits" USING btree ("updated_at");
  CREATE INDEX "home_visits_created_at_idx" ON "home_visits" USING btree ("created_at");
  CREATE INDEX "estate_scheduledAt_idx" ON "home_visits" USING btree ("estate_id","scheduled_at");
  CREATE INDEX "household_scheduledAt_idx" ON "home_visits" USING btree ("household_id","scheduled_at");
  CREATE INDEX "home_visits_rels_order_idx" ON "home_visits_rels" USING btree ("order");
  CREATE INDEX "home_visits_rels_parent_idx" ON "home_visits_rels" USING btree ("parent_id");
  CREATE INDEX "home_visits_rels_path_idx" ON "home_visits_rels" USING btree ("path");
  CREATE INDEX "home_visits_rels_users_id_idx" ON "home_visits_rels" USING btree ("users_id");
  CREATE INDEX "home_visits_rels_residents_id_idx" ON "home_visits_rels" USING btree ("residents_id");
  CREATE INDEX "home_visits_rels_kiosks_id_idx" ON "home_visits_rels" USING btree ("kiosks_id");
  CREATE INDEX "_home_visits_v_version_parties_order_idx" ON "_home_visits_v_version_parties" USING btree ("order");
  CREATE INDEX "_home_visits_v_version_parties_parent_idx" ON "_home_visits_v_version_parties" USING btree ("parent_id");
  CREATE INDEX "_home_visits_v_version_rebookings_order_idx" ON "_home_visits_v_version_rebookings" USING btree ("_order");
  CREATE INDEX "_home_visits_v_version_rebookings_parent_id_idx" ON "_home_visits_v_version_rebookings" USING btree ("_parent_id");
  CREATE INDEX "_home_visits_v_parent_idx" ON "_home_visits_v" USING btree ("parent_id");
  CREATE INDEX "_home_visits_v_version_version_household_idx" ON "_home_visits_v" USING btree ("version_household_id");
  CREATE INDEX "_home_visits_v_version_version_complaint_idx" ON "_home_visits_v" USING btree ("version_complaint_id");
  CREATE INDEX "_home_visits_v_version_version_estate_idx" ON "_home_visits_v" USING btree ("version_estate_id");
  CREATE INDEX "_home_visits_v_version_version_updated_at_idx" ON "_home_visits_v" USING btree ("version_updated_at");
  CREATE INDEX "_home_visits_v_version_version_created_at_idx" ON "_home_visits_v" USING btree ("version_created_at");
  CREATE INDEX "_home_visits_v_created_at_idx" ON "_home_visits_v" USING btree ("created_at");
  CREATE INDEX "_home_visits_v_updated_at_idx" ON "_home_visits_v" USING btree ("updated_at");
  CREATE INDEX "version_estate_version_scheduledAt_idx" ON "_home_visits_v" USING btree ("version_estate_id","version_scheduled_at");
  CREATE INDEX "version_household_version_scheduledAt_idx" ON "_home_visits_v" USING btree ("version_household_id","version_scheduled_at");
  CREATE INDEX "_home_visits_v_rels_order_idx" ON "_home_visits_v_rels" USING btree ("order");
  CREATE INDEX "_home_visits_v_rels_parent_idx" ON "_home_visits_v_rels" USING btree ("parent_id");
  CREATE INDEX "_home_visits_v_rels_path_idx" ON "_home_visits_v_rels" USING btree ("path");
  CREATE INDEX "_home_visits_v_rels_users_id_idx" ON "_home_visits_v_rels" USING btree ("users_id");
  CREATE INDEX "_home_visits_v_rels_residents_id_idx" ON "_home_visits_v_rels" USING btree ("residents_id");
  CREATE INDEX "_home_visits_v_rels_kiosks_id_idx" ON "_home_visits_v_rels" USING btree ("kiosks_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_complaints_fk" FOREIGN KEY ("complaints_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_complaint_photos_fk" FOREIGN KEY ("complaint_photos_id") REFERENCES "public"."complaint_photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_maintenance_notices_fk" FOREIGN KEY ("maintenance_notices_id") REFERENCES "public"."maintenance_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_home_visits_fk" FOREIGN KEY ("home_visits_id") REFERENCES "public"."home_visits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_complaints_id_idx" ON "payload_locked_documents_rels" USING btree ("complaints_id");
  CREATE INDEX "payload_locked_documents_rels_complaint_photos_id_idx" ON "payload_locked_documents_rels" USING btree ("complaint_photos_id");
  CREATE INDEX "payload_locked_documents_rels_maintenance_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("maintenance_notices_id");
  CREATE INDEX "payload_locked_documents_rels_home_visits_id_idx" ON "payload_locked_documents_rels" USING btree ("home_visits_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "complaints" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "complaints_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_complaints_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_complaints_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "complaint_photos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "complaint_photos_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "maintenance_notices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "maintenance_notices_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_maintenance_notices_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_maintenance_notices_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_visits_parties" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_visits_rebookings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_visits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "home_visits_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_home_visits_v_version_parties" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_home_visits_v_version_rebookings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_home_visits_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_home_visits_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "complaints" CASCADE;
  DROP TABLE "complaints_rels" CASCADE;
  DROP TABLE "_complaints_v" CASCADE;
  DROP TABLE "_complaints_v_rels" CASCADE;
  DROP TABLE "complaint_photos" CASCADE;
  DROP TABLE "complaint_photos_rels" CASCADE;
  DROP TABLE "maintenance_notices" CASCADE;
  DROP TABLE "maintenance_notices_rels" CASCADE;
  DROP TABLE "_maintenance_notices_v" CASCADE;
  DROP TABLE "_maintenance_notices_v_rels" CASCADE;
  DROP TABLE "home_visits_parties" CASCADE;
  DROP TABLE "home_visits_rebookings" CASCADE;
  DROP TABLE "home_visits" CASCADE;
  DROP TABLE "home_visits_rels" CASCADE;
  DROP TABLE "_home_visits_v_version_parties" CASCADE;
  DROP TABLE "_home_visits_v_version_rebookings" CASCADE;
  DROP TABLE "_home_visits_v" CASCADE;
  DROP TABLE "_home_visits_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_complaints_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_complaint_photos_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_maintenance_notices_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_home_visits_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendNotification', 'remindUnclaimedMail');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendNotification', 'remindUnclaimedMail');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_complaints_id_idx";
  DROP INDEX "payload_locked_documents_rels_complaint_photos_id_idx";
  DROP INDEX "payload_locked_documents_rels_maintenance_notices_id_idx";
  DROP INDEX "payload_locked_documents_rels_home_visits_id_idx";
  ALTER TABLE "estate_settings" DROP COLUMN "complaint_response_hours";
  ALTER TABLE "estate_settings" DROP COLUMN "complaint_auto_close_days";
  ALTER TABLE "_estate_settings_v" DROP COLUMN "version_complaint_response_hours";
  ALTER TABLE "_estate_settings_v" DROP COLUMN "version_complaint_auto_close_days";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "complaints_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "complaint_photos_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "maintenance_notices_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "home_visits_id";
  DROP TYPE "public"."enum_complaints_channel";
  DROP TYPE "public"."enum_complaints_department";
  DROP TYPE "public"."enum_complaints_requestedtime_tz";
  DROP TYPE "public"."enum_complaints_committedtime_tz";
  DROP TYPE "public"."enum_complaints_status";
  DROP TYPE "public"."enum_complaints_closed_how";
  DROP TYPE "public"."enum__complaints_v_version_channel";
  DROP TYPE "public"."enum__complaints_v_version_department";
  DROP TYPE "public"."enum__complaints_v_version_requestedtime_tz";
  DROP TYPE "public"."enum__complaints_v_version_committedtime_tz";
  DROP TYPE "public"."enum__complaints_v_version_status";
  DROP TYPE "public"."enum__complaints_v_version_closed_how";
  DROP TYPE "public"."enum_maintenance_notices_scheduledat_tz";
  DROP TYPE "public"."enum_maintenance_notices_status";
  DROP TYPE "public"."enum__maintenance_notices_v_version_scheduledat_tz";
  DROP TYPE "public"."enum__maintenance_notices_v_version_status";
  DROP TYPE "public"."enum_home_visits_parties";
  DROP TYPE "public"."enum_home_visits_scheduledat_tz";
  DROP TYPE "public"."enum_home_visits_outcome";
  DROP TYPE "public"."enum__home_visits_v_version_parties";
  DROP TYPE "public"."enum__home_visits_v_version_scheduledat_tz";
  DROP TYPE "public"."enum__home_visits_v_version_outcome";`)
}
