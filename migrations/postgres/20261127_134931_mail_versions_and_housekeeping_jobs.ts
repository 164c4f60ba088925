import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'purgeOrphanUploads';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'followSubscriptionCalendar';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'purgeOrphanUploads';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'followSubscriptionCalendar';
  ALTER TABLE "_mail_items_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_mail_items_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "_mail_items_v" CASCADE;
  DROP TABLE "_mail_items_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mail_items_fk";
  
  DROP INDEX "version_estate_version_status_version_createdAt_1_idx";
  DROP INDEX "version_estate_version_status_version_createdAt_2_idx";
  DROP INDEX "version_estate_version_status_version_createdAt_3_idx";
  DROP INDEX "payload_locked_documents_rels_mail_items_id_idx";
  CREATE INDEX "version_estate_version_status_version_createdAt_idx" ON "_complaints_v" USING btree ("version_estate_id","version_status","version_created_at");
  CREATE INDEX "version_estate_version_status_version_createdAt_1_idx" ON "_maintenance_notices_v" USING btree ("version_estate_id","version_status","version_created_at");
  CREATE INDEX "version_estate_version_status_version_createdAt_2_idx" ON "_visitor_requests_v" USING btree ("version_estate_id","version_status","version_created_at");
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mail_items_id";
  DROP TYPE "public"."enum__mail_items_v_version_kind";
  DROP TYPE "public"."enum__mail_items_v_version_status";
  DROP TYPE "public"."enum__mail_items_v_version_pickedupat_tz";
  DROP TYPE "public"."enum__mail_items_v_version_pickup_place";
  DROP TYPE "public"."enum__mail_items_v_version_returnedat_tz";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum__mail_items_v_version_kind" AS ENUM('letter', 'registered', 'parcel');
  CREATE TYPE "public"."enum__mail_items_v_version_status" AS ENUM('waiting', 'picked-up', 'returned');
  CREATE TYPE "public"."enum__mail_items_v_version_pickedupat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum__mail_items_v_version_pickup_place" AS ENUM('kiosk', 'desk');
  CREATE TYPE "public"."enum__mail_items_v_version_returnedat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TABLE "_mail_items_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_batch_id" integer NOT NULL,
  	"version_household_id" integer NOT NULL,
  	"version_member_id" integer,
  	"version_addressee" varchar,
  	"version_kind" "enum__mail_items_v_version_kind" DEFAULT 'letter' NOT NULL,
  	"version_tracking_number" varchar,
  	"version_location" varchar,
  	"version_photo_id" integer,
  	"version_status" "enum__mail_items_v_version_status" DEFAULT 'waiting',
  	"version_pickup_code" varchar,
  	"version_picked_up_at" timestamp(3) with time zone,
  	"version_pickedupat_tz" "enum__mail_items_v_version_pickedupat_tz" DEFAULT 'Asia/Shanghai',
  	"version_picked_up_by" varchar,
  	"version_delegate_id" integer,
  	"version_pickup_signature_id" integer,
  	"version_pickup_place" "enum__mail_items_v_version_pickup_place",
  	"version_pickup_kiosk_id" integer,
  	"version_pickup_witness_id" integer,
  	"version_return_reason" varchar,
  	"version_returned_at" timestamp(3) with time zone,
  	"version_returnedat_tz" "enum__mail_items_v_version_returnedat_tz" DEFAULT 'Asia/Shanghai',
  	"version_reminded_at" timestamp(3) with time zone,
  	"version_reminders" numeric DEFAULT 0,
  	"version_pickup_key" varchar,
  	"version_estate_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_mail_items_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendNotification', 'remindUnclaimedMail', 'closeUnansweredComplaints', 'alertComplaintDeadlines', 'escalateWaitingVisitors', 'alertPermitDeadlines', 'reportVisitorsInside');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendNotification', 'remindUnclaimedMail', 'closeUnansweredComplaints', 'alertComplaintDeadlines', 'escalateWaitingVisitors', 'alertPermitDeadlines', 'reportVisitorsInside');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "version_estate_version_status_version_createdAt_idx";
  DROP INDEX "version_estate_version_status_version_createdAt_1_idx";
  DROP INDEX "version_estate_version_status_version_createdAt_2_idx";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mail_items_id" integer;
  ALTER TABLE "_mail_items_v" ADD CONSTRAINT "_mail_items_v_parent_id_mail_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."mail_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mail_items_v" ADD CONSTRAINT "_mail_items_v_version_batch_id_mail_batches_id_fk" FOREIGN KEY ("version_batch_id") REFERENCES "public"."mail_batches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mail_items_v" ADD CONSTRAINT "_mail_items_v_version_household_id_households_id_fk" FOREIGN KEY ("version_household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mail_items_v" ADD CONSTRAINT "_mail_items_v_version_member_id_members_id_fk" FOREIGN KEY ("version_member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mail_items_v" ADD CONSTRAINT "_mail_items_v_version_photo_id_mail_photos_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."mail_photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mail_items_v" ADD CONSTRAINT "_mail_items_v_version_delegate_id_mail_authorisations_id_fk" FOREIGN KEY ("version_delegate_id") REFERENCES "public"."mail_authorisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mail_items_v" ADD CONSTRAINT "_mail_items_v_version_pickup_signature_id_signatures_id_fk" FOREIGN KEY ("version_pickup_signature_id") REFERENCES "public"."signatures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mail_items_v" ADD CONSTRAINT "_mail_items_v_version_pickup_kiosk_id_kiosks_id_fk" FOREIGN KEY ("version_pickup_kiosk_id") REFERENCES "public"."kiosks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mail_items_v" ADD CONSTRAINT "_mail_items_v_version_pickup_witness_id_users_id_fk" FOREIGN KEY ("version_pickup_witness_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mail_items_v" ADD CONSTRAINT "_mail_items_v_version_estate_id_estates_id_fk" FOREIGN KEY ("version_estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mail_items_v_rels" ADD CONSTRAINT "_mail_items_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_mail_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mail_items_v_rels" ADD CONSTRAINT "_mail_items_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mail_items_v_rels" ADD CONSTRAINT "_mail_items_v_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mail_items_v_rels" ADD CONSTRAINT "_mail_items_v_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "_mail_items_v_parent_idx" ON "_mail_items_v" USING btree ("parent_id");
  CREATE INDEX "_mail_items_v_version_version_batch_idx" ON "_mail_items_v" USING btree ("version_batch_id");
  CREATE INDEX "_mail_items_v_version_version_household_idx" ON "_mail_items_v" USING btree ("version_household_id");
  CREATE INDEX "_mail_items_v_version_version_member_idx" ON "_mail_items_v" USING btree ("version_member_id");
  CREATE INDEX "_mail_items_v_version_version_photo_idx" ON "_mail_items_v" USING btree ("version_photo_id");
  CREATE INDEX "_mail_items_v_version_version_delegate_idx" ON "_mail_items_v" USING btree ("version_delegate_id");
  CREATE INDEX "_mail_items_v_version_version_pickup_signature_idx" ON "_mail_items_v" USING btree ("version_pickup_signature_id");
  CREATE INDEX "_mail_items_v_version_version_pickup_kiosk_idx" ON "_mail_items_v" USING btree ("version_pickup_kiosk_id");
  CREATE INDEX "_mail_items_v_version_version_pickup_witness_idx" ON "_mail_items_v" USING btree ("version_pickup_witness_id");
  CREATE INDEX "_mail_items_v_version_version_pickup_key_idx" ON "_mail_items_v" USING btree ("version_pickup_key");
  CREATE INDEX "_mail_items_v_version_version_estate_idx" ON "_mail_items_v" USING btree ("version_estate_id");
  CREATE INDEX "_mail_items_v_version_version_updated_at_idx" ON "_mail_items_v" USING btree ("version_updated_at");
  CREATE INDEX "_mail_items_v_version_version_created_at_idx" ON "_mail_items_v" USING btree ("version_created_at");
  CREATE INDEX "_mail_items_v_created_at_idx" ON "_mail_items_v" USING btree ("created_at");
  CREATE INDEX "_mail_items_v_updated_at_idx" ON "_mail_items_v" USING btree ("updated_at");
  CREATE INDEX "version_estate_version_pickupCode_idx" ON "_mail_items_v" USING btree ("version_estate_id","version_pickup_code");
  CREATE INDEX "version_household_version_status_idx" ON "_mail_items_v" USING btree ("version_household_id","version_status");
  CREATE INDEX "version_estate_version_status_version_createdAt_idx" ON "_mail_items_v" USING btree ("version_estate_id","version_status","version_created_at");
  CREATE INDEX "version_batch_version_status_idx" ON "_mail_items_v" USING btree ("version_batch_id","version_status");
  CREATE INDEX "_mail_items_v_rels_order_idx" ON "_mail_items_v_rels" USING btree ("order");
  CREATE INDEX "_mail_items_v_rels_parent_idx" ON "_mail_items_v_rels" USING btree ("parent_id");
  CREATE INDEX "_mail_items_v_rels_path_idx" ON "_mail_items_v_rels" USING btree ("path");
  CREATE INDEX "_mail_items_v_rels_users_id_idx" ON "_mail_items_v_rels" USING btree ("users_id");
  CREATE INDEX "_mail_items_v_rels_residents_id_idx" ON "_mail_items_v_rels" USING btree ("residents_id");
  CREATE INDEX "_mail_items_v_rels_kiosks_id_idx" ON "_mail_items_v_rels" USING btree ("kiosks_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mail_items_fk" FOREIGN KEY ("mail_items_id") REFERENCES "public"."mail_items"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "version_estate_version_status_version_createdAt_1_idx" ON "_complaints_v" USING btree ("version_estate_id","version_status","version_created_at");
  CREATE INDEX "version_estate_version_status_version_createdAt_2_idx" ON "_maintenance_notices_v" USING btree ("version_estate_id","version_status","version_created_at");
  CREATE INDEX "version_estate_version_status_version_createdAt_3_idx" ON "_visitor_requests_v" USING btree ("version_estate_id","version_status","version_created_at");
  CREATE INDEX "payload_locked_documents_rels_mail_items_id_idx" ON "payload_locked_documents_rels" USING btree ("mail_items_id");`)
}
