import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "households" ADD COLUMN "member_names" varchar;
  ALTER TABLE "_households_v" ADD COLUMN "version_member_names" varchar;`)
  // Households registered before this migration are found by their members' names too.
  await db.execute(sql`
   UPDATE "households" SET "member_names" = (
     SELECT string_agg("members"."name", ' ' ORDER BY "members"."ordinal")
     FROM "members" WHERE "members"."household_id" = "households"."id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "households" DROP COLUMN "member_names";
  ALTER TABLE "_households_v" DROP COLUMN "version_member_names";`)
}
