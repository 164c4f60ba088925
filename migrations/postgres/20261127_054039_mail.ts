import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_mail_batches_source" AS ENUM('post-office', 'courier');
  CREATE TYPE "public"."enum_mail_batches_status" AS ENUM('handed-over', 'accepted');
  CREATE TYPE "public"."enum_mail_batches_acceptedat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum__mail_batches_v_version_source" AS ENUM('post-office', 'courier');
  CREATE TYPE "public"."enum__mail_batches_v_version_status" AS ENUM('handed-over', 'accepted');
  CREATE TYPE "public"."enum__mail_batches_v_version_acceptedat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum_mail_items_kind" AS ENUM('letter', 'registered', 'parcel');
  CREATE TYPE "public"."enum_mail_items_status" AS ENUM('waiting', 'picked-up', 'returned');
  CREATE TYPE "public"."enum_mail_items_pickedupat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum_mail_items_pickup_place" AS ENUM('kiosk', 'desk');
  CREATE TYPE "public"."enum_mail_items_returnedat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum__mail_items_v_version_kind" AS ENUM('letter', 'registered', 'parcel');
  CREATE TYPE "public"."enum__mail_items_v_version_status" AS ENUM('waiting', 'picked-up', 'returned');
  CREATE TYPE "public"."enum__mail_items_v_version_pickedupat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum__mail_items_v_version_pickup_place" AS ENUM('kiosk', 'desk');
  CREATE TYPE "public"."enum__mail_items_v_version_returnedat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'remindUnclaimedMail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'remindUnclaimedMail';
  CREATE TABLE "mail_batches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"source" "enum_mail_batches_source" NOT NULL,
  	"courier_name" varchar,
  	"declared_count" numeric NOT NULL,
  	"status" "enum_mail_batches_status" DEFAULT 'handed-over',
  	"counted_count" numeric,
  	"count_mismatch" boolean,
  	"discrepancy_note" varchar,
  	"cs_signature_id" integer,
  	"accepted_by_id" integer,
  	"accepted_at" timestamp(3) with time zone,
  	"acceptedat_tz" "enum_mail_batches_acceptedat_tz" DEFAULT 'Asia/Shanghai',
  	"estate_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "mail_batches_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "_mail_batches_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_label" varchar,
  	"version_source" "enum__mail_batches_v_version_source" NOT NULL,
  	"version_courier_name" varchar,
  	"version_declared_count" numeric NOT NULL,
  	"version_status" "enum__mail_batches_v_version_status" DEFAULT 'handed-over',
  	"version_counted_count" numeric,
  	"version_count_mismatch" boolean,
  	"version_discrepancy_note" varchar,
  	"version_cs_signature_id" integer,
  	"version_accepted_by_id" integer,
  	"version_accepted_at" timestamp(3) with time zone,
  	"version_acceptedat_tz" "enum__mail_batches_v_version_acceptedat_tz" DEFAULT 'Asia/Shanghai',
  	"version_estate_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_mail_batches_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "mail_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"batch_id" integer NOT NULL,
  	"household_id" integer NOT NULL,
  	"member_id" integer,
  	"addressee" varchar,
  	"kind" "enum_mail_items_kind" DEFAULT 'letter' NOT NULL,
  	"tracking_number" varchar,
  	"location" varchar,
  	"photo_id" integer,
  	"status" "enum_mail_items_status" DEFAULT 'waiting',
  	"pickup_code" varchar,
  	"picked_up_at" timestamp(3) with time zone,
  	"pickedupat_tz" "enum_mail_items_pickedupat_tz" DEFAULT 'Asia/Shanghai',
  	"picked_up_by" varchar,
  	"delegate_id" integer,
  	"pickup_signature_id" integer,
  	"pickup_place" "enum_mail_items_pickup_place",
  	"pickup_kiosk_id" integer,
  	"pickup_witness_id" integer,
  	"return_reason" varchar,
  	"returned_at" timestamp(3) with time zone,
  	"returnedat_tz" "enum_mail_items_returnedat_tz" DEFAULT 'Asia/Shanghai',
  	"reminded_at" timestamp(3) with time zone,
  	"reminders" numeric DEFAULT 0,
  	"pickup_key" varchar,
  	"estate_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "mail_items_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
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
  
  CREATE TABLE "mail_photos" (
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
  
  CREATE TABLE "mail_authorisations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"household_id" integer,
  	"member_id" integer NOT NULL,
  	"delegate_name" varchar NOT NULL,
  	"valid_until" timestamp(3) with time zone NOT NULL,
  	"revoked" boolean DEFAULT false,
  	"revoked_at" timestamp(3) with time zone,
  	"estate_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "mail_authorisations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "_mail_authorisations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_household_id" integer,
  	"version_member_id" integer NOT NULL,
  	"version_delegate_name" varchar NOT NULL,
  	"version_valid_until" timestamp(3) with time zone NOT NULL,
  	"version_revoked" boolean DEFAULT false,
  	"version_revoked_at" timestamp(3) with time zone,
  	"version_estate_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_mail_authorisations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "mail_holds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"household_id" integer,
  	"from" timestamp(3) with time zone,
  	"until" timestamp(3) with time zone NOT NULL,
  	"note" varchar,
  	"estate_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "mail_holds_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "mail_item_claims" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item" varchar NOT NULL,
  	"pickup" varchar NOT NULL,
  	"claimed_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "signatures" ALTER COLUMN "household_id" DROP NOT NULL;
  ALTER TABLE "estate_settings" ADD COLUMN "mail_reminder_days" numeric DEFAULT 3 NOT NULL;
  ALTER TABLE "_estate_settings_v" ADD COLUMN "version_mail_reminder_days" numeric DEFAULT 3 NOT NULL;
  ALTER TABLE "notifications" ADD COLUMN "qr_code" varchar;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mail_batches_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mail_items_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mail_photos_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mail_authorisations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mail_holds_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mail_item_claims_id" integer;
  ALTER TABLE "mail_batches" ADD CONSTRAINT "mail_batches_cs_signature_id_signatures_id_fk" FOREIGN KEY ("cs_signature_id") REFERENCES "public"."signatures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_batches" ADD CONSTRAINT "mail_batches_accepted_by_id_users_id_fk" FOREIGN KEY ("accepted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_batches" ADD CONSTRAINT "mail_batches_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_batches_rels" ADD CONSTRAINT "mail_batches_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."mail_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_batches_rels" ADD CONSTRAINT "mail_batches_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_batches_rels" ADD CONSTRAINT "mail_batches_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_batches_rels" ADD CONSTRAINT "mail_batches_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mail_batches_v" ADD CONSTRAINT "_mail_batches_v_parent_id_mail_batches_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."mail_batches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mail_batches_v" ADD CONSTRAINT "_mail_batches_v_version_cs_signature_id_signatures_id_fk" FOREIGN KEY ("version_cs_signature_id") REFERENCES "public"."signatures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mail_batches_v" ADD CONSTRAINT "_mail_batches_v_version_accepted_by_id_users_id_fk" FOREIGN KEY ("version_accepted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mail_batches_v" ADD CONSTRAINT "_mail_batches_v_version_estate_id_estates_id_fk" FOREIGN KEY ("version_estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mail_batches_v_rels" ADD CONSTRAINT "_mail_batches_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_mail_batches_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mail_batches_v_rels" ADD CONSTRAINT "_mail_batches_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mail_batches_v_rels" ADD CONSTRAINT "_mail_batches_v_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mail_batches_v_rels" ADD CONSTRAINT "_mail_batches_v_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_items" ADD CONSTRAINT "mail_items_batch_id_mail_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."mail_batches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_items" ADD CONSTRAINT "mail_items_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_items" ADD CONSTRAINT "mail_items_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_items" ADD CONSTRAINT "mail_items_photo_id_mail_photos_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."mail_photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_items" ADD CONSTRAINT "mail_items_delegate_id_mail_authorisations_id_fk" FOREIGN KEY ("delegate_id") REFERENCES "public"."mail_authorisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_items" ADD CONSTRAINT "mail_items_pickup_signature_id_signatures_id_fk" FOREIGN KEY ("pickup_signature_id") REFERENCES "public"."signatures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_items" ADD CONSTRAINT "mail_items_pickup_kiosk_id_kiosks_id_fk" FOREIGN KEY ("pickup_kiosk_id") REFERENCES "public"."kiosks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_items" ADD CONSTRAINT "mail_items_pickup_witness_id_users_id_fk" FOREIGN KEY ("pickup_witness_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_items" ADD CONSTRAINT "mail_items_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_items_rels" ADD CONSTRAINT "mail_items_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."mail_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_items_rels" ADD CONSTRAINT "mail_items_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_items_rels" ADD CONSTRAINT "mail_items_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_items_rels" ADD CONSTRAINT "mail_items_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
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
  ALTER TABLE "mail_photos" ADD CONSTRAINT "mail_photos_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_authorisations" ADD CONSTRAINT "mail_authorisations_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_authorisations" ADD CONSTRAINT "mail_authorisations_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_authorisations" ADD CONSTRAINT "mail_authorisations_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_authorisations_rels" ADD CONSTRAINT "mail_authorisations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."mail_authorisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_authorisations_rels" ADD CONSTRAINT "mail_authorisations_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_authorisations_rels" ADD CONSTRAINT "mail_authorisations_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_authorisations_rels" ADD CONSTRAINT "mail_authorisations_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mail_authorisations_v" ADD CONSTRAINT "_mail_authorisations_v_parent_id_mail_authorisations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."mail_authorisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mail_authorisations_v" ADD CONSTRAINT "_mail_authorisations_v_version_household_id_households_id_fk" FOREIGN KEY ("version_household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mail_authorisations_v" ADD CONSTRAINT "_mail_authorisations_v_version_member_id_members_id_fk" FOREIGN KEY ("version_member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mail_authorisations_v" ADD CONSTRAINT "_mail_authorisations_v_version_estate_id_estates_id_fk" FOREIGN KEY ("version_estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_mail_authorisations_v_rels" ADD CONSTRAINT "_mail_authorisations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_mail_authorisations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mail_authorisations_v_rels" ADD CONSTRAINT "_mail_authorisations_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mail_authorisations_v_rels" ADD CONSTRAINT "_mail_authorisations_v_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_mail_authorisations_v_rels" ADD CONSTRAINT "_mail_authorisations_v_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_holds" ADD CONSTRAINT "mail_holds_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_holds" ADD CONSTRAINT "mail_holds_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_holds_rels" ADD CONSTRAINT "mail_holds_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."mail_holds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_holds_rels" ADD CONSTRAINT "mail_holds_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_holds_rels" ADD CONSTRAINT "mail_holds_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_holds_rels" ADD CONSTRAINT "mail_holds_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "mail_batches_status_idx" ON "mail_batches" USING btree ("status");
  CREATE INDEX "mail_batches_cs_signature_idx" ON "mail_batches" USING btree ("cs_signature_id");
  CREATE INDEX "mail_batches_accepted_by_idx" ON "mail_batches" USING btree ("accepted_by_id");
  CREATE INDEX "mail_batches_estate_idx" ON "mail_batches" USING btree ("estate_id");
  CREATE INDEX "mail_batches_updated_at_idx" ON "mail_batches" USING btree ("updated_at");
  CREATE INDEX "mail_batches_created_at_idx" ON "mail_batches" USING btree ("created_at");
  CREATE INDEX "estate_createdAt_idx" ON "mail_batches" USING btree ("estate_id","created_at");
  CREATE INDEX "mail_batches_rels_order_idx" ON "mail_batches_rels" USING btree ("order");
  CREATE INDEX "mail_batches_rels_parent_idx" ON "mail_batches_rels" USING btree ("parent_id");
  CREATE INDEX "mail_batches_rels_path_idx" ON "mail_batches_rels" USING btree ("path");
  CREATE INDEX "mail_batches_rels_users_id_idx" ON "mail_batches_rels" USING btree ("users_id");
  CREATE INDEX "mail_batches_rels_residents_id_idx" ON "mail_batches_rels" USING btree ("residents_id");
  CREATE INDEX "mail_batches_rels_kiosks_id_idx" ON "mail_batches_rels" USING btree ("kiosks_id");
  CREATE INDEX "_mail_batches_v_parent_idx" ON "_mail_batches_v" USING btree ("parent_id");
  CREATE INDEX "_mail_batches_v_version_version_status_idx" ON "_mail_batches_v" USING btree ("version_status");
  CREATE INDEX "_mail_batches_v_version_version_cs_signature_idx" ON "_mail_batches_v" USING btree ("version_cs_signature_id");
  CREATE INDEX "_mail_batches_v_version_version_accepted_by_idx" ON "_mail_batches_v" USING btree ("version_accepted_by_id");
  CREATE INDEX "_mail_batches_v_version_version_estate_idx" ON "_mail_batches_v" USING btree ("version_estate_id");
  CREATE INDEX "_mail_batches_v_version_version_updated_at_idx" ON "_mail_batches_v" USING btree ("version_updated_at");
  CREATE INDEX "_mail_batches_v_version_version_created_at_idx" ON "_mail_batches_v" USING btree ("version_created_at");
  CREATE INDEX "_mail_batches_v_created_at_idx" ON "_mail_batches_v" USING btree ("created_at");
  CREATE INDEX "_mail_batches_v_updated_at_idx" ON "_mail_batches_v" USING btree ("updated_at");
  CREATE INDEX "version_estate_version_createdAt_idx" ON "_mail_batches_v" USING btree ("version_estate_id","version_created_at");
  CREATE INDEX "_mail_batches_v_rels_order_idx" ON "_mail_batches_v_rels" USING btree ("order");
  CREATE INDEX "_mail_batches_v_rels_parent_idx" ON "_mail_batches_v_rels" USING btree ("parent_id");
  CREATE INDEX "_mail_batches_v_rels_path_idx" ON "_mail_batches_v_rels" USING btree ("path");
  CREATE INDEX "_mail_batches_v_rels_users_id_idx" ON "_mail_batches_v_rels" USING btree ("users_id");
  CREATE INDEX "_mail_batches_v_rels_residents_id_idx" ON "_mail_batches_v_rels" USING btree ("residents_id");
  CREATE INDEX "_mail_batches_v_rels_kiosks_id_idx" ON "_mail_batches_v_rels" USING btree ("kiosks_id");
  CREATE INDEX "mail_items_batch_idx" ON "mail_items" USING btree ("batch_id");
  CREATE INDEX "mail_items_household_idx" ON "mail_items" USING btree ("household_id");
  CREATE INDEX "mail_items_member_idx" ON "mail_items" USING btree ("member_id");
  CREATE INDEX "mail_items_photo_idx" ON "mail_items" USING btree ("photo_id");
  CREATE INDEX "mail_items_delegate_idx" ON "mail_items" USING btree ("delegate_id");
  CREATE INDEX "mail_items_pickup_signature_idx" ON "mail_items" USING btree ("pickup_signature_id");
  CREATE INDEX "mail_items_pickup_kiosk_idx" ON "mail_items" USING btree ("pickup_kiosk_id");
  CREATE INDEX "mail_items_pickup_witness_idx" ON "mail_items" USING btree ("pickup_witness_id");
  CREATE INDEX "mail_items_pickup_key_idx" ON "mail_items" USING btree ("pickup_key");
  CREATE INDEX "mail_items_estate_idx" ON "mail_items" USING btree ("estate_id");
  CREATE INDEX "mail_items_updated_at_idx" ON "mail_items" USING btree ("updated_at");
  CREATE INDEX "mail_items_created_at_idx" ON "mail_items" USING btree ("created_at");
  CREATE INDEX "estate_pickupCode_idx" ON "mail_items" USING btree ("estate_id","pickup_code");
  CREATE INDEX "household_status_idx" ON "mail_items" USING btree ("household_id","status");
  CREATE INDEX "estate_status_createdAt_idx" ON "mail_items" USING btree ("estate_id","status","created_at");
  CREATE INDEX "batch_status_idx" ON "mail_items" USING btree ("batch_id","status");
  CREATE INDEX "mail_items_rels_order_idx" ON "mail_items_rels" USING btree ("order");
  CREATE INDEX "mail_items_rels_parent_idx" ON "mail_items_rels" USING btree ("parent_id");
  CREATE INDEX "mail_items_rels_path_idx" ON "mail_items_rels" USING btree ("path");
  CREATE INDEX "mail_items_rels_users_id_idx" ON "mail_items_rels" USING btree ("users_id");
  CREATE INDEX "mail_items_rels_residents_id_idx" ON "mail_items_rels" USING btree ("residents_id");
  CREATE INDEX "mail_items_rels_kiosks_id_idx" ON "mail_items_rels" USING btree ("kiosks_id");
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
  CREATE INDEX "mail_photos_estate_idx" ON "mail_photos" USING btree ("estate_id");
  CREATE INDEX "mail_photos_updated_at_idx" ON "mail_photos" USING btree ("updated_at");
  CREATE INDEX "mail_photos_created_at_idx" ON "mail_photos" USING btree ("created_at");
  CREATE UNIQUE INDEX "mail_photos_filename_idx" ON "mail_photos" USING btree ("filename");
  CREATE INDEX "mail_authorisations_household_idx" ON "mail_authorisations" USING btree ("household_id");
  CREATE INDEX "mail_authorisations_member_idx" ON "mail_authorisations" USING btree ("member_id");
  CREATE INDEX "mail_authorisations_estate_idx" ON "mail_authorisations" USING btree ("estate_id");
  CREATE INDEX "mail_authorisations_updated_at_idx" ON "mail_authorisations" USING btree ("updated_at");
  CREATE INDEX "mail_authorisations_created_at_idx" ON "mail_authorisations" USING btree ("created_at");
  CREATE INDEX "household_member_idx" ON "mail_authorisations" USING btree ("household_id","member_id");
  CREATE INDEX "mail_authorisations_rels_order_idx" ON "mail_authorisations_rels" USING btree ("order");
  CREATE INDEX "mail_authorisations_rels_parent_idx" ON "mail_authorisations_rels" USING btree ("parent_id");
  CREATE INDEX "mail_authorisations_rels_path_idx" ON "mail_authorisations_rels" USING btree ("path");
  CREATE INDEX "mail_authorisations_rels_users_id_idx" ON "mail_authorisations_rels" USING btree ("users_id");
  CREATE INDEX "mail_authorisations_rels_residents_id_idx" ON "mail_authorisations_rels" USING btree ("residents_id");
  CREATE INDEX "mail_authorisations_rels_kiosks_id_idx" ON "mail_authorisations_rels" USING btree ("kiosks_id");
  CREATE INDEX "_mail_authorisations_v_parent_idx" ON "_mail_authorisations_v" USING btree ("parent_id");
  CREATE INDEX "_mail_authorisations_v_version_version_household_idx" ON "_mail_authorisations_v" USING btree ("version_household_id");
  CREATE INDEX "_mail_authorisations_v_version_version_member_idx" ON "_mail_authorisations_v" USING btree ("version_member_id");
  CREATE INDEX "_mail_authorisations_v_version_version_estate_idx" ON "_mail_authorisations_v" USING btree ("version_estate_id");
  CREATE INDEX "_mail_authorisations_v_version_version_updated_at_idx" ON "_mail_authorisations_v" USING btree ("version_updated_at");
  CREATE INDEX "_mail_authorisations_v_version_version_created_at_idx" ON "_mail_authorisations_v" USING btree ("version_created_at");
  CREATE INDEX "_mail_authorisations_v_created_at_idx" ON "_mail_authorisations_v" USING btree ("created_at");
  CREATE INDEX "_mail_authorisations_v_updated_at_idx" ON "_mail_authorisations_v" USING btree ("updated_at");
  CREATE INDEX "version_household_version_member_idx" ON "_mail_authorisations_v" USING btree ("version_household_id","version_member_id");
  CREATE INDEX "_mail_authorisations_v_rels_order_idx" ON "_mail_authorisations_v_rels" USING btree ("order");
  CREATE INDEX "_mail_authorisations_v_rels_parent_idx" ON "_mail_authorisations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_mail_authorisations_v_rels_path_idx" ON "_mail_authorisations_v_rels" USING btree ("path");
  CREATE INDEX "_mail_authorisations_v_rels_users_id_idx" ON "_mail_authorisations_v_rels" USING btree ("users_id");
  CREATE INDEX "_mail_authorisations_v_rels_residents_id_idx" ON "_mail_authorisations_v_rels" USING btree ("residents_id");
  CREATE INDEX "_mail_authorisations_v_rels_kiosks_id_idx" ON "_mail_authorisations_v_rels" USING btree ("kiosks_id");
  CREATE INDEX "mail_holds_household_idx" ON "mail_holds" USING btree ("household_id");
  CREATE INDEX "mail_holds_estate_idx" ON "mail_holds" USING btree ("estate_id");
  CREATE INDEX "mail_holds_updated_at_idx" ON "mail_holds" USING btree ("updated_at");
  CREATE INDEX "mail_holds_created_at_idx" ON "mail_holds" USING btree ("created_at");
  CREATE INDEX "household_until_idx" ON "mail_holds" USING btree ("household_id","until");
  CREATE INDEX "mail_holds_rels_order_idx" ON "mail_holds_rels" USING btree ("order");
  CREATE INDEX "mail_holds_rels_parent_idx" ON "mail_holds_rels" USING btree ("parent_id");
  CREATE INDEX "mail_holds_rels_path_idx" ON "mail_holds_rels" USING btree ("path");
  CREATE INDEX "mail_holds_rels_users_id_idx" ON "mail_holds_rels" USING btree ("users_id");
  CREATE INDEX "mail_holds_rels_residents_id_idx" ON "mail_holds_rels" USING btree ("residents_id");
  CREATE INDEX "mail_holds_rels_kiosks_id_idx" ON "mail_holds_rels" USING btree ("kiosks_id");
  CREATE UNIQUE INDEX "mail_item_claims_item_idx" ON "mail_item_claims" USING btree ("item");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mail_batches_fk" FOREIGN KEY ("mail_batches_id") REFERENCES "public"."mail_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mail_items_fk" FOREIGN KEY ("mail_items_id") REFERENCES "public"."mail_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mail_photos_fk" FOREIGN KEY ("mail_photos_id") REFERENCES "public"."mail_photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mail_authorisations_fk" FOREIGN KEY ("mail_authorisations_id") REFERENCES "public"."mail_authorisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mail_holds_fk" FOREIGN KEY ("mail_holds_id") REFERENCES "public"."mail_holds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mail_item_claims_fk" FOREIGN KEY ("mail_item_claims_id") REFERENCES "public"."mail_item_claims"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_mail_batches_id_idx" ON "payload_locked_documents_rels" USING btree ("mail_batches_id");
  CREATE INDEX "payload_locked_documents_rels_mail_items_id_idx" ON "payload_locked_documents_rels" USING btree ("mail_items_id");
  CREATE INDEX "payload_locked_documents_rels_mail_photos_id_idx" ON "payload_locked_documents_rels" USING btree ("mail_photos_id");
  CREATE INDEX "payload_locked_documents_rels_mail_authorisations_id_idx" ON "payload_locked_documents_rels" USING btree ("mail_authorisations_id");
  CREATE INDEX "payload_locked_documents_rels_mail_holds_id_idx" ON "payload_locked_documents_rels" USING btree ("mail_holds_id");
  CREATE INDEX "payload_locked_documents_rels_mail_item_claims_id_idx" ON "payload_locked_documents_rels" USING btree ("mail_item_claims_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "mail_batches" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mail_batches_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_mail_batches_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_mail_batches_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mail_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mail_items_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_mail_items_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_mail_items_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mail_photos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mail_authorisations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mail_authorisations_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_mail_authorisations_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_mail_authorisations_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mail_holds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mail_holds_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mail_item_claims" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "mail_batches" CASCADE;
  DROP TABLE "mail_batches_rels" CASCADE;
  DROP TABLE "_mail_batches_v" CASCADE;
  DROP TABLE "_mail_batches_v_rels" CASCADE;
  DROP TABLE "mail_items" CASCADE;
  DROP TABLE "mail_items_rels" CASCADE;
  DROP TABLE "_mail_items_v" CASCADE;
  DROP TABLE "_mail_items_v_rels" CASCADE;
  DROP TABLE "mail_photos" CASCADE;
  DROP TABLE "mail_authorisations" CASCADE;
  DROP TABLE "mail_authorisations_rels" CASCADE;
  DROP TABLE "_mail_authorisations_v" CASCADE;
  DROP TABLE "_mail_authorisations_v_rels" CASCADE;
  DROP TABLE "mail_holds" CASCADE;
  DROP TABLE "mail_holds_rels" CASCADE;
  DROP TABLE "mail_item_claims" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mail_batches_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mail_items_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mail_photos_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mail_authorisations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mail_holds_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mail_item_claims_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendNotification');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendNotification');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_mail_batches_id_idx";
  DROP INDEX "payload_locked_documents_rels_mail_items_id_idx";
  DROP INDEX "payload_locked_documents_rels_mail_photos_id_idx";
  DROP INDEX "payload_locked_documents_rels_mail_authorisations_id_idx";
  DROP INDEX "payload_locked_documents_rels_mail_holds_id_idx";
  DROP INDEX "payload_locked_documents_rels_mail_item_claims_id_idx";
  ALTER TABLE "signatures" ALTER COLUMN "household_id" SET NOT NULL;
  ALTER TABLE "estate_settings" DROP COLUMN "mail_reminder_days";
  ALTER TABLE "_estate_settings_v" DROP COLUMN "version_mail_reminder_days";
  ALTER TABLE "notifications" DROP COLUMN "qr_code";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mail_batches_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mail_items_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mail_photos_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mail_authorisations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mail_holds_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mail_item_claims_id";
  DROP TYPE "public"."enum_mail_batches_source";
  DROP TYPE "public"."enum_mail_batches_status";
  DROP TYPE "public"."enum_mail_batches_acceptedat_tz";
  DROP TYPE "public"."enum__mail_batches_v_version_source";
  DROP TYPE "public"."enum__mail_batches_v_version_status";
  DROP TYPE "public"."enum__mail_batches_v_version_acceptedat_tz";
  DROP TYPE "public"."enum_mail_items_kind";
  DROP TYPE "public"."enum_mail_items_status";
  DROP TYPE "public"."enum_mail_items_pickedupat_tz";
  DROP TYPE "public"."enum_mail_items_pickup_place";
  DROP TYPE "public"."enum_mail_items_returnedat_tz";
  DROP TYPE "public"."enum__mail_items_v_version_kind";
  DROP TYPE "public"."enum__mail_items_v_version_status";
  DROP TYPE "public"."enum__mail_items_v_version_pickedupat_tz";
  DROP TYPE "public"."enum__mail_items_v_version_pickup_place";
  DROP TYPE "public"."enum__mail_items_v_version_returnedat_tz";`)
}
