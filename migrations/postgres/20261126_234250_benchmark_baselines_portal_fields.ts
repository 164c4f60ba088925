import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "benchmark_baselines" ADD COLUMN "fee_paid_at" timestamp(3) with time zone;
  ALTER TABLE "benchmark_baselines" ADD COLUMN "ordinal" numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "benchmark_baselines" DROP COLUMN "fee_paid_at";
  ALTER TABLE "benchmark_baselines" DROP COLUMN "ordinal";`)
}
