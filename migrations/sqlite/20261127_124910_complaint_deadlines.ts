import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`estate_settings\` ADD \`complaint_response_hours_cs\` numeric DEFAULT 24 NOT NULL;`,
  )
  await db.run(
    sql`ALTER TABLE \`estate_settings\` ADD \`complaint_response_hours_engineering\` numeric DEFAULT 24 NOT NULL;`,
  )
  await db.run(
    sql`ALTER TABLE \`estate_settings\` ADD \`complaint_response_hours_environment\` numeric DEFAULT 24 NOT NULL;`,
  )
  await db.run(
    sql`ALTER TABLE \`estate_settings\` ADD \`complaint_response_hours_security\` numeric DEFAULT 24 NOT NULL;`,
  )
  await db.run(
    sql`ALTER TABLE \`estate_settings\` ADD \`complaint_response_hours_developer\` numeric DEFAULT 24 NOT NULL;`,
  )
  await db.run(
    sql`ALTER TABLE \`estate_settings\` ADD \`complaint_response_hours_outside\` numeric DEFAULT 24 NOT NULL;`,
  )
  await db.run(
    sql`ALTER TABLE \`estate_settings\` ADD \`complaint_warn_hours\` numeric DEFAULT 4 NOT NULL;`,
  )
  // Hand-added: every department starts from the estate's former single response time.
  await db.run(
    sql`UPDATE \`estate_settings\` SET \`complaint_response_hours_cs\` = COALESCE(\`complaint_response_hours\`, 24), \`complaint_response_hours_engineering\` = COALESCE(\`complaint_response_hours\`, 24), \`complaint_response_hours_environment\` = COALESCE(\`complaint_response_hours\`, 24), \`complaint_response_hours_security\` = COALESCE(\`complaint_response_hours\`, 24), \`complaint_response_hours_developer\` = COALESCE(\`complaint_response_hours\`, 24), \`complaint_response_hours_outside\` = COALESCE(\`complaint_response_hours\`, 24);`,
  )
  await db.run(sql`ALTER TABLE \`estate_settings\` DROP COLUMN \`complaint_response_hours\`;`)
  await db.run(
    sql`ALTER TABLE \`_estate_settings_v\` ADD \`version_complaint_response_hours_cs\` numeric DEFAULT 24 NOT NULL;`,
  )
  await db.run(
    sql`ALTER TABLE \`_estate_settings_v\` ADD \`version_complaint_response_hours_engineering\` numeric DEFAULT 24 NOT NULL;`,
  )
  await db.run(
    sql`ALTER TABLE \`_estate_settings_v\` ADD \`version_complaint_response_hours_environment\` numeric DEFAULT 24 NOT NULL;`,
  )
  await db.run(
    sql`ALTER TABLE \`_estate_settings_v\` ADD \`version_complaint_response_hours_security\` numeric DEFAULT 24 NOT NULL;`,
  )
  await db.run(
    sql`ALTER TABLE \`_estate_settings_v\` ADD \`version_complaint_response_hours_developer\` numeric DEFAULT 24 NOT NULL;`,
  )
  await db.run(
    sql`ALTER TABLE \`_estate_settings_v\` ADD \`version_complaint_response_hours_outside\` numeric DEFAULT 24 NOT NULL;`,
  )
  await db.run(
    sql`ALTER TABLE \`_estate_settings_v\` ADD \`version_complaint_warn_hours\` numeric DEFAULT 4 NOT NULL;`,
  )
  await db.run(
    sql`UPDATE \`_estate_settings_v\` SET \`version_complaint_response_hours_cs\` = COALESCE(\`version_complaint_response_hours\`, 24), \`version_complaint_response_hours_engineering\` = COALESCE(\`version_complaint_response_hours\`, 24), \`version_complaint_response_hours_environment\` = COALESCE(\`version_complaint_response_hours\`, 24), \`version_complaint_response_hours_security\` = COALESCE(\`version_complaint_response_hours\`, 24), \`version_complaint_response_hours_developer\` = COALESCE(\`version_complaint_response_hours\`, 24), \`version_complaint_response_hours_outside\` = COALESCE(\`version_complaint_response_hours\`, 24);`,
  )
  await db.run(
    sql`ALTER TABLE \`_estate_settings_v\` DROP COLUMN \`version_complaint_response_hours\`;`,
  )
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`respondby_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`warn_at\` text;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`warned_at\` text;`)
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`overdue_alerted_at\` text;`)
  // Hand-added: existing complaints get their warning point (the default 4 hours before the
  // deadline, never before receipt) and their deadline's time zone from their estate.
  await db.run(
    sql`UPDATE \`complaints\` SET \`warn_at\` = max(\`created_at\`, strftime('%Y-%m-%dT%H:%M:%fZ', \`respond_by\`, '-4 hours')) WHERE \`respond_by\` IS NOT NULL;`,
  )
  await db.run(
    sql`UPDATE \`complaints\` SET \`respondby_tz\` = (SELECT \`time_zone\` FROM \`estates\` WHERE \`estates\`.\`id\` = \`complaints\`.\`estate_id\`) WHERE \`estate_id\` IS NOT NULL;`,
  )
  await db.run(sql`CREATE INDEX \`status_warnAt_idx\` ON \`complaints\` (\`status\`,\`warn_at\`);`)
  await db.run(
    sql`ALTER TABLE \`_complaints_v\` ADD \`version_respondby_tz\` text DEFAULT 'Asia/Shanghai';`,
  )
  await db.run(sql`ALTER TABLE \`_complaints_v\` ADD \`version_warn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_complaints_v\` ADD \`version_warned_at\` text;`)
  await db.run(sql`ALTER TABLE \`_complaints_v\` ADD \`version_overdue_alerted_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`version_status_version_warnAt_idx\` ON \`_complaints_v\` (\`version_status\`,\`version_warn_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`maintenance_notices\` ADD \`supervisor_name\` text;`)
  await db.run(sql`ALTER TABLE \`maintenance_notices\` ADD \`follow_up_name\` text;`)
  await db.run(sql`ALTER TABLE \`_maintenance_notices_v\` ADD \`version_supervisor_name\` text;`)
  await db.run(sql`ALTER TABLE \`_maintenance_notices_v\` ADD \`version_follow_up_name\` text;`)
  // Hand-added: the names already on signed and assigned notices.
  await db.run(
    sql`UPDATE \`maintenance_notices\` SET \`supervisor_name\` = (SELECT coalesce(\`name\`, \`email\`) FROM \`users\` WHERE \`users\`.\`id\` = \`maintenance_notices\`.\`supervisor_signed_by_id\`) WHERE \`supervisor_signed_by_id\` IS NOT NULL;`,
  )
  await db.run(
    sql`UPDATE \`maintenance_notices\` SET \`follow_up_name\` = (SELECT coalesce(\`name\`, \`email\`) FROM \`users\` WHERE \`users\`.\`id\` = \`maintenance_notices\`.\`follow_up_by_id\`) WHERE \`follow_up_by_id\` IS NOT NULL;`,
  )
  await db.run(
    sql`CREATE INDEX \`status_createdAt_idx\` ON \`benchmark_baselines\` (\`status\`,\`created_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`status_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`status_warnAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`complaints\` DROP COLUMN \`respondby_tz\`;`)
  await db.run(sql`ALTER TABLE \`complaints\` DROP COLUMN \`warn_at\`;`)
  await db.run(sql`ALTER TABLE \`complaints\` DROP COLUMN \`warned_at\`;`)
  await db.run(sql`ALTER TABLE \`complaints\` DROP COLUMN \`overdue_alerted_at\`;`)
  await db.run(sql`DROP INDEX \`version_status_version_warnAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`_complaints_v\` DROP COLUMN \`version_respondby_tz\`;`)
  await db.run(sql`ALTER TABLE \`_complaints_v\` DROP COLUMN \`version_warn_at\`;`)
  await db.run(sql`ALTER TABLE \`_complaints_v\` DROP COLUMN \`version_warned_at\`;`)
  await db.run(sql`ALTER TABLE \`_complaints_v\` DROP COLUMN \`version_overdue_alerted_at\`;`)
  await db.run(
    sql`ALTER TABLE \`estate_settings\` ADD \`complaint_response_hours\` numeric DEFAULT 24;`,
  )
  await db.run(
    sql`UPDATE \`estate_settings\` SET \`complaint_response_hours\` = \`complaint_response_hours_cs\`;`,
  )
  await db.run(sql`ALTER TABLE \`estate_settings\` DROP COLUMN \`complaint_response_hours_cs\`;`)
  await db.run(
    sql`ALTER TABLE \`estate_settings\` DROP COLUMN \`complaint_response_hours_engineering\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`estate_settings\` DROP COLUMN \`complaint_response_hours_environment\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`estate_settings\` DROP COLUMN \`complaint_response_hours_security\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`estate_settings\` DROP COLUMN \`complaint_response_hours_developer\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`estate_settings\` DROP COLUMN \`complaint_response_hours_outside\`;`,
  )
  await db.run(sql`ALTER TABLE \`estate_settings\` DROP COLUMN \`complaint_warn_hours\`;`)
  await db.run(
    sql`ALTER TABLE \`_estate_settings_v\` ADD \`version_complaint_response_hours\` numeric DEFAULT 24;`,
  )
  await db.run(
    sql`UPDATE \`_estate_settings_v\` SET \`version_complaint_response_hours\` = \`version_complaint_response_hours_cs\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_estate_settings_v\` DROP COLUMN \`version_complaint_response_hours_cs\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_estate_settings_v\` DROP COLUMN \`version_complaint_response_hours_engineering\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_estate_settings_v\` DROP COLUMN \`version_complaint_response_hours_environment\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_estate_settings_v\` DROP COLUMN \`version_complaint_response_hours_security\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_estate_settings_v\` DROP COLUMN \`version_complaint_response_hours_developer\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_estate_settings_v\` DROP COLUMN \`version_complaint_response_hours_outside\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_estate_settings_v\` DROP COLUMN \`version_complaint_warn_hours\`;`,
  )
  await db.run(sql`ALTER TABLE \`maintenance_notices\` DROP COLUMN \`supervisor_name\`;`)
  await db.run(sql`ALTER TABLE \`maintenance_notices\` DROP COLUMN \`follow_up_name\`;`)
  await db.run(sql`ALTER TABLE \`_maintenance_notices_v\` DROP COLUMN \`version_supervisor_name\`;`)
  await db.run(sql`ALTER TABLE \`_maintenance_notices_v\` DROP COLUMN \`version_follow_up_name\`;`)
}
