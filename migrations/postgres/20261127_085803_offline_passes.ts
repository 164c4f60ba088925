import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_visitor_pass_uses_flag" AS ENUM('used-up', 'revoked', 'expired', 'not-yet-valid');
  CREATE TABLE "estate_pass_keys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"estate_id" integer NOT NULL,
  	"public_jwk" jsonb NOT NULL,
  	"private_jwk" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "visitor_pass_uses" ADD COLUMN "idempotency_key" varchar;
  ALTER TABLE "visitor_pass_uses" ADD COLUMN "offline" boolean DEFAULT false;
  ALTER TABLE "visitor_pass_uses" ADD COLUMN "uploaded_at" timestamp(3) with time zone;
  ALTER TABLE "visitor_pass_uses" ADD COLUMN "flag" "enum_visitor_pass_uses_flag";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "estate_pass_keys_id" integer;
  ALTER TABLE "estate_pass_keys" ADD CONSTRAINT "estate_pass_keys_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "estate_pass_keys_estate_idx" ON "estate_pass_keys" USING btree ("estate_id");
  CREATE INDEX "estate_pass_keys_updated_at_idx" ON "estate_pass_keys" USING btree ("updated_at");
  CREATE INDEX "estate_pass_keys_created_at_idx" ON "estate_pass_keys" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_estate_pass_keys_fk" FOREIGN KEY ("estate_pass_keys_id") REFERENCES "public"."estate_pass_keys"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "visitor_pass_uses_idempotency_key_idx" ON "visitor_pass_uses" USING btree ("idempotency_key");
  CREATE INDEX "payload_locked_documents_rels_estate_pass_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("estate_pass_keys_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "estate_pass_keys" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "estate_pass_keys" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_estate_pass_keys_fk";
  
  DROP INDEX "visitor_pass_uses_idempotency_key_idx";
  DROP INDEX "payload_locked_documents_rels_estate_pass_keys_id_idx";
  ALTER TABLE "visitor_pass_uses" DROP COLUMN "idempotency_key";
  ALTER TABLE "visitor_pass_uses" DROP COLUMN "offline";
  ALTER TABLE "visitor_pass_uses" DROP COLUMN "uploaded_at";
  ALTER TABLE "visitor_pass_uses" DROP COLUMN "flag";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "estate_pass_keys_id";
  DROP TYPE "public"."enum_visitor_pass_uses_flag";`)
}
