import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_households_status" AS ENUM('pre-move-in', 'moved-in', 'moved-out');
  CREATE TYPE "public"."enum__households_v_version_status" AS ENUM('pre-move-in', 'moved-in', 'moved-out');
  CREATE TYPE "public"."enum_members_gender" AS ENUM('female', 'male', 'other');
  CREATE TYPE "public"."enum_members_relationship" AS ENUM('owner', 'spouse', 'child', 'parent', 'relative', 'tenant', 'helper', 'other');
  CREATE TYPE "public"."enum__members_v_version_gender" AS ENUM('female', 'male', 'other');
  CREATE TYPE "public"."enum__members_v_version_relationship" AS ENUM('owner', 'spouse', 'child', 'parent', 'relative', 'tenant', 'helper', 'other');
  CREATE TYPE "public"."enum_passes_status" AS ENUM('prepared', 'active', 'lost', 'void');
  CREATE TYPE "public"."enum__passes_v_version_status" AS ENUM('prepared', 'active', 'lost', 'void');
  CREATE TYPE "public"."enum_residents_language" AS ENUM('zh-TW', 'en');
  CREATE TABLE "households" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"unit" varchar NOT NULL,
  	"status" "enum_households_status" DEFAULT 'pre-move-in',
  	"moved_in_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "households_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "_households_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_unit" varchar NOT NULL,
  	"version_status" "enum__households_v_version_status" DEFAULT 'pre-move-in',
  	"version_moved_in_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_households_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "members" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"household_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"gender" "enum_members_gender" NOT NULL,
  	"relationship" "enum_members_relationship" NOT NULL,
  	"age" numeric,
  	"ordinal" numeric,
  	"household_slot" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "members_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "_members_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_household_id" integer NOT NULL,
  	"version_name" varchar NOT NULL,
  	"version_gender" "enum__members_v_version_gender" NOT NULL,
  	"version_relationship" "enum__members_v_version_relationship" NOT NULL,
  	"version_age" numeric,
  	"version_ordinal" numeric,
  	"version_household_slot" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_members_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "passes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"member_id" integer NOT NULL,
  	"number" varchar,
  	"household_id" integer,
  	"status" "enum_passes_status" DEFAULT 'prepared',
  	"fee" numeric,
  	"currency" varchar,
  	"fee_paid_at" timestamp(3) with time zone,
  	"ordinal" numeric,
  	"slot" varchar,
  	"qr_token" varchar,
  	"receipt_id" integer,
  	"activated_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "passes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "_passes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_member_id" integer NOT NULL,
  	"version_number" varchar,
  	"version_household_id" integer,
  	"version_status" "enum__passes_v_version_status" DEFAULT 'prepared',
  	"version_fee" numeric,
  	"version_currency" varchar,
  	"version_fee_paid_at" timestamp(3) with time zone,
  	"version_ordinal" numeric,
  	"version_slot" varchar,
  	"version_qr_token" varchar,
  	"version_receipt_id" integer,
  	"version_activated_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_passes_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "pass_receipts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"household_id" integer NOT NULL,
  	"signature_id" integer NOT NULL,
  	"signed_by_name" varchar NOT NULL,
  	"signed_at" timestamp(3) with time zone NOT NULL,
  	"copy_to" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "pass_receipts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"passes_id" integer,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "signatures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"household_id" integer NOT NULL,
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
  
  CREATE TABLE "residents_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "residents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"household_id" integer NOT NULL,
  	"member_id" integer,
  	"language" "enum_residents_language" DEFAULT 'zh-TW',
  	"invited_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "residents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "pass_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"free_passes_per_member" numeric DEFAULT 3 NOT NULL,
  	"extra_pass_fee" numeric DEFAULT 50 NOT NULL,
  	"currency" varchar DEFAULT 'CNY' NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "procedures_rels" ADD COLUMN "residents_id" integer;
  ALTER TABLE "_procedures_v_rels" ADD COLUMN "residents_id" integer;
  ALTER TABLE "notifications_rels" ADD COLUMN "residents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "households_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "members_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "passes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "pass_receipts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "signatures_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "residents_id" integer;
  ALTER TABLE "payload_preferences_rels" ADD COLUMN "residents_id" integer;
  ALTER TABLE "households_rels" ADD CONSTRAINT "households_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "households_rels" ADD CONSTRAINT "households_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "households_rels" ADD CONSTRAINT "households_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "households_rels" ADD CONSTRAINT "households_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_households_v" ADD CONSTRAINT "_households_v_parent_id_households_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_households_v_rels" ADD CONSTRAINT "_households_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_households_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_households_v_rels" ADD CONSTRAINT "_households_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_households_v_rels" ADD CONSTRAINT "_households_v_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_households_v_rels" ADD CONSTRAINT "_households_v_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members_rels" ADD CONSTRAINT "members_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "members_rels" ADD CONSTRAINT "members_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "members_rels" ADD CONSTRAINT "members_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "members_rels" ADD CONSTRAINT "members_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_members_v" ADD CONSTRAINT "_members_v_parent_id_members_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_members_v" ADD CONSTRAINT "_members_v_version_household_id_households_id_fk" FOREIGN KEY ("version_household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_members_v_rels" ADD CONSTRAINT "_members_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_members_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_members_v_rels" ADD CONSTRAINT "_members_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_members_v_rels" ADD CONSTRAINT "_members_v_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_members_v_rels" ADD CONSTRAINT "_members_v_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "passes" ADD CONSTRAINT "passes_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "passes" ADD CONSTRAINT "passes_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "passes" ADD CONSTRAINT "passes_receipt_id_pass_receipts_id_fk" FOREIGN KEY ("receipt_id") REFERENCES "public"."pass_receipts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "passes_rels" ADD CONSTRAINT "passes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."passes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "passes_rels" ADD CONSTRAINT "passes_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "passes_rels" ADD CONSTRAINT "passes_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "passes_rels" ADD CONSTRAINT "passes_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_passes_v" ADD CONSTRAINT "_passes_v_parent_id_passes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."passes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_passes_v" ADD CONSTRAINT "_passes_v_version_member_id_members_id_fk" FOREIGN KEY ("version_member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_passes_v" ADD CONSTRAINT "_passes_v_version_household_id_households_id_fk" FOREIGN KEY ("version_household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_passes_v" ADD CONSTRAINT "_passes_v_version_receipt_id_pass_receipts_id_fk" FOREIGN KEY ("version_receipt_id") REFERENCES "public"."pass_receipts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_passes_v_rels" ADD CONSTRAINT "_passes_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_passes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_passes_v_rels" ADD CONSTRAINT "_passes_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_passes_v_rels" ADD CONSTRAINT "_passes_v_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_passes_v_rels" ADD CONSTRAINT "_passes_v_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pass_receipts" ADD CONSTRAINT "pass_receipts_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pass_receipts" ADD CONSTRAINT "pass_receipts_signature_id_signatures_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."signatures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pass_receipts_rels" ADD CONSTRAINT "pass_receipts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pass_receipts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pass_receipts_rels" ADD CONSTRAINT "pass_receipts_rels_passes_fk" FOREIGN KEY ("passes_id") REFERENCES "public"."passes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pass_receipts_rels" ADD CONSTRAINT "pass_receipts_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pass_receipts_rels" ADD CONSTRAINT "pass_receipts_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pass_receipts_rels" ADD CONSTRAINT "pass_receipts_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "signatures" ADD CONSTRAINT "signatures_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "residents_sessions" ADD CONSTRAINT "residents_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "residents" ADD CONSTRAINT "residents_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "residents" ADD CONSTRAINT "residents_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "residents_rels" ADD CONSTRAINT "residents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "residents_rels" ADD CONSTRAINT "residents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "residents_rels" ADD CONSTRAINT "residents_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "residents_rels" ADD CONSTRAINT "residents_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "households_unit_idx" ON "households" USING btree ("unit");
  CREATE INDEX "households_updated_at_idx" ON "households" USING btree ("updated_at");
  CREATE INDEX "households_created_at_idx" ON "households" USING btree ("created_at");
  CREATE INDEX "households_rels_order_idx" ON "households_rels" USING btree ("order");
  CREATE INDEX "households_rels_parent_idx" ON "households_rels" USING btree ("parent_id");
  CREATE INDEX "households_rels_path_idx" ON "households_rels" USING btree ("path");
  CREATE INDEX "households_rels_users_id_idx" ON "households_rels" USING btree ("users_id");
  CREATE INDEX "households_rels_residents_id_idx" ON "households_rels" USING btree ("residents_id");
  CREATE INDEX "households_rels_kiosks_id_idx" ON "households_rels" USING btree ("kiosks_id");
  CREATE INDEX "_households_v_parent_idx" ON "_households_v" USING btree ("parent_id");
  CREATE INDEX "_households_v_version_version_unit_idx" ON "_households_v" USING btree ("version_unit");
  CREATE INDEX "_households_v_version_version_updated_at_idx" ON "_households_v" USING btree ("version_updated_at");
  CREATE INDEX "_households_v_version_version_created_at_idx" ON "_households_v" USING btree ("version_created_at");
  CREATE INDEX "_households_v_created_at_idx" ON "_households_v" USING btree ("created_at");
  CREATE INDEX "_households_v_updated_at_idx" ON "_households_v" USING btree ("updated_at");
  CREATE INDEX "_households_v_rels_order_idx" ON "_households_v_rels" USING btree ("order");
  CREATE INDEX "_households_v_rels_parent_idx" ON "_households_v_rels" USING btree ("parent_id");
  CREATE INDEX "_households_v_rels_path_idx" ON "_households_v_rels" USING btree ("path");
  CREATE INDEX "_households_v_rels_users_id_idx" ON "_households_v_rels" USING btree ("users_id");
  CREATE INDEX "_households_v_rels_residents_id_idx" ON "_households_v_rels" USING btree ("residents_id");
  CREATE INDEX "_households_v_rels_kiosks_id_idx" ON "_households_v_rels" USING btree ("kiosks_id");
  CREATE INDEX "members_household_idx" ON "members" USING btree ("household_id");
  CREATE UNIQUE INDEX "members_household_slot_idx" ON "members" USING btree ("household_slot");
  CREATE INDEX "members_updated_at_idx" ON "members" USING btree ("updated_at");
  CREATE INDEX "members_created_at_idx" ON "members" USING btree ("created_at");
  CREATE INDEX "members_rels_order_idx" ON "members_rels" USING btree ("order");
  CREATE INDEX "members_rels_parent_idx" ON "members_rels" USING btree ("parent_id");
  CREATE INDEX "members_rels_path_idx" ON "members_rels" USING btree ("path");
  CREATE INDEX "members_rels_users_id_idx" ON "members_rels" USING btree ("users_id");
  CREATE INDEX "members_rels_residents_id_idx" ON "members_rels" USING btree ("residents_id");
  CREATE INDEX "members_rels_kiosks_id_idx" ON "members_rels" USING btree ("kiosks_id");
  CREATE INDEX "_members_v_parent_idx" ON "_members_v" USING btree ("parent_id");
  CREATE INDEX "_members_v_version_version_household_idx" ON "_members_v" USING btree ("version_household_id");
  CREATE INDEX "_members_v_version_version_household_slot_idx" ON "_members_v" USING btree ("version_household_slot");
  CREATE INDEX "_members_v_version_version_updated_at_idx" ON "_members_v" USING btree ("version_updated_at");
  CREATE INDEX "_members_v_version_version_created_at_idx" ON "_members_v" USING btree ("version_created_at");
  CREATE INDEX "_members_v_created_at_idx" ON "_members_v" USING btree ("created_at");
  CREATE INDEX "_members_v_updated_at_idx" ON "_members_v" USING btree ("updated_at");
  CREATE INDEX "_members_v_rels_order_idx" ON "_members_v_rels" USING btree ("order");
  CREATE INDEX "_members_v_rels_parent_idx" ON "_members_v_rels" USING btree ("parent_id");
  CREATE INDEX "_members_v_rels_path_idx" ON "_members_v_rels" USING btree ("path");
  CREATE INDEX "_members_v_rels_users_id_idx" ON "_members_v_rels" USING btree ("users_id");
  CREATE INDEX "_members_v_rels_residents_id_idx" ON "_members_v_rels" USING btree ("residents_id");
  CREATE INDEX "_members_v_rels_kiosks_id_idx" ON "_members_v_rels" USING btree ("kiosks_id");
  CREATE INDEX "passes_member_idx" ON "passes" USING btree ("member_id");
  CREATE UNIQUE INDEX "passes_number_idx" ON "passes" USING btree ("number");
  CREATE INDEX "passes_household_idx" ON "passes" USING btree ("household_id");
  CREATE INDEX "passes_status_idx" ON "passes" USING btree ("status");
  CREATE UNIQUE INDEX "passes_slot_idx" ON "passes" USING btree ("slot");
  CREATE UNIQUE INDEX "passes_qr_token_idx" ON "passes" USING btree ("qr_token");
  CREATE INDEX "passes_receipt_idx" ON "passes" USING btree ("receipt_id");
  CREATE INDEX "passes_updated_at_idx" ON "passes" USING btree ("updated_at");
  CREATE INDEX "passes_created_at_idx" ON "passes" USING btree ("created_at");
  CREATE INDEX "passes_rels_order_idx" ON "passes_rels" USING btree ("order");
  CREATE INDEX "passes_rels_parent_idx" ON "passes_rels" USING btree ("parent_id");
  CREATE INDEX "passes_rels_path_idx" ON "passes_rels" USING btree ("path");
  CREATE INDEX "passes_rels_users_id_idx" ON "passes_rels" USING btree ("users_id");
  CREATE INDEX "passes_rels_residents_id_idx" ON "passes_rels" USING btree ("residents_id");
  CREATE INDEX "passes_rels_kiosks_id_idx" ON "passes_rels" USING btree ("kiosks_id");
  CREATE INDEX "_passes_v_parent_idx" ON "_passes_v" USING btree ("parent_id");
  CREATE INDEX "_passes_v_version_version_member_idx" ON "_passes_v" USING btree ("version_member_id");
  CREATE INDEX "_passes_v_version_version_number_idx" ON "_passes_v" USING btree ("version_number");
  CREATE INDEX "_passes_v_version_version_household_idx" ON "_passes_v" USING btree ("version_household_id");
  CREATE INDEX "_passes_v_version_version_status_idx" ON "_passes_v" USING btree ("version_status");
  CREATE INDEX "_passes_v_version_version_slot_idx" ON "_passes_v" USING btree ("version_slot");
  CREATE INDEX "_passes_v_version_version_qr_token_idx" ON "_passes_v" USING btree ("version_qr_token");
  CREATE INDEX "_passes_v_version_version_receipt_idx" ON "_passes_v" USING btree ("version_receipt_id");
  CREATE INDEX "_passes_v_version_version_updated_at_idx" ON "_passes_v" USING btree ("version_updated_at");
  CREATE INDEX "_passes_v_version_version_created_at_idx" ON "_passes_v" USING btree ("version_created_at");
  CREATE INDEX "_passes_v_created_at_idx" ON "_passes_v" USING btree ("created_at");
  CREATE INDEX "_passes_v_updated_at_idx" ON "_passes_v" USING btree ("updated_at");
  CREATE INDEX "_passes_v_rels_order_idx" ON "_passes_v_rels" USING btree ("order");
  CREATE INDEX "_passes_v_rels_parent_idx" ON "_passes_v_rels" USING btree ("parent_id");
  CREATE INDEX "_passes_v_rels_path_idx" ON "_passes_v_rels" USING btree ("path");
  CREATE INDEX "_passes_v_rels_users_id_idx" ON "_passes_v_rels" USING btree ("users_id");
  CREATE INDEX "_passes_v_rels_residents_id_idx" ON "_passes_v_rels" USING btree ("residents_id");
  CREATE INDEX "_passes_v_rels_kiosks_id_idx" ON "_passes_v_rels" USING btree ("kiosks_id");
  CREATE INDEX "pass_receipts_household_idx" ON "pass_receipts" USING btree ("household_id");
  CREATE INDEX "pass_receipts_signature_idx" ON "pass_receipts" USING btree ("signature_id");
  CREATE INDEX "pass_receipts_updated_at_idx" ON "pass_receipts" USING btree ("updated_at");
  CREATE INDEX "pass_receipts_created_at_idx" ON "pass_receipts" USING btree ("created_at");
  CREATE INDEX "pass_receipts_rels_order_idx" ON "pass_receipts_rels" USING btree ("order");
  CREATE INDEX "pass_receipts_rels_parent_idx" ON "pass_receipts_rels" USING btree ("parent_id");
  CREATE INDEX "pass_receipts_rels_path_idx" ON "pass_receipts_rels" USING btree ("path");
  CREATE INDEX "pass_receipts_rels_passes_id_idx" ON "pass_receipts_rels" USING btree ("passes_id");
  CREATE INDEX "pass_receipts_rels_users_id_idx" ON "pass_receipts_rels" USING btree ("users_id");
  CREATE INDEX "pass_receipts_rels_residents_id_idx" ON "pass_receipts_rels" USING btree ("residents_id");
  CREATE INDEX "pass_receipts_rels_kiosks_id_idx" ON "pass_receipts_rels" USING btree ("kiosks_id");
  CREATE INDEX "signatures_household_idx" ON "signatures" USING btree ("household_id");
  CREATE INDEX "signatures_updated_at_idx" ON "signatures" USING btree ("updated_at");
  CREATE INDEX "signatures_created_at_idx" ON "signatures" USING btree ("created_at");
  CREATE UNIQUE INDEX "signatures_filename_idx" ON "signatures" USING btree ("filename");
  CREATE INDEX "residents_sessions_order_idx" ON "residents_sessions" USING btree ("_order");
  CREATE INDEX "residents_sessions_parent_id_idx" ON "residents_sessions" USING btree ("_parent_id");
  CREATE INDEX "residents_household_idx" ON "residents" USING btree ("household_id");
  CREATE INDEX "residents_member_idx" ON "residents" USING btree ("member_id");
  CREATE INDEX "residents_updated_at_idx" ON "residents" USING btree ("updated_at");
  CREATE INDEX "residents_created_at_idx" ON "residents" USING btree ("created_at");
  CREATE UNIQUE INDEX "residents_email_idx" ON "residents" USING btree ("email");
  CREATE INDEX "residents_rels_order_idx" ON "residents_rels" USING btree ("order");
  CREATE INDEX "residents_rels_parent_idx" ON "residents_rels" USING btree ("parent_id");
  CREATE INDEX "residents_rels_path_idx" ON "residents_rels" USING btree ("path");
  CREATE INDEX "residents_rels_users_id_idx" ON "residents_rels" USING btree ("users_id");
  CREATE INDEX "residents_rels_residents_id_idx" ON "residents_rels" USING btree ("residents_id");
  CREATE INDEX "residents_rels_kiosks_id_idx" ON "residents_rels" USING btree ("kiosks_id");
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications_rels" ADD CONSTRAINT "notifications_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_households_fk" FOREIGN KEY ("households_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_passes_fk" FOREIGN KEY ("passes_id") REFERENCES "public"."passes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pass_receipts_fk" FOREIGN KEY ("pass_receipts_id") REFERENCES "public"."pass_receipts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_signatures_fk" FOREIGN KEY ("signatures_id") REFERENCES "public"."signatures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "procedures_rels_residents_id_idx" ON "procedures_rels" USING btree ("residents_id");
  CREATE INDEX "_procedures_v_rels_residents_id_idx" ON "_procedures_v_rels" USING btree ("residents_id");
  CREATE INDEX "notifications_rels_residents_id_idx" ON "notifications_rels" USING btree ("residents_id");
  CREATE INDEX "payload_locked_documents_rels_households_id_idx" ON "payload_locked_documents_rels" USING btree ("households_id");
  CREATE INDEX "payload_locked_documents_rels_members_id_idx" ON "payload_locked_documents_rels" USING btree ("members_id");
  CREATE INDEX "payload_locked_documents_rels_passes_id_idx" ON "payload_locked_documents_rels" USING btree ("passes_id");
  CREATE INDEX "payload_locked_documents_rels_pass_receipts_id_idx" ON "payload_locked_documents_rels" USING btree ("pass_receipts_id");
  CREATE INDEX "payload_locked_documents_rels_signatures_id_idx" ON "payload_locked_documents_rels" USING btree ("signatures_id");
  CREATE INDEX "payload_locked_documents_rels_residents_id_idx" ON "payload_locked_documents_rels" USING btree ("residents_id");
  CREATE INDEX "payload_preferences_rels_residents_id_idx" ON "payload_preferences_rels" USING btree ("residents_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "households" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "households_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_households_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_households_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "members" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "members_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_members_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_members_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "passes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "passes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_passes_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_passes_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pass_receipts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pass_receipts_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "signatures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "residents_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "residents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "residents_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pass_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "households" CASCADE;
  DROP TABLE "households_rels" CASCADE;
  DROP TABLE "_households_v" CASCADE;
  DROP TABLE "_households_v_rels" CASCADE;
  DROP TABLE "members" CASCADE;
  DROP TABLE "members_rels" CASCADE;
  DROP TABLE "_members_v" CASCADE;
  DROP TABLE "_members_v_rels" CASCADE;
  DROP TABLE "passes" CASCADE;
  DROP TABLE "passes_rels" CASCADE;
  DROP TABLE "_passes_v" CASCADE;
  DROP TABLE "_passes_v_rels" CASCADE;
  DROP TABLE "pass_receipts" CASCADE;
  DROP TABLE "pass_receipts_rels" CASCADE;
  DROP TABLE "signatures" CASCADE;
  DROP TABLE "residents_sessions" CASCADE;
  DROP TABLE "residents" CASCADE;
  DROP TABLE "residents_rels" CASCADE;
  DROP TABLE "pass_settings" CASCADE;
  ALTER TABLE "procedures_rels" DROP CONSTRAINT "procedures_rels_residents_fk";
  
  ALTER TABLE "_procedures_v_rels" DROP CONSTRAINT "_procedures_v_rels_residents_fk";
  
  ALTER TABLE "notifications_rels" DROP CONSTRAINT "notifications_rels_residents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_households_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_members_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_passes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_pass_receipts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_signatures_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_residents_fk";
  
  ALTER TABLE "payload_preferences_rels" DROP CONSTRAINT "payload_preferences_rels_residents_fk";
  
  DROP INDEX "procedures_rels_residents_id_idx";
  DROP INDEX "_procedures_v_rels_residents_id_idx";
  DROP INDEX "notifications_rels_residents_id_idx";
  DROP INDEX "payload_locked_documents_rels_households_id_idx";
  DROP INDEX "payload_locked_documents_rels_members_id_idx";
  DROP INDEX "payload_locked_documents_rels_passes_id_idx";
  DROP INDEX "payload_locked_documents_rels_pass_receipts_id_idx";
  DROP INDEX "payload_locked_documents_rels_signatures_id_idx";
  DROP INDEX "payload_locked_documents_rels_residents_id_idx";
  DROP INDEX "payload_preferences_rels_residents_id_idx";
  ALTER TABLE "procedures_rels" DROP COLUMN "residents_id";
  ALTER TABLE "_procedures_v_rels" DROP COLUMN "residents_id";
  ALTER TABLE "notifications_rels" DROP COLUMN "residents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "households_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "members_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "passes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "pass_receipts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "signatures_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "residents_id";
  ALTER TABLE "payload_preferences_rels" DROP COLUMN "residents_id";
  DROP TYPE "public"."enum_households_status";
  DROP TYPE "public"."enum__households_v_version_status";
  DROP TYPE "public"."enum_members_gender";
  DROP TYPE "public"."enum_members_relationship";
  DROP TYPE "public"."enum__members_v_version_gender";
  DROP TYPE "public"."enum__members_v_version_relationship";
  DROP TYPE "public"."enum_passes_status";
  DROP TYPE "public"."enum__passes_v_version_status";
  DROP TYPE "public"."enum_residents_language";`)
}
