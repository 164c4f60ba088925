import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// SQLite adds a NOT NULL column only with a default: the placeholder is replaced at once by the
// day each existing permit was submitted (both ends), as on PostgreSQL.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`work_permits\` ADD \`valid_from\` text NOT NULL DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`work_permits\` ADD \`valid_until\` text NOT NULL DEFAULT '';`)
  await db.run(
    sql`ALTER TABLE \`_work_permits_v\` ADD \`version_valid_from\` text NOT NULL DEFAULT '';`,
  )
  await db.run(
    sql`ALTER TABLE \`_work_permits_v\` ADD \`version_valid_until\` text NOT NULL DEFAULT '';`,
  )
  await db.run(
    sql`UPDATE \`work_permits\` SET \`valid_from\` = \`created_at\`, \`valid_until\` = \`created_at\`;`,
  )
  await db.run(
    sql`UPDATE \`_work_permits_v\` SET \`version_valid_from\` = COALESCE(\`version_created_at\`, \`created_at\`), \`version_valid_until\` = COALESCE(\`version_created_at\`, \`created_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`work_permits\` DROP COLUMN \`valid_from\`;`)
  await db.run(sql`ALTER TABLE \`work_permits\` DROP COLUMN \`valid_until\`;`)
  await db.run(sql`ALTER TABLE \`_work_permits_v\` DROP COLUMN \`version_valid_from\`;`)
  await db.run(sql`ALTER TABLE \`_work_permits_v\` DROP COLUMN \`version_valid_until\`;`)
}
