import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Complaints: who created and last changed a complaint become plain columns, one per kind of
 * actor (`created_by_staff_id`, `created_by_resident_id`, …), on the complaint and on each of its
 * versions, instead of the polymorphic createdBy/updatedBy kept in the relations tables (see
 * collections/Complaints). The actors kept so far are copied over before the relations tables'
 * actor columns go; the photos stay there. Kiosks never act on complaints: nothing to copy.
 * `down` puts them back the same way.
 */

/** Each table, its relations table, its columns' prefix, the relation's path and column name. */
const MOVES = [
  ['complaints', 'complaints_rels', '', 'createdBy', 'created_by'],
  ['complaints', 'complaints_rels', '', 'updatedBy', 'updated_by'],
  ['_complaints_v', '_complaints_v_rels', 'version_', 'version.createdBy', 'created_by'],
  ['_complaints_v', '_complaints_v_rels', 'version_', 'version.updatedBy', 'updated_by'],
] as const

/** The relations table's column of each kind of actor, and the new column's ending. */
const KINDS = [
  ['users_id', 'staff_id'],
  ['residents_id', 'resident_id'],
] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "complaints" ADD COLUMN "created_by_staff_id" integer;
    ALTER TABLE "complaints" ADD COLUMN "created_by_resident_id" integer;
    ALTER TABLE "complaints" ADD COLUMN "updated_by_staff_id" integer;
    ALTER TABLE "complaints" ADD COLUMN "updated_by_resident_id" integer;
    ALTER TABLE "_complaints_v" ADD COLUMN "version_created_by_staff_id" integer;
    ALTER TABLE "_complaints_v" ADD COLUMN "version_created_by_resident_id" integer;
    ALTER TABLE "_complaints_v" ADD COLUMN "version_updated_by_staff_id" integer;
    ALTER TABLE "_complaints_v" ADD COLUMN "version_updated_by_resident_id" integer;`)
  for (const [table, rels, prefix, path, column] of MOVES) {
    for (const [from, to] of KINDS) {
      await db.execute(
        sql.raw(`UPDATE "${table}" t SET "${prefix}${column}_${to}" = r."${from}"
          FROM "${rels}" r
          WHERE r."parent_id" = t."id" AND r."path" = '${path}' AND r."${from}" IS NOT NULL`),
      )
    }
    await db.execute(sql.raw(`DELETE FROM "${rels}" WHERE "path" = '${path}'`))
  }
  await db.execute(sql`
    ALTER TABLE "complaints_rels" DROP CONSTRAINT "complaints_rels_users_fk";
    ALTER TABLE "complaints_rels" DROP CONSTRAINT "complaints_rels_residents_fk";
    ALTER TABLE "complaints_rels" DROP CONSTRAINT "complaints_rels_kiosks_fk";
    ALTER TABLE "_complaints_v_rels" DROP CONSTRAINT "_complaints_v_rels_users_fk";
    ALTER TABLE "_complaints_v_rels" DROP CONSTRAINT "_complaints_v_rels_residents_fk";
    ALTER TABLE "_complaints_v_rels" DROP CONSTRAINT "_complaints_v_rels_kiosks_fk";
    DROP INDEX "complaints_rels_users_id_idx";
    DROP INDEX "complaints_rels_residents_id_idx";
    DROP INDEX "complaints_rels_kiosks_id_idx";
    DROP INDEX "_complaints_v_rels_users_id_idx";
    DROP INDEX "_complaints_v_rels_residents_id_idx";
    DROP INDEX "_complaints_v_rels_kiosks_id_idx";
    ALTER TABLE "complaints" ADD CONSTRAINT "complaints_created_by_staff_id_users_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
    ALTER TABLE "complaints" ADD CONSTRAINT "complaints_created_by_resident_id_residents_id_fk" FOREIGN KEY ("created_by_resident_id") REFERENCES "public"."residents"("id") ON DELETE set null ON UPDATE no action;
    ALTER TABLE "complaints" ADD CONSTRAINT "complaints_updated_by_staff_id_users_id_fk" FOREIGN KEY ("updated_by_staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
    ALTER TABLE "complaints" ADD CONSTRAINT "complaints_updated_by_resident_id_residents_id_fk" FOREIGN KEY ("updated_by_resident_id") REFERENCES "public"."residents"("id") ON DELETE set null ON UPDATE no action;
    ALTER TABLE "_complaints_v" ADD CONSTRAINT "_complaints_v_version_created_by_staff_id_users_id_fk" FOREIGN KEY ("version_created_by_staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
    ALTER TABLE "_complaints_v" ADD CONSTRAINT "_complaints_v_version_created_by_resident_id_residents_id_fk" FOREIGN KEY ("version_created_by_resident_id") REFERENCES "public"."residents"("id") ON DELETE set null ON UPDATE no action;
    ALTER TABLE "_complaints_v" ADD CONSTRAINT "_complaints_v_version_updated_by_staff_id_users_id_fk" FOREIGN KEY ("version_updated_by_staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
    ALTER TABLE "_complaints_v" ADD CONSTRAINT "_complaints_v_version_updated_by_resident_id_residents_id_fk" FOREIGN KEY ("version_updated_by_resident_id") REFERENCES "public"."residents"("id") ON DELETE set null ON UPDATE no action;
    CREATE INDEX "complaints_created_by_staff_idx" ON "complaints" USING btree ("created_by_staff_id");
    CREATE INDEX "complaints_created_by_resident_idx" ON "complaints" USING btree ("created_by_resident_id");
    CREATE INDEX "complaints_updated_by_staff_idx" ON "complaints" USING btree ("updated_by_staff_id");
    CREATE INDEX "complaints_updated_by_resident_idx" ON "complaints" USING btree ("updated_by_resident_id");
    CREATE INDEX "_complaints_v_version_version_created_by_staff_idx" ON "_complaints_v" USING btree ("version_created_by_staff_id");
    CREATE INDEX "_complaints_v_version_version_created_by_resident_idx" ON "_complaints_v" USING btree ("version_created_by_resident_id");
    CREATE INDEX "_complaints_v_version_version_updated_by_staff_idx" ON "_complaints_v" USING btree ("version_updated_by_staff_id");
    CREATE INDEX "_complaints_v_version_version_updated_by_resident_idx" ON "_complaints_v" USING btree ("version_updated_by_resident_id");
    ALTER TABLE "complaints_rels" DROP COLUMN "users_id";
    ALTER TABLE "complaints_rels" DROP COLUMN "residents_id";
    ALTER TABLE "complaints_rels" DROP COLUMN "kiosks_id";
    ALTER TABLE "_complaints_v_rels" DROP COLUMN "users_id";
    ALTER TABLE "_complaints_v_rels" DROP COLUMN "residents_id";
    ALTER TABLE "_complaints_v_rels" DROP COLUMN "kiosks_id";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "complaints" DROP CONSTRAINT "complaints_created_by_staff_id_users_id_fk";
    ALTER TABLE "complaints" DROP CONSTRAINT "complaints_created_by_resident_id_residents_id_fk";
    ALTER TABLE "complaints" DROP CONSTRAINT "complaints_updated_by_staff_id_users_id_fk";
    ALTER TABLE "complaints" DROP CONSTRAINT "complaints_updated_by_resident_id_residents_id_fk";
    ALTER TABLE "_complaints_v" DROP CONSTRAINT "_complaints_v_version_created_by_staff_id_users_id_fk";
    ALTER TABLE "_complaints_v" DROP CONSTRAINT "_complaints_v_version_created_by_resident_id_residents_id_fk";
    ALTER TABLE "_complaints_v" DROP CONSTRAINT "_complaints_v_version_updated_by_staff_id_users_id_fk";
    ALTER TABLE "_complaints_v" DROP CONSTRAINT "_complaints_v_version_updated_by_resident_id_residents_id_fk";
    DROP INDEX "complaints_created_by_staff_idx";
    DROP INDEX "complaints_created_by_resident_idx";
    DROP INDEX "complaints_updated_by_staff_idx";
    DROP INDEX "complaints_updated_by_resident_idx";
    DROP INDEX "_complaints_v_version_version_created_by_staff_idx";
    DROP INDEX "_complaints_v_version_version_created_by_resident_idx";
    DROP INDEX "_complaints_v_version_version_updated_by_staff_idx";
    DROP INDEX "_complaints_v_version_version_updated_by_resident_idx";
    ALTER TABLE "complaints_rels" ADD COLUMN "users_id" integer;
    ALTER TABLE "complaints_rels" ADD COLUMN "residents_id" integer;
    ALTER TABLE "complaints_rels" ADD COLUMN "kiosks_id" integer;
    ALTER TABLE "_complaints_v_rels" ADD COLUMN "users_id" integer;
    ALTER TABLE "_complaints_v_rels" ADD COLUMN "residents_id" integer;
    ALTER TABLE "_complaints_v_rels" ADD COLUMN "kiosks_id" integer;
    ALTER TABLE "complaints_rels" ADD CONSTRAINT "complaints_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
    ALTER TABLE "complaints_rels" ADD CONSTRAINT "complaints_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
    ALTER TABLE "complaints_rels" ADD CONSTRAINT "complaints_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
    ALTER TABLE "_complaints_v_rels" ADD CONSTRAINT "_complaints_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
    ALTER TABLE "_complaints_v_rels" ADD CONSTRAINT "_complaints_v_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
    ALTER TABLE "_complaints_v_rels" ADD CONSTRAINT "_complaints_v_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
    CREATE INDEX "complaints_rels_users_id_idx" ON "complaints_rels" USING btree ("users_id");
    CREATE INDEX "complaints_rels_residents_id_idx" ON "complaints_rels" USING btree ("residents_id");
    CREATE INDEX "complaints_rels_kiosks_id_idx" ON "complaints_rels" USING btree ("kiosks_id");
    CREATE INDEX "_complaints_v_rels_users_id_idx" ON "_complaints_v_rels" USING btree ("users_id");
    CREATE INDEX "_complaints_v_rels_residents_id_idx" ON "_complaints_v_rels" USING btree ("residents_id");
    CREATE INDEX "_complaints_v_rels_kiosks_id_idx" ON "_complaints_v_rels" USING btree ("kiosks_id");`)
  for (const [table, rels, prefix, path, column] of MOVES) {
    for (const [to, from] of KINDS) {
      await db.execute(
        sql.raw(`INSERT INTO "${rels}" ("parent_id", "path", "${to}")
          SELECT "id", '${path}', "${prefix}${column}_${from}" FROM "${table}"
          WHERE "${prefix}${column}_${from}" IS NOT NULL`),
      )
    }
  }
  await db.execute(sql`
    ALTER TABLE "complaints" DROP COLUMN "created_by_staff_id";
    ALTER TABLE "complaints" DROP COLUMN "created_by_resident_id";
    ALTER TABLE "complaints" DROP COLUMN "updated_by_staff_id";
    ALTER TABLE "complaints" DROP COLUMN "updated_by_resident_id";
    ALTER TABLE "_complaints_v" DROP COLUMN "version_created_by_staff_id";
    ALTER TABLE "_complaints_v" DROP COLUMN "version_created_by_resident_id";
    ALTER TABLE "_complaints_v" DROP COLUMN "version_updated_by_staff_id";
    ALTER TABLE "_complaints_v" DROP COLUMN "version_updated_by_resident_id";`)
}
