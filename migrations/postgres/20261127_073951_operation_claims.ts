import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "operation_claims" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"claimed_at" timestamp(3) with time zone NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "operation_claims_id" integer;
  CREATE UNIQUE INDEX "operation_claims_key_idx" ON "operation_claims" USING btree ("key");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_operation_claims_fk" FOREIGN KEY ("operation_claims_id") REFERENCES "public"."operation_claims"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_operation_claims_id_idx" ON "payload_locked_documents_rels" USING btree ("operation_claims_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "operation_claims" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "operation_claims" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_operation_claims_fk";
  
  DROP INDEX "payload_locked_documents_rels_operation_claims_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "operation_claims_id";`)
}
