import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Mail items: who recorded the item becomes a plain column (`recordedBy`, staff only) instead of
 * the polymorphic createdBy/updatedBy kept in `mail_items_rels` (see collections/MailItems). The
 * recorders kept so far are copied over before the relations table goes; the last-changed-by rows
 * are dropped: every change after recording names its author in the record of changes.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "mail_items" ADD COLUMN "recorded_by_id" integer;
  UPDATE "mail_items" m SET "recorded_by_id" = r."users_id"
    FROM "mail_items_rels" r
    WHERE r."parent_id" = m."id" AND r."path" = 'createdBy' AND r."users_id" IS NOT NULL;
  ALTER TABLE "mail_items_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "mail_items_rels" CASCADE;
  ALTER TABLE "mail_items" ADD CONSTRAINT "mail_items_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "mail_items_recorded_by_idx" ON "mail_items" USING btree ("recorded_by_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "mail_items_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  ALTER TABLE "mail_items" DROP CONSTRAINT "mail_items_recorded_by_id_users_id_fk";
  
  DROP INDEX "mail_items_recorded_by_idx";
  ALTER TABLE "mail_items_rels" ADD CONSTRAINT "mail_items_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."mail_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_items_rels" ADD CONSTRAINT "mail_items_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_items_rels" ADD CONSTRAINT "mail_items_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_items_rels" ADD CONSTRAINT "mail_items_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "mail_items_rels_order_idx" ON "mail_items_rels" USING btree ("order");
  CREATE INDEX "mail_items_rels_parent_idx" ON "mail_items_rels" USING btree ("parent_id");
  CREATE INDEX "mail_items_rels_path_idx" ON "mail_items_rels" USING btree ("path");
  CREATE INDEX "mail_items_rels_users_id_idx" ON "mail_items_rels" USING btree ("users_id");
  CREATE INDEX "mail_items_rels_residents_id_idx" ON "mail_items_rels" USING btree ("residents_id");
  CREATE INDEX "mail_items_rels_kiosks_id_idx" ON "mail_items_rels" USING btree ("kiosks_id");
  INSERT INTO "mail_items_rels" ("parent_id", "path", "users_id")
    SELECT "id", 'createdBy', "recorded_by_id" FROM "mail_items" WHERE "recorded_by_id" IS NOT NULL;
  ALTER TABLE "mail_items" DROP COLUMN "recorded_by_id";`)
}
