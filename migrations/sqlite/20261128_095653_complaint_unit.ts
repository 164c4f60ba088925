import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Complaints keep their household's unit number (`unit`, see collections/Complaints): the desk's
 * queue and the office's search read it without a join. The complaints made so far, and their
 * versions, take it from their household.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`unit\` text;`)
  await db.run(sql`ALTER TABLE \`_complaints_v\` ADD \`version_unit\` text;`)
  await db.run(
    sql`UPDATE \`complaints\` SET \`unit\` = (SELECT h.\`unit\` FROM \`households\` h WHERE h.\`id\` = \`complaints\`.\`household_id\`);`,
  )
  await db.run(
    sql`UPDATE \`_complaints_v\` SET \`version_unit\` = (SELECT h.\`unit\` FROM \`households\` h WHERE h.\`id\` = \`_complaints_v\`.\`version_household_id\`);`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`complaints\` DROP COLUMN \`unit\`;`)
  await db.run(sql`ALTER TABLE \`_complaints_v\` DROP COLUMN \`version_unit\`;`)
}
