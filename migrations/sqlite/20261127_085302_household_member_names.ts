import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`households\` ADD \`member_names\` text;`)
  await db.run(sql`ALTER TABLE \`_households_v\` ADD \`version_member_names\` text;`)
  // Households registered before this migration are found by their members' names too.
  await db.run(
    sql`UPDATE \`households\` SET \`member_names\` = (SELECT group_concat(\`name\`, ' ') FROM (SELECT \`name\` FROM \`members\` WHERE \`members\`.\`household_id\` = \`households\`.\`id\` ORDER BY \`ordinal\`));`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`households\` DROP COLUMN \`member_names\`;`)
  await db.run(sql`ALTER TABLE \`_households_v\` DROP COLUMN \`version_member_names\`;`)
}
