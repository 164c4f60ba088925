import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_visitor_requests_host_department" AS ENUM('management-office', 'engineering', 'environment', 'security', 'finance', 'administration');
  CREATE TYPE "public"."enum_visitor_requests_status" AS ENUM('waiting', 'admitted', 'refused', 'checked-in', 'checked-out');
  CREATE TYPE "public"."enum_visitor_requests_confirmed_how" AS ENUM('phone', 'in-person', 'portal');
  CREATE TYPE "public"."enum__visitor_requests_v_version_host_department" AS ENUM('management-office', 'engineering', 'environment', 'security', 'finance', 'administration');
  CREATE TYPE "public"."enum__visitor_requests_v_version_status" AS ENUM('waiting', 'admitted', 'refused', 'checked-in', 'checked-out');
  CREATE TYPE "public"."enum__visitor_requests_v_version_confirmed_how" AS ENUM('phone', 'in-person', 'portal');
  CREATE TYPE "public"."enum_visitor_passes_status" AS ENUM('active', 'revoked');
  CREATE TYPE "public"."enum__visitor_passes_v_version_status" AS ENUM('active', 'revoked');
  CREATE TYPE "public"."enum_visitor_pass_uses_place" AS ENUM('gate', 'kiosk');
  CREATE TYPE "public"."enum_work_permits_department" AS ENUM('engineering', 'environment', 'security', 'administration', 'cs');
  CREATE TYPE "public"."enum_work_permits_step" AS ENUM('submitted', 'received', 'paid', 'receipt-returned', 'verified', 'stamped', 'laminated', 'issued');
  CREATE TYPE "public"."enum__work_permits_v_version_department" AS ENUM('engineering', 'environment', 'security', 'administration', 'cs');
  CREATE TYPE "public"."enum__work_permits_v_version_step" AS ENUM('submitted', 'received', 'paid', 'receipt-returned', 'verified', 'stamped', 'laminated', 'issued');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'escalateWaitingVisitors';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'alertPermitDeadlines';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'reportVisitorsInside';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'escalateWaitingVisitors';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'alertPermitDeadlines';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'reportVisitorsInside';
  CREATE TABLE "visitor_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"surname" varchar NOT NULL,
  	"organisation" varchar,
  	"plate" varchar,
  	"host_household_id" integer,
  	"host_department" "enum_visitor_requests_host_department",
  	"status" "enum_visitor_requests_status" DEFAULT 'waiting',
  	"confirmed_by" varchar,
  	"confirmed_how" "enum_visitor_requests_confirmed_how",
  	"answered_at" timestamp(3) with time zone,
  	"escalated_at" timestamp(3) with time zone,
  	"escalated_to" numeric,
  	"checked_in_at" timestamp(3) with time zone,
  	"checked_out_at" timestamp(3) with time zone,
  	"estate_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "visitor_requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "_visitor_requests_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_surname" varchar NOT NULL,
  	"version_organisation" varchar,
  	"version_plate" varchar,
  	"version_host_household_id" integer,
  	"version_host_department" "enum__visitor_requests_v_version_host_department",
  	"version_status" "enum__visitor_requests_v_version_status" DEFAULT 'waiting',
  	"version_confirmed_by" varchar,
  	"version_confirmed_how" "enum__visitor_requests_v_version_confirmed_how",
  	"version_answered_at" timestamp(3) with time zone,
  	"version_escalated_at" timestamp(3) with time zone,
  	"version_escalated_to" numeric,
  	"version_checked_in_at" timestamp(3) with time zone,
  	"version_checked_out_at" timestamp(3) with time zone,
  	"version_estate_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_visitor_requests_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "visitor_passes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"household_id" integer NOT NULL,
  	"visitor_name" varchar NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_until" timestamp(3) with time zone NOT NULL,
  	"max_uses" numeric DEFAULT 1,
  	"status" "enum_visitor_passes_status" DEFAULT 'active',
  	"token_hash" varchar,
  	"token" varchar,
  	"estate_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "visitor_passes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "_visitor_passes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_household_id" integer NOT NULL,
  	"version_visitor_name" varchar NOT NULL,
  	"version_valid_from" timestamp(3) with time zone NOT NULL,
  	"version_valid_until" timestamp(3) with time zone NOT NULL,
  	"version_max_uses" numeric DEFAULT 1,
  	"version_status" "enum__visitor_passes_v_version_status" DEFAULT 'active',
  	"version_token_hash" varchar,
  	"version_token" varchar,
  	"version_estate_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_visitor_passes_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "visitor_pass_uses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slot" varchar NOT NULL,
  	"pass_id" integer NOT NULL,
  	"used_at" timestamp(3) with time zone NOT NULL,
  	"place" "enum_visitor_pass_uses_place" NOT NULL
  );
  
  CREATE TABLE "visitor_pass_uses_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "work_permits_workers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"id_number" varchar NOT NULL,
  	"id_number_masked" varchar,
  	"photo_id" integer NOT NULL
  );
  
  CREATE TABLE "work_permits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"department" "enum_work_permits_department" NOT NULL,
  	"company" varchar NOT NULL,
  	"person_in_charge" varchar NOT NULL,
  	"fee" numeric NOT NULL,
  	"step" "enum_work_permits_step" DEFAULT 'submitted',
  	"receipt_number" varchar,
  	"deadline" timestamp(3) with time zone,
  	"late" boolean DEFAULT false,
  	"warned_at" timestamp(3) with time zone,
  	"submitted_by_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"received_by_id" integer,
  	"received_at" timestamp(3) with time zone,
  	"paid_by_id" integer,
  	"paid_at" timestamp(3) with time zone,
  	"receipt_returned_by_id" integer,
  	"receipt_returned_at" timestamp(3) with time zone,
  	"verified_by_id" integer,
  	"verified_at" timestamp(3) with time zone,
  	"stamped_by_id" integer,
  	"stamped_at" timestamp(3) with time zone,
  	"laminated_by_id" integer,
  	"laminated_at" timestamp(3) with time zone,
  	"issued_by_id" integer,
  	"issued_at" timestamp(3) with time zone,
  	"estate_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "work_permits_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "_work_permits_v_version_workers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"id_number" varchar NOT NULL,
  	"id_number_masked" varchar,
  	"photo_id" integer NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_work_permits_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_department" "enum__work_permits_v_version_department" NOT NULL,
  	"version_company" varchar NOT NULL,
  	"version_person_in_charge" varchar NOT NULL,
  	"version_fee" numeric NOT NULL,
  	"version_step" "enum__work_permits_v_version_step" DEFAULT 'submitted',
  	"version_receipt_number" varchar,
  	"version_deadline" timestamp(3) with time zone,
  	"version_late" boolean DEFAULT false,
  	"version_warned_at" timestamp(3) with time zone,
  	"version_submitted_by_id" integer,
  	"version_submitted_at" timestamp(3) with time zone,
  	"version_received_by_id" integer,
  	"version_received_at" timestamp(3) with time zone,
  	"version_paid_by_id" integer,
  	"version_paid_at" timestamp(3) with time zone,
  	"version_receipt_returned_by_id" integer,
  	"version_receipt_returned_at" timestamp(3) with time zone,
  	"version_verified_by_id" integer,
  	"version_verified_at" timestamp(3) with time zone,
  	"version_stamped_by_id" integer,
  	"version_stamped_at" timestamp(3) with time zone,
  	"version_laminated_by_id" integer,
  	"version_laminated_at" timestamp(3) with time zone,
  	"version_issued_by_id" integer,
  	"version_issued_at" timestamp(3) with time zone,
  	"version_estate_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_work_permits_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "permit_photos" (
  	"id" serial PRIMARY KEY NOT NULL,
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
  
  ALTER TABLE "estate_settings" ADD COLUMN "visitor_response_seconds" numeric DEFAULT 120 NOT NULL;
  ALTER TABLE "estate_settings" ADD COLUMN "visitor_report_hour" numeric DEFAULT 22 NOT NULL;
  ALTER TABLE "estate_settings" ADD COLUMN "permit_minutes" numeric DEFAULT 30 NOT NULL;
  ALTER TABLE "estate_settings" ADD COLUMN "permit_warn_minutes" numeric DEFAULT 10 NOT NULL;
  ALTER TABLE "_estate_settings_v" ADD COLUMN "version_visitor_response_seconds" numeric DEFAULT 120 NOT NULL;
  ALTER TABLE "_estate_settings_v" ADD COLUMN "version_visitor_report_hour" numeric DEFAULT 22 NOT NULL;
  ALTER TABLE "_estate_settings_v" ADD COLUMN "version_permit_minutes" numeric DEFAULT 30 NOT NULL;
  ALTER TABLE "_estate_settings_v" ADD COLUMN "version_permit_warn_minutes" numeric DEFAULT 10 NOT NULL;
  ALTER TABLE "users" ADD COLUMN "on_duty_at_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "visitor_requests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "visitor_passes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "visitor_pass_uses_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "work_permits_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "permit_photos_id" integer;
  ALTER TABLE "visitor_requests" ADD CONSTRAINT "visitor_requests_host_household_id_households_id_fk" FOREIGN KEY ("host_household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visitor_requests" ADD CONSTRAINT "visitor_requests_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visitor_requests_rels" ADD CONSTRAINT "visitor_requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."visitor_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "visitor_requests_rels" ADD CONSTRAINT "visitor_requests_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "visitor_requests_rels" ADD CONSTRAINT "visitor_requests_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "visitor_requests_rels" ADD CONSTRAINT "visitor_requests_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_visitor_requests_v" ADD CONSTRAINT "_visitor_requests_v_parent_id_visitor_requests_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."visitor_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_visitor_requests_v" ADD CONSTRAINT "_visitor_requests_v_version_host_household_id_households_id_fk" FOREIGN KEY ("version_host_household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_visitor_requests_v" ADD CONSTRAINT "_visitor_requests_v_version_estate_id_estates_id_fk" FOREIGN KEY ("version_estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_visitor_requests_v_rels" ADD CONSTRAINT "_visitor_requests_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_visitor_requests_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_visitor_requests_v_rels" ADD CONSTRAINT "_visitor_requests_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_visitor_requests_v_rels" ADD CONSTRAINT "_visitor_requests_v_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_visitor_requests_v_rels" ADD CONSTRAINT "_visitor_requests_v_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "visitor_passes" ADD CONSTRAINT "visitor_passes_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visitor_passes" ADD CONSTRAINT "visitor_passes_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visitor_passes_rels" ADD CONSTRAINT "visitor_passes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."visitor_passes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "visitor_passes_rels" ADD CONSTRAINT "visitor_passes_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "visitor_passes_rels" ADD CONSTRAINT "visitor_passes_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "visitor_passes_rels" ADD CONSTRAINT "visitor_passes_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_visitor_passes_v" ADD CONSTRAINT "_visitor_passes_v_parent_id_visitor_passes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."visitor_passes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_visitor_passes_v" ADD CONSTRAINT "_visitor_passes_v_version_household_id_households_id_fk" FOREIGN KEY ("version_household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_visitor_passes_v" ADD CONSTRAINT "_visitor_passes_v_version_estate_id_estates_id_fk" FOREIGN KEY ("version_estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_visitor_passes_v_rels" ADD CONSTRAINT "_visitor_passes_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_visitor_passes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_visitor_passes_v_rels" ADD CONSTRAINT "_visitor_passes_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_visitor_passes_v_rels" ADD CONSTRAINT "_visitor_passes_v_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_visitor_passes_v_rels" ADD CONSTRAINT "_visitor_passes_v_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "visitor_pass_uses" ADD CONSTRAINT "visitor_pass_uses_pass_id_visitor_passes_id_fk" FOREIGN KEY ("pass_id") REFERENCES "public"."visitor_passes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visitor_pass_uses_rels" ADD CONSTRAINT "visitor_pass_uses_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."visitor_pass_uses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "visitor_pass_uses_rels" ADD CONSTRAINT "visitor_pass_uses_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "visitor_pass_uses_rels" ADD CONSTRAINT "visitor_pass_uses_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_permits_workers" ADD CONSTRAINT "work_permits_workers_photo_id_permit_photos_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."permit_photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_permits_workers" ADD CONSTRAINT "work_permits_workers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."work_permits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_permits" ADD CONSTRAINT "work_permits_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_permits" ADD CONSTRAINT "work_permits_received_by_id_users_id_fk" FOREIGN KEY ("received_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_permits" ADD CONSTRAINT "work_permits_paid_by_id_users_id_fk" FOREIGN KEY ("paid_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_permits" ADD CONSTRAINT "work_permits_receipt_returned_by_id_users_id_fk" FOREIGN KEY ("receipt_returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_permits" ADD CONSTRAINT "work_permits_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_permits" ADD CONSTRAINT "work_permits_stamped_by_id_users_id_fk" FOREIGN KEY ("stamped_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_permits" ADD CONSTRAINT "work_permits_laminated_by_id_users_id_fk" FOREIGN KEY ("laminated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_permits" ADD CONSTRAINT "work_permits_issued_by_id_users_id_fk" FOREIGN KEY ("issued_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_permits" ADD CONSTRAINT "work_permits_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_permits_rels" ADD CONSTRAINT "work_permits_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."work_permits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_permits_rels" ADD CONSTRAINT "work_permits_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_permits_rels" ADD CONSTRAINT "work_permits_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_permits_rels" ADD CONSTRAINT "work_permits_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_work_permits_v_version_workers" ADD CONSTRAINT "_work_permits_v_version_workers_photo_id_permit_photos_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."permit_photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_permits_v_version_workers" ADD CONSTRAINT "_work_permits_v_version_workers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_work_permits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_work_permits_v" ADD CONSTRAINT "_work_permits_v_parent_id_work_permits_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."work_permits"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_permits_v" ADD CONSTRAINT "_work_permits_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_permits_v" ADD CONSTRAINT "_work_permits_v_version_received_by_id_users_id_fk" FOREIGN KEY ("version_received_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_permits_v" ADD CONSTRAINT "_work_permits_v_version_paid_by_id_users_id_fk" FOREIGN KEY ("version_paid_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_permits_v" ADD CONSTRAINT "_work_permits_v_version_receipt_returned_by_id_users_id_fk" FOREIGN KEY ("version_receipt_returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_permits_v" ADD CONSTRAINT "_work_permits_v_version_verified_by_id_users_id_fk" FOREIGN KEY ("version_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_permits_v" ADD CONSTRAINT "_work_permits_v_version_stamped_by_id_users_id_fk" FOREIGN KEY ("version_stamped_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_permits_v" ADD CONSTRAINT "_work_permits_v_version_laminated_by_id_users_id_fk" FOREIGN KEY ("version_laminated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_permits_v" ADD CONSTRAINT "_work_permits_v_version_issued_by_id_users_id_fk" FOREIGN KEY ("version_issued_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_permits_v" ADD CONSTRAINT "_work_permits_v_version_estate_id_estates_id_fk" FOREIGN KEY ("version_estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_permits_v_rels" ADD CONSTRAINT "_work_permits_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_work_permits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_work_permits_v_rels" ADD CONSTRAINT "_work_permits_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_work_permits_v_rels" ADD CONSTRAINT "_work_permits_v_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_work_permits_v_rels" ADD CONSTRAINT "_work_permits_v_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "permit_photos" ADD CONSTRAINT "permit_photos_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "visitor_requests_host_household_idx" ON "visitor_requests" USING btree ("host_household_id");
  CREATE INDEX "visitor_requests_status_idx" ON "visitor_requests" USING btree ("status");
  CREATE INDEX "visitor_requests_escalated_at_idx" ON "visitor_requests" USING btree ("escalated_at");
  CREATE INDEX "visitor_requests_checked_in_at_idx" ON "visitor_requests" USING btree ("checked_in_at");
  CREATE INDEX "visitor_requests_estate_idx" ON "visitor_requests" USING btree ("estate_id");
  CREATE INDEX "visitor_requests_updated_at_idx" ON "visitor_requests" USING btree ("updated_at");
  CREATE INDEX "visitor_requests_created_at_idx" ON "visitor_requests" USING btree ("created_at");
  CREATE INDEX "estate_status_createdAt_3_idx" ON "visitor_requests" USING btree ("estate_id","status","created_at");
  CREATE INDEX "visitor_requests_rels_order_idx" ON "visitor_requests_rels" USING btree ("order");
  CREATE INDEX "visitor_requests_rels_parent_idx" ON "visitor_requests_rels" USING btree ("parent_id");
  CREATE INDEX "visitor_requests_rels_path_idx" ON "visitor_requests_rels" USING btree ("path");
  CREATE INDEX "visitor_requests_rels_users_id_idx" ON "visitor_requests_rels" USING btree ("users_id");
  CREATE INDEX "visitor_requests_rels_residents_id_idx" ON "visitor_requests_rels" USING btree ("residents_id");
  CREATE INDEX "visitor_requests_rels_kiosks_id_idx" ON "visitor_requests_rels" USING btree ("kiosks_id");
  CREATE INDEX "_visitor_requests_v_parent_idx" ON "_visitor_requests_v" USING btree ("parent_id");
  CREATE INDEX "_visitor_requests_v_version_version_host_household_idx" ON "_visitor_requests_v" USING btree ("version_host_household_id");
  CREATE INDEX "_visitor_requests_v_version_version_status_idx" ON "_visitor_requests_v" USING btree ("version_status");
  CREATE INDEX "_visitor_requests_v_version_version_escalated_at_idx" ON "_visitor_requests_v" USING btree ("version_escalated_at");
  CREATE INDEX "_visitor_requests_v_version_version_checked_in_at_idx" ON "_visitor_requests_v" USING btree ("version_checked_in_at");
  CREATE INDEX "_visitor_requests_v_version_version_estate_idx" ON "_visitor_requests_v" USING btree ("version_estate_id");
  CREATE INDEX "_visitor_requests_v_version_version_updated_at_idx" ON "_visitor_requests_v" USING btree ("version_updated_at");
  CREATE INDEX "_visitor_requests_v_version_version_created_at_idx" ON "_visitor_requests_v" USING btree ("version_created_at");
  CREATE INDEX "_visitor_requests_v_created_at_idx" ON "_visitor_requests_v" USING btree ("created_at");
  CREATE INDEX "_visitor_requests_v_updated_at_idx" ON "_visitor_requests_v" USING btree ("updated_at");
  CREATE INDEX "version_estate_version_status_version_createdAt_3_idx" ON "_visitor_requests_v" USING btree ("version_estate_id","version_status","version_created_at");
  CREATE INDEX "_visitor_requests_v_rels_order_idx" ON "_visitor_requests_v_rels" USING btree ("order");
  CREATE INDEX "_visitor_requests_v_rels_parent_idx" ON "_visitor_requests_v_rels" USING btree ("parent_id");
  CREATE INDEX "_visitor_requests_v_rels_path_idx" ON "_visitor_requests_v_rels" USING btree ("path");
  CREATE INDEX "_visitor_requests_v_rels_users_id_idx" ON "_visitor_requests_v_rels" USING btree ("users_id");
  CREATE INDEX "_visitor_requests_v_rels_residents_id_idx" ON "_visitor_requests_v_rels" USING btree ("residents_id");
  CREATE INDEX "_visitor_requests_v_rels_kiosks_id_idx" ON "_visitor_requests_v_rels" USING btree ("kiosks_id");
  CREATE INDEX "visitor_passes_household_idx" ON "visitor_passes" USING btree ("household_id");
  CREATE INDEX "visitor_passes_status_idx" ON "visitor_passes" USING btree ("status");
  CREATE UNIQUE INDEX "visitor_passes_token_hash_idx" ON "visitor_passes" USING btree ("token_hash");
  CREATE INDEX "visitor_passes_estate_idx" ON "visitor_passes" USING btree ("estate_id");
  CREATE INDEX "visitor_passes_updated_at_idx" ON "visitor_passes" USING btree ("updated_at");
  CREATE INDEX "visitor_passes_created_at_idx" ON "visitor_passes" USING btree ("created_at");
  CREATE INDEX "household_createdAt_1_idx" ON "visitor_passes" USING btree ("household_id","created_at");
  CREATE INDEX "visitor_passes_rels_order_idx" ON "visitor_passes_rels" USING btree ("order");
  CREATE INDEX "visitor_passes_rels_parent_idx" ON "visitor_passes_rels" USING btree ("parent_id");
  CREATE INDEX "visitor_passes_rels_path_idx" ON "visitor_passes_rels" USING btree ("path");
  CREATE INDEX "visitor_passes_rels_users_id_idx" ON "visitor_passes_rels" USING btree ("users_id");
  CREATE INDEX "visitor_passes_rels_residents_id_idx" ON "visitor_passes_rels" USING btree ("residents_id");
  CREATE INDEX "visitor_passes_rels_kiosks_id_idx" ON "visitor_passes_rels" USING btree ("kiosks_id");
  CREATE INDEX "_visitor_passes_v_parent_idx" ON "_visitor_passes_v" USING btree ("parent_id");
  CREATE INDEX "_visitor_passes_v_version_version_household_idx" ON "_visitor_passes_v" USING btree ("version_household_id");
  CREATE INDEX "_visitor_passes_v_version_version_status_idx" ON "_visitor_passes_v" USING btree ("version_status");
  CREATE INDEX "_visitor_passes_v_version_version_token_hash_idx" ON "_visitor_passes_v" USING btree ("version_token_hash");
  CREATE INDEX "_visitor_passes_v_version_version_estate_idx" ON "_visitor_passes_v" USING btree ("version_estate_id");
  CREATE INDEX "_visitor_passes_v_version_version_updated_at_idx" ON "_visitor_passes_v" USING btree ("version_updated_at");
  CREATE INDEX "_visitor_passes_v_version_version_created_at_idx" ON "_visitor_passes_v" USING btree ("version_created_at");
  CREATE INDEX "_visitor_passes_v_created_at_idx" ON "_visitor_passes_v" USING btree ("created_at");
  CREATE INDEX "_visitor_passes_v_updated_at_idx" ON "_visitor_passes_v" USING btree ("updated_at");
  CREATE INDEX "version_household_version_createdAt_1_idx" ON "_visitor_passes_v" USING btree ("version_household_id","version_created_at");
  CREATE INDEX "_visitor_passes_v_rels_order_idx" ON "_visitor_passes_v_rels" USING btree ("order");
  CREATE INDEX "_visitor_passes_v_rels_parent_idx" ON "_visitor_passes_v_rels" USING btree ("parent_id");
  CREATE INDEX "_visitor_passes_v_rels_path_idx" ON "_visitor_passes_v_rels" USING btree ("path");
  CREATE INDEX "_visitor_passes_v_rels_users_id_idx" ON "_visitor_passes_v_rels" USING btree ("users_id");
  CREATE INDEX "_visitor_passes_v_rels_residents_id_idx" ON "_visitor_passes_v_rels" USING btree ("residents_id");
  CREATE INDEX "_visitor_passes_v_rels_kiosks_id_idx" ON "_visitor_passes_v_rels" USING btree ("kiosks_id");
  CREATE UNIQUE INDEX "visitor_pass_uses_slot_idx" ON "visitor_pass_uses" USING btree ("slot");
  CREATE INDEX "visitor_pass_uses_pass_idx" ON "visitor_pass_uses" USING btree ("pass_id");
  CREATE INDEX "visitor_pass_uses_rels_order_idx" ON "visitor_pass_uses_rels" USING btree ("order");
  CREATE INDEX "visitor_pass_uses_rels_parent_idx" ON "visitor_pass_uses_rels" USING btree ("parent_id");
  CREATE INDEX "visitor_pass_uses_rels_path_idx" ON "visitor_pass_uses_rels" USING btree ("path");
  CREATE INDEX "visitor_pass_uses_rels_users_id_idx" ON "visitor_pass_uses_rels" USING btree ("users_id");
  CREATE INDEX "visitor_pass_uses_rels_kiosks_id_idx" ON "visitor_pass_uses_rels" USING btree ("kiosks_id");
  CREATE INDEX "work_permits_workers_order_idx" ON "work_permits_workers" USING btree ("_order");
  CREATE INDEX "work_permits_workers_parent_id_idx" ON "work_permits_workers" USING btree ("_parent_id");
  CREATE INDEX "work_permits_workers_photo_idx" ON "work_permits_workers" USING btree ("photo_id");
  CREATE INDEX "work_permits_step_idx" ON "work_permits" USING btree ("step");
  CREATE INDEX "work_permits_deadline_idx" ON "work_permits" USING btree ("deadline");
  CREATE INDEX "work_permits_late_idx" ON "work_permits" USING btree ("late");
  CREATE INDEX "work_permits_submitted_by_idx" ON "work_permits" USING btree ("submitted_by_id");
  CREATE INDEX "work_permits_received_by_idx" ON "work_permits" USING btree ("received_by_id");
  CREATE INDEX "work_permits_paid_by_idx" ON "work_permits" USING btree ("paid_by_id");
  CREATE INDEX "work_permits_receipt_returned_by_idx" ON "work_permits" USING btree ("receipt_returned_by_id");
  CREATE INDEX "work_permits_verified_by_idx" ON "work_permits" USING btree ("verified_by_id");
  CREATE INDEX "work_permits_stamped_by_idx" ON "work_permits" USING btree ("stamped_by_id");
  CREATE INDEX "work_permits_laminated_by_idx" ON "work_permits" USING btree ("laminated_by_id");
  CREATE INDEX "work_permits_issued_by_idx" ON "work_permits" USING btree ("issued_by_id");
  CREATE INDEX "work_permits_estate_idx" ON "work_permits" USING btree ("estate_id");
  CREATE INDEX "work_permits_updated_at_idx" ON "work_permits" USING btree ("updated_at");
  CREATE INDEX "work_permits_created_at_idx" ON "work_permits" USING btree ("created_at");
  CREATE INDEX "estate_step_deadline_idx" ON "work_permits" USING btree ("estate_id","step","deadline");
  CREATE INDEX "work_permits_rels_order_idx" ON "work_permits_rels" USING btree ("order");
  CREATE INDEX "work_permits_rels_parent_idx" ON "work_permits_rels" USING btree ("parent_id");
  CREATE INDEX "work_permits_rels_path_idx" ON "work_permits_rels" USING btree ("path");
  CREATE INDEX "work_permits_rels_users_id_idx" ON "work_permits_rels" USING btree ("users_id");
  CREATE INDEX "work_permits_rels_residents_id_idx" ON "work_permits_rels" USING btree ("residents_id");
  CREATE INDEX "work_permits_rels_kiosks_id_idx" ON "work_permits_rels" USING btree ("kiosks_id");
  CREATE INDEX "_work_permits_v_version_workers_order_idx" ON "_work_permits_v_version_workers" USING btree ("_order");
  CREATE INDEX "_work_permits_v_version_workers_parent_id_idx" ON "_work_permits_v_version_workers" USING btree ("_parent_id");
  CREATE INDEX "_work_permits_v_version_workers_photo_idx" ON "_work_permits_v_version_workers" USING btree ("photo_id");
  CREATE INDEX "_work_permits_v_parent_idx" ON "_work_permits_v" USING btree ("parent_id");
  CREATE INDEX "_work_permits_v_version_version_step_idx" ON "_work_permits_v" USING btree ("version_step");
  CREATE INDEX "_work_permits_v_version_version_deadline_idx" ON "_work_permits_v" USING btree ("version_deadline");
  CREATE INDEX "_work_permits_v_version_version_late_idx" ON "_work_permits_v" USING btree ("version_late");
  CREATE INDEX "_work_permits_v_version_version_submitted_by_idx" ON "_work_permits_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_work_permits_v_version_version_received_by_idx" ON "_work_permits_v" USING btree ("version_received_by_id");
  CREATE INDEX "_work_permits_v_version_version_paid_by_idx" ON "_work_permits_v" USING btree ("version_paid_by_id");
  CREATE INDEX "_work_permits_v_version_version_receipt_returned_by_idx" ON "_work_permits_v" USING btree ("version_receipt_returned_by_id");
  CREATE INDEX "_work_permits_v_version_version_verified_by_idx" ON "_work_permits_v" USING btree ("version_verified_by_id");
  CREATE INDEX "_work_permits_v_version_version_stamped_by_idx" ON "_work_permits_v" USING btree ("version_stamped_by_id");
  CREATE INDEX "_work_permits_v_version_version_laminated_by_idx" ON "_work_permits_v" USING btree ("version_laminated_by_id");
  CREATE INDEX "_work_permits_v_version_version_issued_by_idx" ON "_work_permits_v" USING btree ("version_issued_by_id");
  CREATE INDEX "_work_permits_v_version_version_estate_idx" ON "_work_permits_v" USING btree ("version_estate_id");
  CREATE INDEX "_work_permits_v_version_version_updated_at_idx" ON "_work_permits_v" USING btree ("version_updated_at");
  CREATE INDEX "_work_permits_v_version_version_created_at_idx" ON "_work_permits_v" USING btree ("version_created_at");
  CREATE INDEX "_work_permits_v_created_at_idx" ON "_work_permits_v" USING btree ("created_at");
  CREATE INDEX "_work_permits_v_updated_at_idx" ON "_work_permits_v" USING btree ("updated_at");
  CREATE INDEX "version_estate_version_step_version_deadline_idx" ON "_work_permits_v" USING btree ("version_estate_id","version_step","version_deadline");
  CREATE INDEX "_work_permits_v_rels_order_idx" ON "_work_permits_v_rels" USING btree ("order");
  CREATE INDEX "_work_permits_v_rels_parent_idx" ON "_work_permits_v_rels" USING btree ("parent_id");
  CREATE INDEX "_work_permits_v_rels_path_idx" ON "_work_permits_v_rels" USING btree ("path");
  CREATE INDEX "_work_permits_v_rels_users_id_idx" ON "_work_permits_v_rels" USING btree ("users_id");
  CREATE INDEX "_work_permits_v_rels_residents_id_idx" ON "_work_permits_v_rels" USING btree ("residents_id");
  CREATE INDEX "_work_permits_v_rels_kiosks_id_idx" ON "_work_permits_v_rels" USING btree ("kiosks_id");
  CREATE INDEX "permit_photos_estate_idx" ON "permit_photos" USING btree ("estate_id");
  CREATE INDEX "permit_photos_updated_at_idx" ON "permit_photos" USING btree ("updated_at");
  CREATE INDEX "permit_photos_created_at_idx" ON "permit_photos" USING btree ("created_at");
  CREATE UNIQUE INDEX "permit_photos_filename_idx" ON "permit_photos" USING btree ("filename");
  ALTER TABLE "users" ADD CONSTRAINT "users_on_duty_at_id_estates_id_fk" FOREIGN KEY ("on_duty_at_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visitor_requests_fk" FOREIGN KEY ("visitor_requests_id") REFERENCES "public"."visitor_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visitor_passes_fk" FOREIGN KEY ("visitor_passes_id") REFERENCES "public"."visitor_passes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visitor_pass_uses_fk" FOREIGN KEY ("visitor_pass_uses_id") REFERENCES "public"."visitor_pass_uses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_work_permits_fk" FOREIGN KEY ("work_permits_id") REFERENCES "public"."work_permits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_permit_photos_fk" FOREIGN KEY ("permit_photos_id") REFERENCES "public"."permit_photos"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_on_duty_at_idx" ON "users" USING btree ("on_duty_at_id");
  CREATE INDEX "payload_locked_documents_rels_visitor_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("visitor_requests_id");
  CREATE INDEX "payload_locked_documents_rels_visitor_passes_id_idx" ON "payload_locked_documents_rels" USING btree ("visitor_passes_id");
  CREATE INDEX "payload_locked_documents_rels_visitor_pass_uses_id_idx" ON "payload_locked_documents_rels" USING btree ("visitor_pass_uses_id");
  CREATE INDEX "payload_locked_documents_rels_work_permits_id_idx" ON "payload_locked_documents_rels" USING btree ("work_permits_id");
  CREATE INDEX "payload_locked_documents_rels_permit_photos_id_idx" ON "payload_locked_documents_rels" USING btree ("permit_photos_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "visitor_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "visitor_requests_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_visitor_requests_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_visitor_requests_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "visitor_passes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "visitor_passes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_visitor_passes_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_visitor_passes_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "visitor_pass_uses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "visitor_pass_uses_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "work_permits_workers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "work_permits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "work_permits_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_work_permits_v_version_workers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_work_permits_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_work_permits_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "permit_photos" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "visitor_requests" CASCADE;
  DROP TABLE "visitor_requests_rels" CASCADE;
  DROP TABLE "_visitor_requests_v" CASCADE;
  DROP TABLE "_visitor_requests_v_rels" CASCADE;
  DROP TABLE "visitor_passes" CASCADE;
  DROP TABLE "visitor_passes_rels" CASCADE;
  DROP TABLE "_visitor_passes_v" CASCADE;
  DROP TABLE "_visitor_passes_v_rels" CASCADE;
  DROP TABLE "visitor_pass_uses" CASCADE;
  DROP TABLE "visitor_pass_uses_rels" CASCADE;
  DROP TABLE "work_permits_workers" CASCADE;
  DROP TABLE "work_permits" CASCADE;
  DROP TABLE "work_permits_rels" CASCADE;
  DROP TABLE "_work_permits_v_version_workers" CASCADE;
  DROP TABLE "_work_permits_v" CASCADE;
  DROP TABLE "_work_permits_v_rels" CASCADE;
  DROP TABLE "permit_photos" CASCADE;
  ALTER TABLE "users" DROP CONSTRAINT "users_on_duty_at_id_estates_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_visitor_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_visitor_passes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_visitor_pass_uses_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_work_permits_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_permit_photos_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendNotification', 'remindUnclaimedMail', 'closeUnansweredComplaints');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendNotification', 'remindUnclaimedMail', 'closeUnansweredComplaints');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "users_on_duty_at_idx";
  DROP INDEX "payload_locked_documents_rels_visitor_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_visitor_passes_id_idx";
  DROP INDEX "payload_locked_documents_rels_visitor_pass_uses_id_idx";
  DROP INDEX "payload_locked_documents_rels_work_permits_id_idx";
  DROP INDEX "payload_locked_documents_rels_permit_photos_id_idx";
  ALTER TABLE "estate_settings" DROP COLUMN "visitor_response_seconds";
  ALTER TABLE "estate_settings" DROP COLUMN "visitor_report_hour";
  ALTER TABLE "estate_settings" DROP COLUMN "permit_minutes";
  ALTER TABLE "estate_settings" DROP COLUMN "permit_warn_minutes";
  ALTER TABLE "_estate_settings_v" DROP COLUMN "version_visitor_response_seconds";
  ALTER TABLE "_estate_settings_v" DROP COLUMN "version_visitor_report_hour";
  ALTER TABLE "_estate_settings_v" DROP COLUMN "version_permit_minutes";
  ALTER TABLE "_estate_settings_v" DROP COLUMN "version_permit_warn_minutes";
  ALTER TABLE "users" DROP COLUMN "on_duty_at_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "visitor_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "visitor_passes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "visitor_pass_uses_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "work_permits_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "permit_photos_id";
  DROP TYPE "public"."enum_visitor_requests_host_department";
  DROP TYPE "public"."enum_visitor_requests_status";
  DROP TYPE "public"."enum_visitor_requests_confirmed_how";
  DROP TYPE "public"."enum__visitor_requests_v_version_host_department";
  DROP TYPE "public"."enum__visitor_requests_v_version_status";
  DROP TYPE "public"."enum__visitor_requests_v_version_confirmed_how";
  DROP TYPE "public"."enum_visitor_passes_status";
  DROP TYPE "public"."enum__visitor_passes_v_version_status";
  DROP TYPE "public"."enum_visitor_pass_uses_place";
  DROP TYPE "public"."enum_work_permits_department";
  DROP TYPE "public"."enum_work_permits_step";
  DROP TYPE "public"."enum__work_permits_v_version_department";
  DROP TYPE "public"."enum__work_permits_v_version_step";`)
}
