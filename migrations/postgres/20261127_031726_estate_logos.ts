import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "estate_logos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
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
  
  ALTER TABLE "estates" ADD COLUMN "logo_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "estate_logos_id" integer;
  ALTER TABLE "estate_logos" ADD CONSTRAINT "estate_logos_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "estate_logos_estate_idx" ON "estate_logos" USING btree ("estate_id");
  CREATE INDEX "estate_logos_updated_at_idx" ON "estate_logos" USING btree ("updated_at");
  CREATE INDEX "estate_logos_created_at_idx" ON "estate_logos" USING btree ("created_at");
  CREATE UNIQUE INDEX "estate_logos_filename_idx" ON "estate_logos" USING btree ("filename");
  ALTER TABLE "estates" ADD CONSTRAINT "estates_logo_id_estate_logos_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."estate_logos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_estate_logos_fk" FOREIGN KEY ("estate_logos_id") REFERENCES "public"."estate_logos"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "estates_logo_idx" ON "estates" USING btree ("logo_id");
  CREATE INDEX "payload_locked_documents_rels_estate_logos_id_idx" ON "payload_locked_documents_rels" USING btree ("estate_logos_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "estate_logos" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "estate_logos" CASCADE;
  ALTER TABLE "estates" DROP CONSTRAINT "estates_logo_id_estate_logos_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_estate_logos_fk";
  
  DROP INDEX "estates_logo_idx";
  DROP INDEX "payload_locked_documents_rels_estate_logos_id_idx";
  ALTER TABLE "estates" DROP COLUMN "logo_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "estate_logos_id";`)
}
