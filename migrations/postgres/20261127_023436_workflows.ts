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
  
  ALTER TABLE "users" ADD COLUMN "language" "enum_users_language";
  ALTER TABLE "status_changes_rels" ADD CONSTRAINT "status_changes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."status_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "status_changes_rels" ADD CONSTRAINT "status_changes_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "status_changes_rels" ADD CONSTRAINT "status_changes_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "status_changes_rels" ADD CONSTRAINT "status_changes_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "status_changes_collection_slug_idx" ON "status_changes" USING btree ("collection_slug");
  CREATE INDEX "status_changes_document_id_idx" ON "status_changes" USING btree ("document_id");
  CREATE INDEX "status_changes_at_idx" ON "status_changes" USING btree ("at");
  CREATE INDEX "status_changes_updated_at_idx" ON "status_changes" USING btree ("updated_at");
  CREATE INDEX "status_changes_created_at_idx" ON "status_changes" USING btree ("created_at");
  CREATE INDEX "status_changes_rels_order_idx" ON "status_changes_rels" USING btree ("order");
  CREATE INDEX "status_changes_rels_parent_idx" ON "status_changes_rels" USING btree ("parent_id");
  CREATE INDEX "status_changes_rels_path_idx" ON "status_changes_rels" USING btree ("path");
  CREATE INDEX "status_changes_rels_users_id_idx" ON "status_changes_rels" USING btree ("users_id");
  CREATE INDEX "status_changes_rels_residents_id_idx" ON "status_changes_rels" USING btree ("residents_id");
  CREATE INDEX "status_changes_rels_kiosks_id_idx" ON "status_changes_rels" USING btree ("kiosks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "status_changes" CASCADE;
  DROP TABLE "status_changes_rels" CASCADE;
  ALTER TABLE "users" DROP COLUMN "language";
  DROP TYPE "public"."enum_users_language";`)
}
