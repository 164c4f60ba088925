import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`households\` ADD \`movedinat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`_households_v\` ADD \`version_movedinat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`passes\` ADD \`feepaidat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`passes\` ADD \`activatedat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`_passes_v\` ADD \`version_feepaidat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`_passes_v\` ADD \`version_activatedat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`pass_receipts\` ADD \`signedat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`invitedat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`sentat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`status_changes\` ADD \`at_tz\` text DEFAULT 'Asia/Shanghai';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`households\` DROP COLUMN \`movedinat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_households_v\` DROP COLUMN \`version_movedinat_tz\`;`)
  await db.run(sql`ALTER TABLE \`passes\` DROP COLUMN \`feepaidat_tz\`;`)
  await db.run(sql`ALTER TABLE \`passes\` DROP COLUMN \`activatedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_passes_v\` DROP COLUMN \`version_feepaidat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_passes_v\` DROP COLUMN \`version_activatedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`pass_receipts\` DROP COLUMN \`signedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`residents\` DROP COLUMN \`invitedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`notifications\` DROP COLUMN \`sentat_tz\`;`)
  await db.run(sql`ALTER TABLE \`status_changes\` DROP COLUMN \`at_tz\`;`)
}
