import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_benchmark_baselines_status" AS ENUM('prepared', 'active', 'lost', 'void');
  CREATE TABLE "benchmark_baselines" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"member_id" integer,
  	"household_id" integer,
  	"number" varchar,
  	"fee" numeric,
  	"currency" varchar,
  	"status" "enum_benchmark_baselines_status",
  	"qr_token" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "benchmark_baselines_id" integer;
  ALTER TABLE "benchmark_baselines" ADD CONSTRAINT "benchmark_baselines_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "benchmark_baselines" ADD CONSTRAINT "benchmark_baselines_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "benchmark_baselines_member_idx" ON "benchmark_baselines" USING btree ("member_id");
  CREATE INDEX "benchmark_baselines_household_idx" ON "benchmark_baselines" USING btree ("household_id");
  CREATE INDEX "benchmark_baselines_updated_at_idx" ON "benchmark_baselines" USING btree ("updated_at");
  CREATE INDEX "benchmark_baselines_created_at_idx" ON "benchmark_baselines" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_benchmark_baselines_fk" FOREIGN KEY ("benchmark_baselines_id") REFERENCES "public"."benchmark_baselines"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_benchmark_baselines_id_idx" ON "payload_locked_documents_rels" USING btree ("benchmark_baselines_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "benchmark_baselines" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "benchmark_baselines" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_benchmark_baselines_fk";
  
  DROP INDEX "payload_locked_documents_rels_benchmark_baselines_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "benchmark_baselines_id";
  DROP TYPE "public"."enum_benchmark_baselines_status";`)
}
