import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Complaints keep their household's unit number (`unit`, see collections/Complaints): the desk's
 * queue and the office's search read it without a join. The complaints made so far, and their
 * versions, take it from their household.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "complaints" ADD COLUMN "unit" varchar;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_unit" varchar;
  UPDATE "complaints" c SET "unit" = h."unit" FROM "households" h WHERE h."id" = c."household_id";
  UPDATE "_complaints_v" v SET "version_unit" = h."unit" FROM "households" h WHERE h."id" = v."version_household_id";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "complaints" DROP COLUMN "unit";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_unit";`)
}
