import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Permits written before the work period existed get the day they were submitted as both ends,
// so the columns can be required.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "work_permits" ADD COLUMN "valid_from" timestamp(3) with time zone;
  ALTER TABLE "work_permits" ADD COLUMN "valid_until" timestamp(3) with time zone;
  ALTER TABLE "_work_permits_v" ADD COLUMN "version_valid_from" timestamp(3) with time zone;
  ALTER TABLE "_work_permits_v" ADD COLUMN "version_valid_until" timestamp(3) with time zone;
  UPDATE "work_permits" SET "valid_from" = "created_at", "valid_until" = "created_at";
  UPDATE "_work_permits_v" SET "version_valid_from" = COALESCE("version_created_at", "created_at"), "version_valid_until" = COALESCE("version_created_at", "created_at");
  ALTER TABLE "work_permits" ALTER COLUMN "valid_from" SET NOT NULL;
  ALTER TABLE "work_permits" ALTER COLUMN "valid_until" SET NOT NULL;
  ALTER TABLE "_work_permits_v" ALTER COLUMN "version_valid_from" SET NOT NULL;
  ALTER TABLE "_work_permits_v" ALTER COLUMN "version_valid_until" SET NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "work_permits" DROP COLUMN "valid_from";
  ALTER TABLE "work_permits" DROP COLUMN "valid_until";
  ALTER TABLE "_work_permits_v" DROP COLUMN "version_valid_from";
  ALTER TABLE "_work_permits_v" DROP COLUMN "version_valid_until";`)
}
