import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_memberships_roles" AS ENUM('guard', 'cs', 'supervisor', 'manager', 'engineering', 'environment', 'security', 'finance', 'administration', 'admin');
  CREATE TABLE "estates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"name_en" varchar,
  	"code" varchar NOT NULL,
  	"address" varchar,
  	"time_zone" varchar DEFAULT 'Asia/Shanghai' NOT NULL,
  	"currency" varchar DEFAULT 'CNY' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "estates_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "estate_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"estate_id" integer,
  	"free_passes_per_member" numeric DEFAULT 3 NOT NULL,
  	"extra_pass_fee" numeric DEFAULT 50 NOT NULL,
  	"max_unpaid_extra_passes" numeric DEFAULT 2 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "estate_settings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "_estate_settings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_estate_id" integer,
  	"version_free_passes_per_member" numeric DEFAULT 3 NOT NULL,
  	"version_extra_pass_fee" numeric DEFAULT 50 NOT NULL,
  	"version_max_unpaid_extra_passes" numeric DEFAULT 2 NOT NULL,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_estate_settings_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  CREATE TABLE "users_memberships_roles" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_users_memberships_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_memberships" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"estate_id" integer NOT NULL
  );
  
  DROP INDEX "households_unit_idx";
  DROP INDEX "_households_v_version_version_unit_idx";
  DROP INDEX "passes_number_idx";
  DROP INDEX "_passes_v_version_version_number_idx";
  DROP INDEX "procedures_key_idx";
  DROP INDEX "_procedures_v_version_version_key_idx";
  ALTER TABLE "households" ADD COLUMN "estate_id" integer;
  ALTER TABLE "_households_v" ADD COLUMN "version_estate_id" integer;
  ALTER TABLE "members" ADD COLUMN "estate_id" integer;
  ALTER TABLE "_members_v" ADD COLUMN "version_estate_id" integer;
  ALTER TABLE "passes" ADD COLUMN "estate_id" integer;
  ALTER TABLE "_passes_v" ADD COLUMN "version_estate_id" integer;
  ALTER TABLE "pass_receipts" ADD COLUMN "estate_id" integer;
  ALTER TABLE "signatures" ADD COLUMN "estate_id" integer;
  ALTER TABLE "residents" ADD COLUMN "estate_id" integer;
  ALTER TABLE "users" ADD COLUMN "all_estates" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "current_estate_id" integer;
  ALTER TABLE "kiosks" ADD COLUMN "estate_id" integer;
  ALTER TABLE "procedures" ADD COLUMN "estate_id" integer;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_estate_id" integer;
  ALTER TABLE "notifications" ADD COLUMN "estate_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "estates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "estate_settings_id" integer;
  ALTER TABLE "estates_rels" ADD CONSTRAINT "estates_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."estates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "estates_rels" ADD CONSTRAINT "estates_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "estates_rels" ADD CONSTRAINT "estates_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "estates_rels" ADD CONSTRAINT "estates_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "estate_settings" ADD CONSTRAINT "estate_settings_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "estate_settings_rels" ADD CONSTRAINT "estate_settings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."estate_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "estate_settings_rels" ADD CONSTRAINT "estate_settings_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "estate_settings_rels" ADD CONSTRAINT "estate_settings_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "estate_settings_rels" ADD CONSTRAINT "estate_settings_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_estate_settings_v" ADD CONSTRAINT "_estate_settings_v_parent_id_estate_settings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."estate_settings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_estate_settings_v" ADD CONSTRAINT "_estate_settings_v_version_estate_id_estates_id_fk" FOREIGN KEY ("version_estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_estate_settings_v_rels" ADD CONSTRAINT "_estate_settings_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_estate_settings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_estate_settings_v_rels" ADD CONSTRAINT "_estate_settings_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_estate_settings_v_rels" ADD CONSTRAINT "_estate_settings_v_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_estate_settings_v_rels" ADD CONSTRAINT "_estate_settings_v_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_memberships_roles" ADD CONSTRAINT "users_memberships_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users_memberships"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_memberships" ADD CONSTRAINT "users_memberships_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_memberships" ADD CONSTRAINT "users_memberships_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "estates_code_idx" ON "estates" USING btree ("code");
  CREATE INDEX "estates_updated_at_idx" ON "estates" USING btree ("updated_at");
  CREATE INDEX "estates_created_at_idx" ON "estates" USING btree ("created_at");
  CREATE INDEX "estates_rels_order_idx" ON "estates_rels" USING btree ("order");
  CREATE INDEX "estates_rels_parent_idx" ON "estates_rels" USING btree ("parent_id");
  CREATE INDEX "estates_rels_path_idx" ON "estates_rels" USING btree ("path");
  CREATE INDEX "estates_rels_users_id_idx" ON "estates_rels" USING btree ("users_id");
  CREATE INDEX "estates_rels_residents_id_idx" ON "estates_rels" USING btree ("residents_id");
  CREATE INDEX "estates_rels_kiosks_id_idx" ON "estates_rels" USING btree ("kiosks_id");
  CREATE INDEX "estate_settings_estate_idx" ON "estate_settings" USING btree ("estate_id");
  CREATE INDEX "estate_settings_updated_at_idx" ON "estate_settings" USING btree ("updated_at");
  CREATE INDEX "estate_settings_created_at_idx" ON "estate_settings" USING btree ("created_at");
  CREATE UNIQUE INDEX "estate_idx" ON "estate_settings" USING btree ("estate_id");
  CREATE INDEX "estate_settings_rels_order_idx" ON "estate_settings_rels" USING btree ("order");
  CREATE INDEX "estate_settings_rels_parent_idx" ON "estate_settings_rels" USING btree ("parent_id");
  CREATE INDEX "estate_settings_rels_path_idx" ON "estate_settings_rels" USING btree ("path");
  CREATE INDEX "estate_settings_rels_users_id_idx" ON "estate_settings_rels" USING btree ("users_id");
  CREATE INDEX "estate_settings_rels_residents_id_idx" ON "estate_settings_rels" USING btree ("residents_id");
  CREATE INDEX "estate_settings_rels_kiosks_id_idx" ON "estate_settings_rels" USING btree ("kiosks_id");
  CREATE INDEX "_estate_settings_v_parent_idx" ON "_estate_settings_v" USING btree ("parent_id");
  CREATE INDEX "_estate_settings_v_version_version_estate_idx" ON "_estate_settings_v" USING btree ("version_estate_id");
  CREATE INDEX "_estate_settings_v_version_version_updated_at_idx" ON "_estate_settings_v" USING btree ("version_updated_at");
  CREATE INDEX "_estate_settings_v_version_version_created_at_idx" ON "_estate_settings_v" USING btree ("version_created_at");
  CREATE INDEX "_estate_settings_v_created_at_idx" ON "_estate_settings_v" USING btree ("created_at");
  CREATE INDEX "_estate_settings_v_updated_at_idx" ON "_estate_settings_v" USING btree ("updated_at");
  CREATE INDEX "version_estate_idx" ON "_estate_settings_v" USING btree ("version_estate_id");
  CREATE INDEX "_estate_settings_v_rels_order_idx" ON "_estate_settings_v_rels" USING btree ("order");
  CREATE INDEX "_estate_settings_v_rels_parent_idx" ON "_estate_settings_v_rels" USING btree ("parent_id");
  CREATE INDEX "_estate_settings_v_rels_path_idx" ON "_estate_settings_v_rels" USING btree ("path");
  CREATE INDEX "_estate_settings_v_rels_users_id_idx" ON "_estate_settings_v_rels" USING btree ("users_id");
  CREATE INDEX "_estate_settings_v_rels_residents_id_idx" ON "_estate_settings_v_rels" USING btree ("residents_id");
  CREATE INDEX "_estate_settings_v_rels_kiosks_id_idx" ON "_estate_settings_v_rels" USING btree ("kiosks_id");
  CREATE INDEX "users_memberships_roles_order_idx" ON "users_memberships_roles" USING btree ("order");
  CREATE INDEX "users_memberships_roles_parent_idx" ON "users_memberships_roles" USING btree ("parent_id");
  CREATE INDEX "users_memberships_order_idx" ON "users_memberships" USING btree ("_order");
  CREATE INDEX "users_memberships_parent_id_idx" ON "users_memberships" USING btree ("_parent_id");
  CREATE INDEX "users_memberships_estate_idx" ON "users_memberships" USING btree ("estate_id");
  ALTER TABLE "households" ADD CONSTRAINT "households_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_households_v" ADD CONSTRAINT "_households_v_version_estate_id_estates_id_fk" FOREIGN KEY ("version_estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_members_v" ADD CONSTRAINT "_members_v_version_estate_id_estates_id_fk" FOREIGN KEY ("version_estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "passes" ADD CONSTRAINT "passes_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_passes_v" ADD CONSTRAINT "_passes_v_version_estate_id_estates_id_fk" FOREIGN KEY ("version_estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pass_receipts" ADD CONSTRAINT "pass_receipts_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signatures" ADD CONSTRAINT "signatures_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "residents" ADD CONSTRAINT "residents_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_current_estate_id_estates_id_fk" FOREIGN KEY ("current_estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kiosks" ADD CONSTRAINT "kiosks_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_estate_id_estates_id_fk" FOREIGN KEY ("version_estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_estates_fk" FOREIGN KEY ("estates_id") REFERENCES "public"."estates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_estate_settings_fk" FOREIGN KEY ("estate_settings_id") REFERENCES "public"."estate_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "households_estate_idx" ON "households" USING btree ("estate_id");
  CREATE UNIQUE INDEX "estate_unit_idx" ON "households" USING btree ("estate_id","unit");
  CREATE INDEX "_households_v_version_version_estate_idx" ON "_households_v" USING btree ("version_estate_id");
  CREATE INDEX "version_estate_version_unit_idx" ON "_households_v" USING btree ("version_estate_id","version_unit");
  CREATE INDEX "members_estate_idx" ON "members" USING btree ("estate_id");
  CREATE INDEX "estate_household_idx" ON "members" USING btree ("estate_id","household_id");
  CREATE INDEX "_members_v_version_version_estate_idx" ON "_members_v" USING btree ("version_estate_id");
  CREATE INDEX "version_estate_version_household_idx" ON "_members_v" USING btree ("version_estate_id","version_household_id");
  CREATE INDEX "passes_estate_idx" ON "passes" USING btree ("estate_id");
  CREATE UNIQUE INDEX "estate_number_idx" ON "passes" USING btree ("estate_id","number");
  CREATE INDEX "estate_household_1_idx" ON "passes" USING btree ("estate_id","household_id");
  CREATE INDEX "estate_status_idx" ON "passes" USING btree ("estate_id","status");
  CREATE INDEX "_passes_v_version_version_estate_idx" ON "_passes_v" USING btree ("version_estate_id");
  CREATE INDEX "version_estate_version_number_idx" ON "_passes_v" USING btree ("version_estate_id","version_number");
  CREATE INDEX "version_estate_version_household_1_idx" ON "_passes_v" USING btree ("version_estate_id","version_household_id");
  CREATE INDEX "version_estate_version_status_idx" ON "_passes_v" USING btree ("version_estate_id","version_status");
  CREATE INDEX "pass_receipts_estate_idx" ON "pass_receipts" USING btree ("estate_id");
  CREATE INDEX "estate_household_2_idx" ON "pass_receipts" USING btree ("estate_id","household_id");
  CREATE INDEX "signatures_estate_idx" ON "signatures" USING btree ("estate_id");
  CREATE INDEX "residents_estate_idx" ON "residents" USING btree ("estate_id");
  CREATE INDEX "users_all_estates_idx" ON "users" USING btree ("all_estates");
  CREATE INDEX "users_current_estate_idx" ON "users" USING btree ("current_estate_id");
  CREATE INDEX "kiosks_estate_idx" ON "kiosks" USING btree ("estate_id");
  CREATE INDEX "procedures_estate_idx" ON "procedures" USING btree ("estate_id");
  CREATE UNIQUE INDEX "estate_key_idx" ON "procedures" USING btree ("estate_id","key");
  CREATE INDEX "_procedures_v_version_version_estate_idx" ON "_procedures_v" USING btree ("version_estate_id");
  CREATE INDEX "version_estate_version_key_idx" ON "_procedures_v" USING btree ("version_estate_id","version_key");
  CREATE INDEX "notifications_estate_idx" ON "notifications" USING btree ("estate_id");
  CREATE INDEX "payload_locked_documents_rels_estates_id_idx" ON "payload_locked_documents_rels" USING btree ("estates_id");
  CREATE INDEX "payload_locked_documents_rels_estate_settings_id_idx" ON "payload_locked_documents_rels" USING btree ("estate_settings_id");
`)
  // An installation that ran one estate moves into a default estate with nothing lost: every
  // record, version, setting and staff role is now that estate's (a fresh database has no rows
  // and gets no estate here; the server makes the first one at start-up).
  await db.execute(sql`
  INSERT INTO "estates" ("name", "name_en", "code", "time_zone", "currency", "updated_at", "created_at")
    SELECT '陽光嘉園', 'Sunshine Garden', 'SG', 'Asia/Shanghai', COALESCE((SELECT "currency" FROM "pass_settings" LIMIT 1), 'CNY'), now(), now()
    WHERE EXISTS (SELECT 1 FROM "users") OR EXISTS (SELECT 1 FROM "households") OR EXISTS (SELECT 1 FROM "procedures") OR EXISTS (SELECT 1 FROM "kiosks");
  UPDATE "households" SET "estate_id" = (SELECT "id" FROM "estates" WHERE "code" = 'SG') WHERE "estate_id" IS NULL;
  UPDATE "members" SET "estate_id" = (SELECT "id" FROM "estates" WHERE "code" = 'SG') WHERE "estate_id" IS NULL;
  UPDATE "passes" SET "estate_id" = (SELECT "id" FROM "estates" WHERE "code" = 'SG') WHERE "estate_id" IS NULL;
  UPDATE "pass_receipts" SET "estate_id" = (SELECT "id" FROM "estates" WHERE "code" = 'SG') WHERE "estate_id" IS NULL;
  UPDATE "signatures" SET "estate_id" = (SELECT "id" FROM "estates" WHERE "code" = 'SG') WHERE "estate_id" IS NULL;
  UPDATE "residents" SET "estate_id" = (SELECT "id" FROM "estates" WHERE "code" = 'SG') WHERE "estate_id" IS NULL;
  UPDATE "kiosks" SET "estate_id" = (SELECT "id" FROM "estates" WHERE "code" = 'SG') WHERE "estate_id" IS NULL;
  UPDATE "procedures" SET "estate_id" = (SELECT "id" FROM "estates" WHERE "code" = 'SG') WHERE "estate_id" IS NULL;
  UPDATE "notifications" SET "estate_id" = (SELECT "id" FROM "estates" WHERE "code" = 'SG') WHERE "estate_id" IS NULL;
  UPDATE "_households_v" SET "version_estate_id" = (SELECT "id" FROM "estates" WHERE "code" = 'SG') WHERE "version_estate_id" IS NULL;
  UPDATE "_members_v" SET "version_estate_id" = (SELECT "id" FROM "estates" WHERE "code" = 'SG') WHERE "version_estate_id" IS NULL;
  UPDATE "_passes_v" SET "version_estate_id" = (SELECT "id" FROM "estates" WHERE "code" = 'SG') WHERE "version_estate_id" IS NULL;
  UPDATE "_procedures_v" SET "version_estate_id" = (SELECT "id" FROM "estates" WHERE "code" = 'SG') WHERE "version_estate_id" IS NULL;
  INSERT INTO "estate_settings" ("estate_id", "free_passes_per_member", "extra_pass_fee", "max_unpaid_extra_passes", "updated_at", "created_at")
    SELECT e."id", COALESCE(ps."free_passes_per_member", 3), COALESCE(ps."extra_pass_fee", 50), COALESCE(ps."max_unpaid_extra_passes", 2), now(), now()
    FROM "estates" e LEFT JOIN (SELECT * FROM "pass_settings" LIMIT 1) ps ON 1 = 1 WHERE e."code" = 'SG';
  INSERT INTO "users_memberships" ("_order", "_parent_id", "id", "estate_id")
    SELECT 1, u."id", substr(md5(random()::text || u."id"::text), 1, 24), (SELECT "id" FROM "estates" WHERE "code" = 'SG') FROM "users" u WHERE EXISTS (SELECT 1 FROM "users_roles" r WHERE r."parent_id" = u."id");
  INSERT INTO "users_memberships_roles" ("order", "parent_id", "value")
    SELECT r."order", m."id", r."value"::text::"enum_users_memberships_roles" FROM "users_roles" r JOIN "users_memberships" m ON m."_parent_id" = r."parent_id";
  UPDATE "users" SET "all_estates" = true WHERE "id" IN (SELECT "parent_id" FROM "users_roles" WHERE "value" = 'admin');
  UPDATE "users" SET "current_estate_id" = (SELECT "id" FROM "estates" WHERE "code" = 'SG') WHERE "current_estate_id" IS NULL;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "pass_settings" CASCADE;
  DROP TYPE "public"."enum_users_roles";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_roles" AS ENUM('guard', 'cs', 'supervisor', 'manager', 'engineering', 'environment', 'security', 'finance', 'administration', 'admin');
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pass_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"free_passes_per_member" numeric DEFAULT 3 NOT NULL,
  	"extra_pass_fee" numeric DEFAULT 50 NOT NULL,
  	"currency" varchar DEFAULT 'CNY' NOT NULL,
  	"max_unpaid_extra_passes" numeric DEFAULT 2 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "estates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "estates_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "estate_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "estate_settings_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_estate_settings_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_estate_settings_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_memberships_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_memberships" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "estates" CASCADE;
  DROP TABLE "estates_rels" CASCADE;
  DROP TABLE "estate_settings" CASCADE;
  DROP TABLE "estate_settings_rels" CASCADE;
  DROP TABLE "_estate_settings_v" CASCADE;
  DROP TABLE "_estate_settings_v_rels" CASCADE;
  DROP TABLE "users_memberships_roles" CASCADE;
  DROP TABLE "users_memberships" CASCADE;
  ALTER TABLE "households" DROP CONSTRAINT "households_estate_id_estates_id_fk";
  
  ALTER TABLE "_households_v" DROP CONSTRAINT "_households_v_version_estate_id_estates_id_fk";
  
  ALTER TABLE "members" DROP CONSTRAINT "members_estate_id_estates_id_fk";
  
  ALTER TABLE "_members_v" DROP CONSTRAINT "_members_v_version_estate_id_estates_id_fk";
  
  ALTER TABLE "passes" DROP CONSTRAINT "passes_estate_id_estates_id_fk";
  
  ALTER TABLE "_passes_v" DROP CONSTRAINT "_passes_v_version_estate_id_estates_id_fk";
  
  ALTER TABLE "pass_receipts" DROP CONSTRAINT "pass_receipts_estate_id_estates_id_fk";
  
  ALTER TABLE "signatures" DROP CONSTRAINT "signatures_estate_id_estates_id_fk";
  
  ALTER TABLE "residents" DROP CONSTRAINT "residents_estate_id_estates_id_fk";
  
  ALTER TABLE "users" DROP CONSTRAINT "users_current_estate_id_estates_id_fk";
  
  ALTER TABLE "kiosks" DROP CONSTRAINT "kiosks_estate_id_estates_id_fk";
  
  ALTER TABLE "procedures" DROP CONSTRAINT "procedures_estate_id_estates_id_fk";
  
  ALTER TABLE "_procedures_v" DROP CONSTRAINT "_procedures_v_version_estate_id_estates_id_fk";
  
  ALTER TABLE "notifications" DROP CONSTRAINT "notifications_estate_id_estates_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_estates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_estate_settings_fk";
  
  DROP INDEX "households_estate_idx";
  DROP INDEX "estate_unit_idx";
  DROP INDEX "_households_v_version_version_estate_idx";
  DROP INDEX "version_estate_version_unit_idx";
  DROP INDEX "members_estate_idx";
  DROP INDEX "estate_household_idx";
  DROP INDEX "_members_v_version_version_estate_idx";
  DROP INDEX "version_estate_version_household_idx";
  DROP INDEX "passes_estate_idx";
  DROP INDEX "estate_number_idx";
  DROP INDEX "estate_household_1_idx";
  DROP INDEX "estate_status_idx";
  DROP INDEX "_passes_v_version_version_estate_idx";
  DROP INDEX "version_estate_version_number_idx";
  DROP INDEX "version_estate_version_household_1_idx";
  DROP INDEX "version_estate_version_status_idx";
  DROP INDEX "pass_receipts_estate_idx";
  DROP INDEX "estate_household_2_idx";
  DROP INDEX "signatures_estate_idx";
  DROP INDEX "residents_estate_idx";
  DROP INDEX "users_all_estates_idx";
  DROP INDEX "users_current_estate_idx";
  DROP INDEX "kiosks_estate_idx";
  DROP INDEX "procedures_estate_idx";
  DROP INDEX "estate_key_idx";
  DROP INDEX "_procedures_v_version_version_estate_idx";
  DROP INDEX "version_estate_version_key_idx";
  DROP INDEX "notifications_estate_idx";
  DROP INDEX "payload_locked_documents_rels_estates_id_idx";
  DROP INDEX "payload_locked_documents_rels_estate_settings_id_idx";
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE UNIQUE INDEX "households_unit_idx" ON "households" USING btree ("unit");
  CREATE INDEX "_households_v_version_version_unit_idx" ON "_households_v" USING btree ("version_unit");
  CREATE UNIQUE INDEX "passes_number_idx" ON "passes" USING btree ("number");
  CREATE INDEX "_passes_v_version_version_number_idx" ON "_passes_v" USING btree ("version_number");
  CREATE UNIQUE INDEX "procedures_key_idx" ON "procedures" USING btree ("key");
  CREATE INDEX "_procedures_v_version_version_key_idx" ON "_procedures_v" USING btree ("version_key");
  ALTER TABLE "households" DROP COLUMN "estate_id";
  ALTER TABLE "_households_v" DROP COLUMN "version_estate_id";
  ALTER TABLE "members" DROP COLUMN "estate_id";
  ALTER TABLE "_members_v" DROP COLUMN "version_estate_id";
  ALTER TABLE "passes" DROP COLUMN "estate_id";
  ALTER TABLE "_passes_v" DROP COLUMN "version_estate_id";
  ALTER TABLE "pass_receipts" DROP COLUMN "estate_id";
  ALTER TABLE "signatures" DROP COLUMN "estate_id";
  ALTER TABLE "residents" DROP COLUMN "estate_id";
  ALTER TABLE "users" DROP COLUMN "all_estates";
  ALTER TABLE "users" DROP COLUMN "current_estate_id";
  ALTER TABLE "kiosks" DROP COLUMN "estate_id";
  ALTER TABLE "procedures" DROP COLUMN "estate_id";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_estate_id";
  ALTER TABLE "notifications" DROP COLUMN "estate_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "estates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "estate_settings_id";
  DROP TYPE "public"."enum_users_memberships_roles";`)
}
