import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_visitor_passes_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum__visitor_passes_v_version_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TABLE "visitor_passes_days" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_visitor_passes_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_visitor_passes_v_version_days" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__visitor_passes_v_version_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "do_not_admit" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"organisation" varchar,
  	"plate" varchar,
  	"reason" varchar NOT NULL,
  	"estate_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "do_not_admit_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  ALTER TABLE "visitor_requests" ADD COLUMN "do_not_admit" jsonb;
  ALTER TABLE "visitor_requests" ADD COLUMN "override_warning" boolean;
  ALTER TABLE "visitor_requests" ADD COLUMN "override_note" varchar;
  ALTER TABLE "visitor_requests" ADD COLUMN "overridden_by_id" integer;
  ALTER TABLE "visitor_requests" ADD COLUMN "overridden_at" timestamp(3) with time zone;
  ALTER TABLE "_visitor_requests_v" ADD COLUMN "version_do_not_admit" jsonb;
  ALTER TABLE "_visitor_requests_v" ADD COLUMN "version_override_warning" boolean;
  ALTER TABLE "_visitor_requests_v" ADD COLUMN "version_override_note" varchar;
  ALTER TABLE "_visitor_requests_v" ADD COLUMN "version_overridden_by_id" integer;
  ALTER TABLE "_visitor_requests_v" ADD COLUMN "version_overridden_at" timestamp(3) with time zone;
  ALTER TABLE "visitor_passes" ADD COLUMN "daily_from" varchar;
  ALTER TABLE "visitor_passes" ADD COLUMN "daily_until" varchar;
  ALTER TABLE "visitor_passes" ADD COLUMN "do_not_admit" jsonb;
  ALTER TABLE "_visitor_passes_v" ADD COLUMN "version_daily_from" varchar;
  ALTER TABLE "_visitor_passes_v" ADD COLUMN "version_daily_until" varchar;
  ALTER TABLE "_visitor_passes_v" ADD COLUMN "version_do_not_admit" jsonb;
  ALTER TABLE "visitor_pass_uses" ADD COLUMN "day" varchar;
  ALTER TABLE "visitor_pass_uses" ADD COLUMN "estate_id" integer;
  ALTER TABLE "visitor_pass_uses" ADD COLUMN "checked_out_at" timestamp(3) with time zone;
  ALTER TABLE "visitor_pass_uses" ADD COLUMN "checked_out_by_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "do_not_admit_id" integer;
  ALTER TABLE "visitor_passes_days" ADD CONSTRAINT "visitor_passes_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."visitor_passes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_visitor_passes_v_version_days" ADD CONSTRAINT "_visitor_passes_v_version_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_visitor_passes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "do_not_admit" ADD CONSTRAINT "do_not_admit_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "do_not_admit_rels" ADD CONSTRAINT "do_not_admit_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."do_not_admit"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "do_not_admit_rels" ADD CONSTRAINT "do_not_admit_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "do_not_admit_rels" ADD CONSTRAINT "do_not_admit_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "do_not_admit_rels" ADD CONSTRAINT "do_not_admit_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "visitor_passes_days_order_idx" ON "visitor_passes_days" USING btree ("order");
  CREATE INDEX "visitor_passes_days_parent_idx" ON "visitor_passes_days" USING btree ("parent_id");
  CREATE INDEX "_visitor_passes_v_version_days_order_idx" ON "_visitor_passes_v_version_days" USING btree ("order");
  CREATE INDEX "_visitor_passes_v_version_days_parent_idx" ON "_visitor_passes_v_version_days" USING btree ("parent_id");
  CREATE INDEX "do_not_admit_estate_idx" ON "do_not_admit" USING btree ("estate_id");
  CREATE INDEX "do_not_admit_updated_at_idx" ON "do_not_admit" USING btree ("updated_at");
  CREATE INDEX "do_not_admit_created_at_idx" ON "do_not_admit" USING btree ("created_at");
  CREATE INDEX "do_not_admit_rels_order_idx" ON "do_not_admit_rels" USING btree ("order");
  CREATE INDEX "do_not_admit_rels_parent_idx" ON "do_not_admit_rels" USING btree ("parent_id");
  CREATE INDEX "do_not_admit_rels_path_idx" ON "do_not_admit_rels" USING btree ("path");
  CREATE INDEX "do_not_admit_rels_users_id_idx" ON "do_not_admit_rels" USING btree ("users_id");
  CREATE INDEX "do_not_admit_rels_residents_id_idx" ON "do_not_admit_rels" USING btree ("residents_id");
  CREATE INDEX "do_not_admit_rels_kiosks_id_idx" ON "do_not_admit_rels" USING btree ("kiosks_id");
  ALTER TABLE "visitor_requests" ADD CONSTRAINT "visitor_requests_overridden_by_id_users_id_fk" FOREIGN KEY ("overridden_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_visitor_requests_v" ADD CONSTRAINT "_visitor_requests_v_version_overridden_by_id_users_id_fk" FOREIGN KEY ("version_overridden_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visitor_pass_uses" ADD CONSTRAINT "visitor_pass_uses_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visitor_pass_uses" ADD CONSTRAINT "visitor_pass_uses_checked_out_by_id_users_id_fk" FOREIGN KEY ("checked_out_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_do_not_admit_fk" FOREIGN KEY ("do_not_admit_id") REFERENCES "public"."do_not_admit"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "visitor_requests_overridden_by_idx" ON "visitor_requests" USING btree ("overridden_by_id");
  CREATE INDEX "_visitor_requests_v_version_version_overridden_by_idx" ON "_visitor_requests_v" USING btree ("version_overridden_by_id");
  CREATE INDEX "visitor_pass_uses_day_idx" ON "visitor_pass_uses" USING btree ("day");
  CREATE INDEX "visitor_pass_uses_estate_idx" ON "visitor_pass_uses" USING btree ("estate_id");
  CREATE INDEX "visitor_pass_uses_checked_out_at_idx" ON "visitor_pass_uses" USING btree ("checked_out_at");
  CREATE INDEX "visitor_pass_uses_checked_out_by_idx" ON "visitor_pass_uses" USING btree ("checked_out_by_id");
  UPDATE "visitor_pass_uses" SET "estate_id" = "visitor_passes"."estate_id" FROM "visitor_passes" WHERE "visitor_passes"."id" = "visitor_pass_uses"."pass_id";
  CREATE INDEX "payload_locked_documents_rels_do_not_admit_id_idx" ON "payload_locked_documents_rels" USING btree ("do_not_admit_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "visitor_passes_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_visitor_passes_v_version_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "do_not_admit" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "do_not_admit_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "visitor_passes_days" CASCADE;
  DROP TABLE "_visitor_passes_v_version_days" CASCADE;
  DROP TABLE "do_not_admit" CASCADE;
  DROP TABLE "do_not_admit_rels" CASCADE;
  ALTER TABLE "visitor_requests" DROP CONSTRAINT "visitor_requests_overridden_by_id_users_id_fk";
  
  ALTER TABLE "_visitor_requests_v" DROP CONSTRAINT "_visitor_requests_v_version_overridden_by_id_users_id_fk";
  
  ALTER TABLE "visitor_pass_uses" DROP CONSTRAINT "visitor_pass_uses_estate_id_estates_id_fk";
  
  ALTER TABLE "visitor_pass_uses" DROP CONSTRAINT "visitor_pass_uses_checked_out_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_do_not_admit_fk";
  
  DROP INDEX "visitor_requests_overridden_by_idx";
  DROP INDEX "_visitor_requests_v_version_version_overridden_by_idx";
  DROP INDEX "visitor_pass_uses_day_idx";
  DROP INDEX "visitor_pass_uses_estate_idx";
  DROP INDEX "visitor_pass_uses_checked_out_at_idx";
  DROP INDEX "visitor_pass_uses_checked_out_by_idx";
  DROP INDEX "payload_locked_documents_rels_do_not_admit_id_idx";
  ALTER TABLE "visitor_requests" DROP COLUMN "do_not_admit";
  ALTER TABLE "visitor_requests" DROP COLUMN "override_warning";
  ALTER TABLE "visitor_requests" DROP COLUMN "override_note";
  ALTER TABLE "visitor_requests" DROP COLUMN "overridden_by_id";
  ALTER TABLE "visitor_requests" DROP COLUMN "overridden_at";
  ALTER TABLE "_visitor_requests_v" DROP COLUMN "version_do_not_admit";
  ALTER TABLE "_visitor_requests_v" DROP COLUMN "version_override_warning";
  ALTER TABLE "_visitor_requests_v" DROP COLUMN "version_override_note";
  ALTER TABLE "_visitor_requests_v" DROP COLUMN "version_overridden_by_id";
  ALTER TABLE "_visitor_requests_v" DROP COLUMN "version_overridden_at";
  ALTER TABLE "visitor_passes" DROP COLUMN "daily_from";
  ALTER TABLE "visitor_passes" DROP COLUMN "daily_until";
  ALTER TABLE "visitor_passes" DROP COLUMN "do_not_admit";
  ALTER TABLE "_visitor_passes_v" DROP COLUMN "version_daily_from";
  ALTER TABLE "_visitor_passes_v" DROP COLUMN "version_daily_until";
  ALTER TABLE "_visitor_passes_v" DROP COLUMN "version_do_not_admit";
  ALTER TABLE "visitor_pass_uses" DROP COLUMN "day";
  ALTER TABLE "visitor_pass_uses" DROP COLUMN "estate_id";
  ALTER TABLE "visitor_pass_uses" DROP COLUMN "checked_out_at";
  ALTER TABLE "visitor_pass_uses" DROP COLUMN "checked_out_by_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "do_not_admit_id";
  DROP TYPE "public"."enum_visitor_passes_days";
  DROP TYPE "public"."enum__visitor_passes_v_version_days";`)
}
