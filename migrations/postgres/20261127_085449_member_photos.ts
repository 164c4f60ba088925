import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "member_photos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"member_id" integer NOT NULL,
  	"household_id" integer,
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
  
  CREATE TABLE "member_photos_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  ALTER TABLE "members" ADD COLUMN "photo_id" integer;
  ALTER TABLE "_members_v" ADD COLUMN "version_photo_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "member_photos_id" integer;
  ALTER TABLE "member_photos" ADD CONSTRAINT "member_photos_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "member_photos" ADD CONSTRAINT "member_photos_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "member_photos" ADD CONSTRAINT "member_photos_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "member_photos_rels" ADD CONSTRAINT "member_photos_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."member_photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "member_photos_rels" ADD CONSTRAINT "member_photos_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "member_photos_rels" ADD CONSTRAINT "member_photos_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "member_photos_rels" ADD CONSTRAINT "member_photos_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "member_photos_member_idx" ON "member_photos" USING btree ("member_id");
  CREATE INDEX "member_photos_household_idx" ON "member_photos" USING btree ("household_id");
  CREATE INDEX "member_photos_estate_idx" ON "member_photos" USING btree ("estate_id");
  CREATE INDEX "member_photos_updated_at_idx" ON "member_photos" USING btree ("updated_at");
  CREATE INDEX "member_photos_created_at_idx" ON "member_photos" USING btree ("created_at");
  CREATE UNIQUE INDEX "member_photos_filename_idx" ON "member_photos" USING btree ("filename");
  CREATE INDEX "member_photos_rels_order_idx" ON "member_photos_rels" USING btree ("order");
  CREATE INDEX "member_photos_rels_parent_idx" ON "member_photos_rels" USING btree ("parent_id");
  CREATE INDEX "member_photos_rels_path_idx" ON "member_photos_rels" USING btree ("path");
  CREATE INDEX "member_photos_rels_users_id_idx" ON "member_photos_rels" USING btree ("users_id");
  CREATE INDEX "member_photos_rels_residents_id_idx" ON "member_photos_rels" USING btree ("residents_id");
  CREATE INDEX "member_photos_rels_kiosks_id_idx" ON "member_photos_rels" USING btree ("kiosks_id");
  ALTER TABLE "members" ADD CONSTRAINT "members_photo_id_member_photos_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."member_photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_members_v" ADD CONSTRAINT "_members_v_version_photo_id_member_photos_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."member_photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_member_photos_fk" FOREIGN KEY ("member_photos_id") REFERENCES "public"."member_photos"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "members_photo_idx" ON "members" USING btree ("photo_id");
  CREATE INDEX "_members_v_version_version_photo_idx" ON "_members_v" USING btree ("version_photo_id");
  CREATE INDEX "payload_locked_documents_rels_member_photos_id_idx" ON "payload_locked_documents_rels" USING btree ("member_photos_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "member_photos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "member_photos_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "member_photos" CASCADE;
  DROP TABLE "member_photos_rels" CASCADE;
  ALTER TABLE "members" DROP CONSTRAINT "members_photo_id_member_photos_id_fk";
  
  ALTER TABLE "_members_v" DROP CONSTRAINT "_members_v_version_photo_id_member_photos_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_member_photos_fk";
  
  DROP INDEX "members_photo_idx";
  DROP INDEX "_members_v_version_version_photo_idx";
  DROP INDEX "payload_locked_documents_rels_member_photos_id_idx";
  ALTER TABLE "members" DROP COLUMN "photo_id";
  ALTER TABLE "_members_v" DROP COLUMN "version_photo_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "member_photos_id";`)
}
