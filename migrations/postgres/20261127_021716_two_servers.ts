import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "attempt_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "delivery_claims" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"message" varchar NOT NULL,
  	"claimed_at" timestamp(3) with time zone NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "attempt_counters_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "delivery_claims_id" integer;
  CREATE INDEX "attempt_counters_key_idx" ON "attempt_counters" USING btree ("key");
  CREATE INDEX "attempt_counters_expires_at_idx" ON "attempt_counters" USING btree ("expires_at");
  CREATE UNIQUE INDEX "delivery_claims_message_idx" ON "delivery_claims" USING btree ("message");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attempt_counters_fk" FOREIGN KEY ("attempt_counters_id") REFERENCES "public"."attempt_counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_delivery_claims_fk" FOREIGN KEY ("delivery_claims_id") REFERENCES "public"."delivery_claims"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_attempt_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("attempt_counters_id");
  CREATE INDEX "payload_locked_documents_rels_delivery_claims_id_idx" ON "payload_locked_documents_rels" USING btree ("delivery_claims_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "attempt_counters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "delivery_claims" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "attempt_counters" CASCADE;
  DROP TABLE "delivery_claims" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_attempt_counters_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_delivery_claims_fk";
  
  DROP INDEX "payload_locked_documents_rels_attempt_counters_id_idx";
  DROP INDEX "payload_locked_documents_rels_delivery_claims_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "attempt_counters_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "delivery_claims_id";`)
}
