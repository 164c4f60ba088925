import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`kiosks\` ADD \`last_seen_at\` text;`)
  await db.run(sql`ALTER TABLE \`kiosks\` ADD \`lastseenat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`kiosks\` ADD \`version\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`kiosks\` DROP COLUMN \`last_seen_at\`;`)
  await db.run(sql`ALTER TABLE \`kiosks\` DROP COLUMN \`lastseenat_tz\`;`)
  await db.run(sql`ALTER TABLE \`kiosks\` DROP COLUMN \`version\`;`)
}
