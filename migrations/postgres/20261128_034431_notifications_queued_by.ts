import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The outbox: the staff member whose work queued a message becomes a plain column (`queuedBy`)
 * instead of the polymorphic createdBy/updatedBy kept in `notifications_rels` (see
 * staffActorField). Staff creators kept so far are copied over; residents' and kiosks' are
 * dropped (the record a message is about keeps who acted), as are the last-changed-by rows.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "notifications" ADD COLUMN "queued_by_id" integer;
  UPDATE "notifications" n SET "queued_by_id" = r."users_id"
    FROM "notifications_rels" r
    WHERE r."parent_id" = n."id" AND r."path" = 'createdBy' AND r."users_id" IS NOT NULL;
  ALTER TABLE "notifications_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "notifications_rels" CASCADE;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_queued_by_id_users_id_fk" FOREIGN KEY ("queued_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "notifications_queued_by_idx" ON "notifications" USING btree ("queued_by_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "notifications_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  ALTER TABLE "notifications" DROP CONSTRAINT "notifications_queued_by_id_users_id_fk";
  
  DROP INDEX "notifications_queued_by_idx";
  ALTER TABLE "notifications_rels" ADD CONSTRAINT "notifications_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications_rels" ADD CONSTRAINT "notifications_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications_rels" ADD CONSTRAINT "notifications_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications_rels" ADD CONSTRAINT "notifications_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "notifications_rels_order_idx" ON "notifications_rels" USING btree ("order");
  CREATE INDEX "notifications_rels_parent_idx" ON "notifications_rels" USING btree ("parent_id");
  CREATE INDEX "notifications_rels_path_idx" ON "notifications_rels" USING btree ("path");
  CREATE INDEX "notifications_rels_users_id_idx" ON "notifications_rels" USING btree ("users_id");
  CREATE INDEX "notifications_rels_residents_id_idx" ON "notifications_rels" USING btree ("residents_id");
  CREATE INDEX "notifications_rels_kiosks_id_idx" ON "notifications_rels" USING btree ("kiosks_id");
  INSERT INTO "notifications_rels" ("parent_id", "path", "users_id")
    SELECT "id", 'createdBy', "queued_by_id" FROM "notifications" WHERE "queued_by_id" IS NOT NULL;
  ALTER TABLE "notifications" DROP COLUMN "queued_by_id";`)
}
