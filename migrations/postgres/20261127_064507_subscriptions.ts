import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_publications_category" AS ENUM('newspaper', 'magazine', 'other');
  CREATE TYPE "public"."enum_publications_supplier" AS ENUM('post-office', 'cnpiec', 'other');
  CREATE TYPE "public"."enum__publications_v_version_category" AS ENUM('newspaper', 'magazine', 'other');
  CREATE TYPE "public"."enum__publications_v_version_supplier" AS ENUM('post-office', 'cnpiec', 'other');
  CREATE TYPE "public"."enum_subscriptions_channel" AS ENUM('phone', 'in-person', 'portal');
  CREATE TYPE "public"."enum_subscriptions_supplier" AS ENUM('post-office', 'cnpiec', 'other');
  CREATE TYPE "public"."enum_subscriptions_status" AS ENUM('requested', 'confirmed-by-supplier', 'signed', 'approved', 'refused', 'ordered', 'active', 'cancelled', 'ended');
  CREATE TYPE "public"."enum_subscriptions_supplierconfirmedat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum_subscriptions_lettersignedat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum_subscriptions_letter_signed_via" AS ENUM('portal', 'desk');
  CREATE TYPE "public"."enum_subscriptions_decidedat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum_subscriptions_quantityconfirmationsentat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum_subscriptions_orderedat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum_subscriptions_cancelledat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum_subscriptions_supplier_notified_by" AS ENUM('email', 'letter');
  CREATE TYPE "public"."enum_subscriptions_suppliernotifiedat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum_subscriptions_cancellationlettersentat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum__subscriptions_v_version_channel" AS ENUM('phone', 'in-person', 'portal');
  CREATE TYPE "public"."enum__subscriptions_v_version_supplier" AS ENUM('post-office', 'cnpiec', 'other');
  CREATE TYPE "public"."enum__subscriptions_v_version_status" AS ENUM('requested', 'confirmed-by-supplier', 'signed', 'approved', 'refused', 'ordered', 'active', 'cancelled', 'ended');
  CREATE TYPE "public"."enum__subscriptions_v_version_supplierconfirmedat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum__subscriptions_v_version_lettersignedat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum__subscriptions_v_version_letter_signed_via" AS ENUM('portal', 'desk');
  CREATE TYPE "public"."enum__subscriptions_v_version_decidedat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum__subscriptions_v_version_quantityconfirmationsentat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum__subscriptions_v_version_orderedat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum__subscriptions_v_version_cancelledat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum__subscriptions_v_version_supplier_notified_by" AS ENUM('email', 'letter');
  CREATE TYPE "public"."enum__subscriptions_v_version_suppliernotifiedat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum__subscriptions_v_version_cancellationlettersentat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TABLE "publications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"category" "enum_publications_category" DEFAULT 'newspaper' NOT NULL,
  	"monthly_price" numeric NOT NULL,
  	"supplier" "enum_publications_supplier" DEFAULT 'post-office' NOT NULL,
  	"supplier_name" varchar,
  	"supplier_email" varchar,
  	"available" boolean DEFAULT true,
  	"estate_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "publications_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "_publications_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar NOT NULL,
  	"version_category" "enum__publications_v_version_category" DEFAULT 'newspaper' NOT NULL,
  	"version_monthly_price" numeric NOT NULL,
  	"version_supplier" "enum__publications_v_version_supplier" DEFAULT 'post-office' NOT NULL,
  	"version_supplier_name" varchar,
  	"version_supplier_email" varchar,
  	"version_available" boolean DEFAULT true,
  	"version_estate_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_publications_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"summary" varchar,
  	"household_id" integer NOT NULL,
  	"publication_id" integer NOT NULL,
  	"channel" "enum_subscriptions_channel",
  	"months" numeric NOT NULL,
  	"start_date" timestamp(3) with time zone,
  	"monthly_fee" numeric,
  	"currency" varchar,
  	"end_date" timestamp(3) with time zone,
  	"supplier" "enum_subscriptions_supplier",
  	"status" "enum_subscriptions_status" DEFAULT 'requested',
  	"confirmed_monthly_price" numeric,
  	"supplier_contact" varchar,
  	"supplier_confirmed_by_id" integer,
  	"supplier_confirmed_at" timestamp(3) with time zone,
  	"supplierconfirmedat_tz" "enum_subscriptions_supplierconfirmedat_tz" DEFAULT 'Asia/Shanghai',
  	"letter_signature_id" integer,
  	"letter_signed_by_name" varchar,
  	"letter_signed_at" timestamp(3) with time zone,
  	"lettersignedat_tz" "enum_subscriptions_lettersignedat_tz" DEFAULT 'Asia/Shanghai',
  	"letter_signed_via" "enum_subscriptions_letter_signed_via",
  	"decision_note" varchar,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"decidedat_tz" "enum_subscriptions_decidedat_tz" DEFAULT 'Asia/Shanghai',
  	"order_reference" varchar,
  	"quantity" numeric DEFAULT 1,
  	"quantity_confirmation_sent_at" timestamp(3) with time zone,
  	"quantityconfirmationsentat_tz" "enum_subscriptions_quantityconfirmationsentat_tz" DEFAULT 'Asia/Shanghai',
  	"ordered_by_id" integer,
  	"ordered_at" timestamp(3) with time zone,
  	"orderedat_tz" "enum_subscriptions_orderedat_tz" DEFAULT 'Asia/Shanghai',
  	"cancellation_end_date" timestamp(3) with time zone,
  	"cancelled_at" timestamp(3) with time zone,
  	"cancelledat_tz" "enum_subscriptions_cancelledat_tz" DEFAULT 'Asia/Shanghai',
  	"cancellation_signature_id" integer,
  	"cancellation_signed_by_name" varchar,
  	"supplier_notified_by" "enum_subscriptions_supplier_notified_by",
  	"supplier_notice_id" integer,
  	"supplier_notified_at" timestamp(3) with time zone,
  	"suppliernotifiedat_tz" "enum_subscriptions_suppliernotifiedat_tz" DEFAULT 'Asia/Shanghai',
  	"cancellation_letter_sent_at" timestamp(3) with time zone,
  	"cancellationlettersentat_tz" "enum_subscriptions_cancellationlettersentat_tz" DEFAULT 'Asia/Shanghai',
  	"estate_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscriptions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "_subscriptions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_summary" varchar,
  	"version_household_id" integer NOT NULL,
  	"version_publication_id" integer NOT NULL,
  	"version_channel" "enum__subscriptions_v_version_channel",
  	"version_months" numeric NOT NULL,
  	"version_start_date" timestamp(3) with time zone,
  	"version_monthly_fee" numeric,
  	"version_currency" varchar,
  	"version_end_date" timestamp(3) with time zone,
  	"version_supplier" "enum__subscriptions_v_version_supplier",
  	"version_status" "enum__subscriptions_v_version_status" DEFAULT 'requested',
  	"version_confirmed_monthly_price" numeric,
  	"version_supplier_contact" varchar,
  	"version_supplier_confirmed_by_id" integer,
  	"version_supplier_confirmed_at" timestamp(3) with time zone,
  	"version_supplierconfirmedat_tz" "enum__subscriptions_v_version_supplierconfirmedat_tz" DEFAULT 'Asia/Shanghai',
  	"version_letter_signature_id" integer,
  	"version_letter_signed_by_name" varchar,
  	"version_letter_signed_at" timestamp(3) with time zone,
  	"version_lettersignedat_tz" "enum__subscriptions_v_version_lettersignedat_tz" DEFAULT 'Asia/Shanghai',
  	"version_letter_signed_via" "enum__subscriptions_v_version_letter_signed_via",
  	"version_decision_note" varchar,
  	"version_decided_by_id" integer,
  	"version_decided_at" timestamp(3) with time zone,
  	"version_decidedat_tz" "enum__subscriptions_v_version_decidedat_tz" DEFAULT 'Asia/Shanghai',
  	"version_order_reference" varchar,
  	"version_quantity" numeric DEFAULT 1,
  	"version_quantity_confirmation_sent_at" timestamp(3) with time zone,
  	"version_quantityconfirmationsentat_tz" "enum__subscriptions_v_version_quantityconfirmationsentat_tz" DEFAULT 'Asia/Shanghai',
  	"version_ordered_by_id" integer,
  	"version_ordered_at" timestamp(3) with time zone,
  	"version_orderedat_tz" "enum__subscriptions_v_version_orderedat_tz" DEFAULT 'Asia/Shanghai',
  	"version_cancellation_end_date" timestamp(3) with time zone,
  	"version_cancelled_at" timestamp(3) with time zone,
  	"version_cancelledat_tz" "enum__subscriptions_v_version_cancelledat_tz" DEFAULT 'Asia/Shanghai',
  	"version_cancellation_signature_id" integer,
  	"version_cancellation_signed_by_name" varchar,
  	"version_supplier_notified_by" "enum__subscriptions_v_version_supplier_notified_by",
  	"version_supplier_notice_id" integer,
  	"version_supplier_notified_at" timestamp(3) with time zone,
  	"version_suppliernotifiedat_tz" "enum__subscriptions_v_version_suppliernotifiedat_tz" DEFAULT 'Asia/Shanghai',
  	"version_cancellation_letter_sent_at" timestamp(3) with time zone,
  	"version_cancellationlettersentat_tz" "enum__subscriptions_v_version_cancellationlettersentat_tz" DEFAULT 'Asia/Shanghai',
  	"version_estate_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_subscriptions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  ALTER TABLE "mail_batches" ALTER COLUMN "source" SET DEFAULT 'post-office';
  ALTER TABLE "_mail_batches_v" ALTER COLUMN "version_source" SET DEFAULT 'post-office';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "publications_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscriptions_id" integer;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_parent_id_publications_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_estate_id_estates_id_fk" FOREIGN KEY ("version_estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v_rels" ADD CONSTRAINT "_publications_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_rels" ADD CONSTRAINT "_publications_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_rels" ADD CONSTRAINT "_publications_v_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_rels" ADD CONSTRAINT "_publications_v_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_supplier_confirmed_by_id_users_id_fk" FOREIGN KEY ("supplier_confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_letter_signature_id_signatures_id_fk" FOREIGN KEY ("letter_signature_id") REFERENCES "public"."signatures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_ordered_by_id_users_id_fk" FOREIGN KEY ("ordered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_cancellation_signature_id_signatures_id_fk" FOREIGN KEY ("cancellation_signature_id") REFERENCES "public"."signatures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_supplier_notice_id_notifications_id_fk" FOREIGN KEY ("supplier_notice_id") REFERENCES "public"."notifications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscriptions_rels" ADD CONSTRAINT "subscriptions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscriptions_rels" ADD CONSTRAINT "subscriptions_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscriptions_rels" ADD CONSTRAINT "subscriptions_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscriptions_rels" ADD CONSTRAINT "subscriptions_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_subscriptions_v" ADD CONSTRAINT "_subscriptions_v_parent_id_subscriptions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscriptions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_subscriptions_v" ADD CONSTRAINT "_subscriptions_v_version_household_id_households_id_fk" FOREIGN KEY ("version_household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_subscriptions_v" ADD CONSTRAINT "_subscriptions_v_version_publication_id_publications_id_fk" FOREIGN KEY ("version_publication_id") REFERENCES "public"."publications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_subscriptions_v" ADD CONSTRAINT "_subscriptions_v_version_supplier_confirmed_by_id_users_id_fk" FOREIGN KEY ("version_supplier_confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_subscriptions_v" ADD CONSTRAINT "_subscriptions_v_version_letter_signature_id_signatures_id_fk" FOREIGN KEY ("version_letter_signature_id") REFERENCES "public"."signatures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_subscriptions_v" ADD CONSTRAINT "_subscriptions_v_version_decided_by_id_users_id_fk" FOREIGN KEY ("version_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_subscriptions_v" ADD CONSTRAINT "_subscriptions_v_version_ordered_by_id_users_id_fk" FOREIGN KEY ("version_ordered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_subscriptions_v" ADD CONSTRAINT "_subscriptions_v_version_cancellation_signature_id_signatures_id_fk" FOREIGN KEY ("version_cancellation_signature_id") REFERENCES "public"."signatures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_subscriptions_v" ADD CONSTRAINT "_subscriptions_v_version_supplier_notice_id_notifications_id_fk" FOREIGN KEY ("version_supplier_notice_id") REFERENCES "public"."notifications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_subscriptions_v" ADD CONSTRAINT "_subscriptions_v_version_estate_id_estates_id_fk" FOREIGN KEY ("version_estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_subscriptions_v_rels" ADD CONSTRAINT "_subscriptions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_subscriptions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_subscriptions_v_rels" ADD CONSTRAINT "_subscriptions_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_subscriptions_v_rels" ADD CONSTRAINT "_subscriptions_v_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_subscriptions_v_rels" ADD CONSTRAINT "_subscriptions_v_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "publications_estate_idx" ON "publications" USING btree ("estate_id");
  CREATE INDEX "publications_updated_at_idx" ON "publications" USING btree ("updated_at");
  CREATE INDEX "publications_created_at_idx" ON "publications" USING btree ("created_at");
  CREATE INDEX "estate_title_idx" ON "publications" USING btree ("estate_id","title");
  CREATE INDEX "publications_rels_order_idx" ON "publications_rels" USING btree ("order");
  CREATE INDEX "publications_rels_parent_idx" ON "publications_rels" USING btree ("parent_id");
  CREATE INDEX "publications_rels_path_idx" ON "publications_rels" USING btree ("path");
  CREATE INDEX "publications_rels_users_id_idx" ON "publications_rels" USING btree ("users_id");
  CREATE INDEX "publications_rels_residents_id_idx" ON "publications_rels" USING btree ("residents_id");
  CREATE INDEX "publications_rels_kiosks_id_idx" ON "publications_rels" USING btree ("kiosks_id");
  CREATE INDEX "_publications_v_parent_idx" ON "_publications_v" USING btree ("parent_id");
  CREATE INDEX "_publications_v_version_version_estate_idx" ON "_publications_v" USING btree ("version_estate_id");
  CREATE INDEX "_publications_v_version_version_updated_at_idx" ON "_publications_v" USING btree ("version_updated_at");
  CREATE INDEX "_publications_v_version_version_created_at_idx" ON "_publications_v" USING btree ("version_created_at");
  CREATE INDEX "_publications_v_created_at_idx" ON "_publications_v" USING btree ("created_at");
  CREATE INDEX "_publications_v_updated_at_idx" ON "_publications_v" USING btree ("updated_at");
  CREATE INDEX "version_estate_version_title_idx" ON "_publications_v" USING btree ("version_estate_id","version_title");
  CREATE INDEX "_publications_v_rels_order_idx" ON "_publications_v_rels" USING btree ("order");
  CREATE INDEX "_publications_v_rels_parent_idx" ON "_publications_v_rels" USING btree ("parent_id");
  CREATE INDEX "_publications_v_rels_path_idx" ON "_publications_v_rels" USING btree ("path");
  CREATE INDEX "_publications_v_rels_users_id_idx" ON "_publications_v_rels" USING btree ("users_id");
  CREATE INDEX "_publications_v_rels_residents_id_idx" ON "_publications_v_rels" USING btree ("residents_id");
  CREATE INDEX "_publications_v_rels_kiosks_id_idx" ON "_publications_v_rels" USING btree ("kiosks_id");
  CREATE INDEX "subscriptions_household_idx" ON "subscriptions" USING btree ("household_id");
  CREATE INDEX "subscriptions_publication_idx" ON "subscriptions" USING btree ("publication_id");
  CREATE INDEX "subscriptions_status_idx" ON "subscriptions" USING btree ("status");
  CREATE INDEX "subscriptions_supplier_confirmed_by_idx" ON "subscriptions" USING btree ("supplier_confirmed_by_id");
  CREATE INDEX "subscriptions_letter_signature_idx" ON "subscriptions" USING btree ("letter_signature_id");
  CREATE INDEX "subscriptions_decided_by_idx" ON "subscriptions" USING btree ("decided_by_id");
  CREATE INDEX "subscriptions_ordered_by_idx" ON "subscriptions" USING btree ("ordered_by_id");
  CREATE INDEX "subscriptions_cancellation_signature_idx" ON "subscriptions" USING btree ("cancellation_signature_id");
  CREATE INDEX "subscriptions_supplier_notice_idx" ON "subscriptions" USING btree ("supplier_notice_id");
  CREATE INDEX "subscriptions_estate_idx" ON "subscriptions" USING btree ("estate_id");
  CREATE INDEX "subscriptions_updated_at_idx" ON "subscriptions" USING btree ("updated_at");
  CREATE INDEX "subscriptions_created_at_idx" ON "subscriptions" USING btree ("created_at");
  CREATE INDEX "estate_household_3_idx" ON "subscriptions" USING btree ("estate_id","household_id");
  CREATE INDEX "estate_status_1_idx" ON "subscriptions" USING btree ("estate_id","status");
  CREATE INDEX "estate_startDate_idx" ON "subscriptions" USING btree ("estate_id","start_date");
  CREATE INDEX "subscriptions_rels_order_idx" ON "subscriptions_rels" USING btree ("order");
  CREATE INDEX "subscriptions_rels_parent_idx" ON "subscriptions_rels" USING btree ("parent_id");
  CREATE INDEX "subscriptions_rels_path_idx" ON "subscriptions_rels" USING btree ("path");
  CREATE INDEX "subscriptions_rels_users_id_idx" ON "subscriptions_rels" USING btree ("users_id");
  CREATE INDEX "subscriptions_rels_residents_id_idx" ON "subscriptions_rels" USING btree ("residents_id");
  CREATE INDEX "subscriptions_rels_kiosks_id_idx" ON "subscriptions_rels" USING btree ("kiosks_id");
  CREATE INDEX "_subscriptions_v_parent_idx" ON "_subscriptions_v" USING btree ("parent_id");
  CREATE INDEX "_subscriptions_v_version_version_household_idx" ON "_subscriptions_v" USING btree ("version_household_id");
  CREATE INDEX "_subscriptions_v_version_version_publication_idx" ON "_subscriptions_v" USING btree ("version_publication_id");
  CREATE INDEX "_subscriptions_v_version_version_status_idx" ON "_subscriptions_v" USING btree ("version_status");
  CREATE INDEX "_subscriptions_v_version_version_supplier_confirmed_by_idx" ON "_subscriptions_v" USING btree ("version_supplier_confirmed_by_id");
  CREATE INDEX "_subscriptions_v_version_version_letter_signature_idx" ON "_subscriptions_v" USING btree ("version_letter_signature_id");
  CREATE INDEX "_subscriptions_v_version_version_decided_by_idx" ON "_subscriptions_v" USING btree ("version_decided_by_id");
  CREATE INDEX "_subscriptions_v_version_version_ordered_by_idx" ON "_subscriptions_v" USING btree ("version_ordered_by_id");
  CREATE INDEX "_subscriptions_v_version_version_cancellation_signature_idx" ON "_subscriptions_v" USING btree ("version_cancellation_signature_id");
  CREATE INDEX "_subscriptions_v_version_version_supplier_notice_idx" ON "_subscriptions_v" USING btree ("version_supplier_notice_id");
  CREATE INDEX "_subscriptions_v_version_version_estate_idx" ON "_subscriptions_v" USING btree ("version_estate_id");
  CREATE INDEX "_subscriptions_v_version_version_updated_at_idx" ON "_subscriptions_v" USING btree ("version_updated_at");
  CREATE INDEX "_subscriptions_v_version_version_created_at_idx" ON "_subscriptions_v" USING btree ("version_created_at");
  CREATE INDEX "_subscriptions_v_created_at_idx" ON "_subscriptions_v" USING btree ("created_at");
  CREATE INDEX "_subscriptions_v_updated_at_idx" ON "_subscriptions_v" USING btree ("updated_at");
  CREATE INDEX "version_estate_version_household_2_idx" ON "_subscriptions_v" USING btree ("version_estate_id","version_household_id");
  CREATE INDEX "version_estate_version_status_1_idx" ON "_subscriptions_v" USING btree ("version_estate_id","version_status");
  CREATE INDEX "version_estate_version_startDate_idx" ON "_subscriptions_v" USING btree ("version_estate_id","version_start_date");
  CREATE INDEX "_subscriptions_v_rels_order_idx" ON "_subscriptions_v_rels" USING btree ("order");
  CREATE INDEX "_subscriptions_v_rels_parent_idx" ON "_subscriptions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_subscriptions_v_rels_path_idx" ON "_subscriptions_v_rels" USING btree ("path");
  CREATE INDEX "_subscriptions_v_rels_users_id_idx" ON "_subscriptions_v_rels" USING btree ("users_id");
  CREATE INDEX "_subscriptions_v_rels_residents_id_idx" ON "_subscriptions_v_rels" USING btree ("residents_id");
  CREATE INDEX "_subscriptions_v_rels_kiosks_id_idx" ON "_subscriptions_v_rels" USING btree ("kiosks_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscriptions_fk" FOREIGN KEY ("subscriptions_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_publications_id_idx" ON "payload_locked_documents_rels" USING btree ("publications_id");
  CREATE INDEX "payload_locked_documents_rels_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("subscriptions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "publications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "publications_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_publications_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_publications_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscriptions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_subscriptions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_subscriptions_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "publications" CASCADE;
  DROP TABLE "publications_rels" CASCADE;
  DROP TABLE "_publications_v" CASCADE;
  DROP TABLE "_publications_v_rels" CASCADE;
  DROP TABLE "subscriptions" CASCADE;
  DROP TABLE "subscriptions_rels" CASCADE;
  DROP TABLE "_subscriptions_v" CASCADE;
  DROP TABLE "_subscriptions_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_publications_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscriptions_fk";
  
  DROP INDEX "payload_locked_documents_rels_publications_id_idx";
  DROP INDEX "payload_locked_documents_rels_subscriptions_id_idx";
  ALTER TABLE "mail_batches" ALTER COLUMN "source" DROP DEFAULT;
  ALTER TABLE "_mail_batches_v" ALTER COLUMN "version_source" DROP DEFAULT;
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "publications_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscriptions_id";
  DROP TYPE "public"."enum_publications_category";
  DROP TYPE "public"."enum_publications_supplier";
  DROP TYPE "public"."enum__publications_v_version_category";
  DROP TYPE "public"."enum__publications_v_version_supplier";
  DROP TYPE "public"."enum_subscriptions_channel";
  DROP TYPE "public"."enum_subscriptions_supplier";
  DROP TYPE "public"."enum_subscriptions_status";
  DROP TYPE "public"."enum_subscriptions_supplierconfirmedat_tz";
  DROP TYPE "public"."enum_subscriptions_lettersignedat_tz";
  DROP TYPE "public"."enum_subscriptions_letter_signed_via";
  DROP TYPE "public"."enum_subscriptions_decidedat_tz";
  DROP TYPE "public"."enum_subscriptions_quantityconfirmationsentat_tz";
  DROP TYPE "public"."enum_subscriptions_orderedat_tz";
  DROP TYPE "public"."enum_subscriptions_cancelledat_tz";
  DROP TYPE "public"."enum_subscriptions_supplier_notified_by";
  DROP TYPE "public"."enum_subscriptions_suppliernotifiedat_tz";
  DROP TYPE "public"."enum_subscriptions_cancellationlettersentat_tz";
  DROP TYPE "public"."enum__subscriptions_v_version_channel";
  DROP TYPE "public"."enum__subscriptions_v_version_supplier";
  DROP TYPE "public"."enum__subscriptions_v_version_status";
  DROP TYPE "public"."enum__subscriptions_v_version_supplierconfirmedat_tz";
  DROP TYPE "public"."enum__subscriptions_v_version_lettersignedat_tz";
  DROP TYPE "public"."enum__subscriptions_v_version_letter_signed_via";
  DROP TYPE "public"."enum__subscriptions_v_version_decidedat_tz";
  DROP TYPE "public"."enum__subscriptions_v_version_quantityconfirmationsentat_tz";
  DROP TYPE "public"."enum__subscriptions_v_version_orderedat_tz";
  DROP TYPE "public"."enum__subscriptions_v_version_cancelledat_tz";
  DROP TYPE "public"."enum__subscriptions_v_version_supplier_notified_by";
  DROP TYPE "public"."enum__subscriptions_v_version_suppliernotifiedat_tz";
  DROP TYPE "public"."enum__subscriptions_v_version_cancellationlettersentat_tz";`)
}
