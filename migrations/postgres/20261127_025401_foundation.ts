import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_language" AS ENUM('zh-TW', 'en');
  CREATE TABLE "status_changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"workflow" varchar NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"field" varchar NOT NULL,
  	"from" varchar,
  	"to" varchar NOT NULL,
  	"operation" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"note" varchar,
  	"estate_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "status_changes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
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
  
  ALTER TABLE "users" ADD COLUMN "language" "enum_users_language";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "attempt_counters_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "delivery_claims_id" integer;
  ALTER TABLE "status_changes" ADD CONSTRAINT "status_changes_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "status_changes_rels" ADD CONSTRAINT "status_changes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."status_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "status_changes_rels" ADD CONSTRAINT "status_changes_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "status_changes_rels" ADD CONSTRAINT "status_changes_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "status_changes_rels" ADD CONSTRAINT "status_changes_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "status_changes_collection_slug_idx" ON "status_changes" USING btree ("collection_slug");
  CREATE INDEX "status_changes_document_id_idx" ON "status_changes" USING btree ("document_id");
  CREATE INDEX "status_changes_at_idx" ON "status_changes" USING btree ("at");
  CREATE INDEX "status_changes_estate_idx" ON "status_changes" USING btree ("estate_id");
  CREATE INDEX "status_changes_updated_at_idx" ON "status_changes" USING btree ("updated_at");
  CREATE INDEX "status_changes_created_at_idx" ON "status_changes" USING btree ("created_at");
  CREATE INDEX "estate_collectionSlug_documentId_idx" ON "status_changes" USING btree ("estate_id","collection_slug","document_id");
  CREATE INDEX "status_changes_rels_order_idx" ON "status_changes_rels" USING btree ("order");
  CREATE INDEX "status_changes_rels_parent_idx" ON "status_changes_rels" USING btree ("parent_id");
  CREATE INDEX "status_changes_rels_path_idx" ON "status_changes_rels" USING btree ("path");
  CREATE INDEX "status_changes_rels_users_id_idx" ON "status_changes_rels" USING btree ("users_id");
  CREATE INDEX "status_changes_rels_residents_id_idx" ON "status_changes_rels" USING btree ("residents_id");
  CREATE INDEX "status_changes_rels_kiosks_id_idx" ON "status_changes_rels" USING btree ("kiosks_id");
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
   ALTER TABLE "status_changes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "status_changes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "attempt_counters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "delivery_claims" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "status_changes" CASCADE;
  DROP TABLE "status_changes_rels" CASCADE;
  DROP TABLE "attempt_counters" CASCADE;
  DROP TABLE "delivery_claims" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_attempt_counters_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_delivery_claims_fk";
  
  DROP INDEX "payload_locked_documents_rels_attempt_counters_id_idx";
  DROP INDEX "payload_locked_documents_rels_delivery_claims_id_idx";
  ALTER TABLE "users" DROP COLUMN "language";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "attempt_counters_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "delivery_claims_id";
  DROP TYPE "public"."enum_users_language";`)
}
