import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`benchmark_baselines\` ADD \`fee_paid_at\` text;`)
  await db.run(sql`ALTER TABLE \`benchmark_baselines\` ADD \`ordinal\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`benchmark_baselines\` DROP COLUMN \`fee_paid_at\`;`)
  await db.run(sql`ALTER TABLE \`benchmark_baselines\` DROP COLUMN \`ordinal\`;`)
}
