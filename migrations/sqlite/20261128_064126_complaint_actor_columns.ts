import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Complaints: who created and last changed a complaint become plain columns, one per kind of
 * actor (`created_by_staff_id`, `created_by_resident_id`, …), on the complaint and on each of its
 * versions, instead of the polymorphic createdBy/updatedBy kept in the relations tables (see
 * collections/Complaints). The actors kept so far are copied over before the relations tables
 * lose their actor columns; the photos stay there. Kiosks never act on complaints: nothing to
 * copy. `down` puts them back the same way, with foreign keys off while both tables are rebuilt
 * (dropping a table with them on would delete its relations rows).
 */

/** Each table, its relations table, its columns' prefix, the relation's path and column name. */
const MOVES = [
  ['complaints', 'complaints_rels', '', 'createdBy', 'created_by'],
  ['complaints', 'complaints_rels', '', 'updatedBy', 'updated_by'],
  ['_complaints_v', '_complaints_v_rels', 'version_', 'version.createdBy', 'created_by'],
  ['_complaints_v', '_complaints_v_rels', 'version_', 'version.updatedBy', 'updated_by'],
] as const

/** The relations table's column of each kind of actor, and the new column's ending. */
const KINDS = [
  ['users_id', 'staff_id'],
  ['residents_id', 'resident_id'],
] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`complaints\` ADD \`created_by_staff_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`complaints\` ADD \`created_by_resident_id\` integer REFERENCES residents(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`complaints\` ADD \`updated_by_staff_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`complaints\` ADD \`updated_by_resident_id\` integer REFERENCES residents(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`complaints_created_by_staff_idx\` ON \`complaints\` (\`created_by_staff_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`complaints_created_by_resident_idx\` ON \`complaints\` (\`created_by_resident_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`complaints_updated_by_staff_idx\` ON \`complaints\` (\`updated_by_staff_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`complaints_updated_by_resident_idx\` ON \`complaints\` (\`updated_by_resident_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_complaints_v\` ADD \`version_created_by_staff_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`_complaints_v\` ADD \`version_created_by_resident_id\` integer REFERENCES residents(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`_complaints_v\` ADD \`version_updated_by_staff_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`_complaints_v\` ADD \`version_updated_by_resident_id\` integer REFERENCES residents(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_complaints_v_version_version_created_by_staff_idx\` ON \`_complaints_v\` (\`version_created_by_staff_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_complaints_v_version_version_created_by_resident_idx\` ON \`_complaints_v\` (\`version_created_by_resident_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_complaints_v_version_version_updated_by_staff_idx\` ON \`_complaints_v\` (\`version_updated_by_staff_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_complaints_v_version_version_updated_by_resident_idx\` ON \`_complaints_v\` (\`version_updated_by_resident_id\`);`,
  )
  for (const [table, rels, prefix, path, column] of MOVES) {
    for (const [from, to] of KINDS) {
      await db.run(
        sql.raw(`UPDATE \`${table}\` SET \`${prefix}${column}_${to}\` = (
          SELECT r.\`${from}\` FROM \`${rels}\` r
          WHERE r.\`parent_id\` = \`${table}\`.\`id\` AND r.\`path\` = '${path}'
            AND r.\`${from}\` IS NOT NULL
          LIMIT 1)
        WHERE \`id\` IN (SELECT \`parent_id\` FROM \`${rels}\` WHERE \`path\` = '${path}')`),
      )
    }
    await db.run(sql.raw(`DELETE FROM \`${rels}\` WHERE \`path\` = '${path}'`))
  }
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_complaints_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`complaint_photos_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaint_photos_id\`) REFERENCES \`complaint_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_complaints_rels\`("id", "order", "parent_id", "path", "complaint_photos_id") SELECT "id", "order", "parent_id", "path", "complaint_photos_id" FROM \`complaints_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`complaints_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_complaints_rels\` RENAME TO \`complaints_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`complaints_rels_order_idx\` ON \`complaints_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`complaints_rels_parent_idx\` ON \`complaints_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`complaints_rels_path_idx\` ON \`complaints_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`complaints_rels_complaint_photos_id_idx\` ON \`complaints_rels\` (\`complaint_photos_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__complaints_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`complaint_photos_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_complaints_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaint_photos_id\`) REFERENCES \`complaint_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__complaints_v_rels\`("id", "order", "parent_id", "path", "complaint_photos_id") SELECT "id", "order", "parent_id", "path", "complaint_photos_id" FROM \`_complaints_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_complaints_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__complaints_v_rels\` RENAME TO \`_complaints_v_rels\`;`)
  await db.run(
    sql`CREATE INDEX \`_complaints_v_rels_order_idx\` ON \`_complaints_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_complaints_v_rels_parent_idx\` ON \`_complaints_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_complaints_v_rels_path_idx\` ON \`_complaints_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_complaints_v_rels_complaint_photos_id_idx\` ON \`_complaints_v_rels\` (\`complaint_photos_id\`);`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`complaints_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(
    sql`ALTER TABLE \`complaints_rels\` ADD \`residents_id\` integer REFERENCES residents(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`complaints_rels\` ADD \`kiosks_id\` integer REFERENCES kiosks(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`complaints_rels_users_id_idx\` ON \`complaints_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`complaints_rels_residents_id_idx\` ON \`complaints_rels\` (\`residents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`complaints_rels_kiosks_id_idx\` ON \`complaints_rels\` (\`kiosks_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_complaints_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`_complaints_v_rels\` ADD \`residents_id\` integer REFERENCES residents(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`_complaints_v_rels\` ADD \`kiosks_id\` integer REFERENCES kiosks(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_complaints_v_rels_users_id_idx\` ON \`_complaints_v_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_complaints_v_rels_residents_id_idx\` ON \`_complaints_v_rels\` (\`residents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_complaints_v_rels_kiosks_id_idx\` ON \`_complaints_v_rels\` (\`kiosks_id\`);`,
  )
  for (const [table, rels, prefix, path, column] of MOVES) {
    for (const [to, from] of KINDS) {
      await db.run(
        sql.raw(`INSERT INTO \`${rels}\` (\`parent_id\`, \`path\`, \`${to}\`)
          SELECT \`id\`, '${path}', \`${prefix}${column}_${from}\` FROM \`${table}\`
          WHERE \`${prefix}${column}_${from}\` IS NOT NULL`),
      )
    }
  }
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_complaints\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`household_id\` integer NOT NULL,
  	\`resident_name\` text,
  	\`channel\` text DEFAULT 'phone' NOT NULL,
  	\`department\` text DEFAULT 'cs' NOT NULL,
  	\`major\` integer DEFAULT false,
  	\`problem\` text NOT NULL,
  	\`read_back\` integer DEFAULT false,
  	\`confirmed\` integer,
  	\`requested_time\` text,
  	\`requestedtime_tz\` text DEFAULT 'Asia/Shanghai',
  	\`plan\` text,
  	\`committed_time\` text,
  	\`committedtime_tz\` text DEFAULT 'Asia/Shanghai',
  	\`time_change_reason\` text,
  	\`planned_by_id\` integer,
  	\`planned_at\` text,
  	\`status\` text DEFAULT 'received',
  	\`reopen_reason\` text,
  	\`reopen_count\` numeric DEFAULT 0,
  	\`respond_by\` text,
  	\`respondby_tz\` text DEFAULT 'Asia/Shanghai',
  	\`warn_at\` text,
  	\`warned_at\` text,
  	\`overdue_alerted_at\` text,
  	\`awaiting_since\` text,
  	\`closed_at\` text,
  	\`closed_how\` text,
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`planned_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_complaints\`("id", "number", "household_id", "resident_name", "channel", "department", "major", "problem", "read_back", "confirmed", "requested_time", "requestedtime_tz", "plan", "committed_time", "committedtime_tz", "time_change_reason", "planned_by_id", "planned_at", "status", "reopen_reason", "reopen_count", "respond_by", "respondby_tz", "warn_at", "warned_at", "overdue_alerted_at", "awaiting_since", "closed_at", "closed_how", "estate_id", "updated_at", "created_at") SELECT "id", "number", "household_id", "resident_name", "channel", "department", "major", "problem", "read_back", "confirmed", "requested_time", "requestedtime_tz", "plan", "committed_time", "committedtime_tz", "time_change_reason", "planned_by_id", "planned_at", "status", "reopen_reason", "reopen_count", "respond_by", "respondby_tz", "warn_at", "warned_at", "overdue_alerted_at", "awaiting_since", "closed_at", "closed_how", "estate_id", "updated_at", "created_at" FROM \`complaints\`;`,
  )
  await db.run(sql`DROP TABLE \`complaints\`;`)
  await db.run(sql`ALTER TABLE \`__new_complaints\` RENAME TO \`complaints\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`complaints_number_idx\` ON \`complaints\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`complaints_household_idx\` ON \`complaints\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_department_idx\` ON \`complaints\` (\`department\`);`)
  await db.run(
    sql`CREATE INDEX \`complaints_planned_by_idx\` ON \`complaints\` (\`planned_by_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`complaints_estate_idx\` ON \`complaints\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_updated_at_idx\` ON \`complaints\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`complaints_created_at_idx\` ON \`complaints\` (\`created_at\`);`)
  await db.run(
    sql`CREATE INDEX \`estate_status_createdAt_1_idx\` ON \`complaints\` (\`estate_id\`,\`status\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`household_createdAt_idx\` ON \`complaints\` (\`household_id\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`status_awaitingSince_idx\` ON \`complaints\` (\`status\`,\`awaiting_since\`);`,
  )
  await db.run(sql`CREATE INDEX \`status_warnAt_idx\` ON \`complaints\` (\`status\`,\`warn_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__complaints_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_number\` text,
  	\`version_household_id\` integer NOT NULL,
  	\`version_resident_name\` text,
  	\`version_channel\` text DEFAULT 'phone' NOT NULL,
  	\`version_department\` text DEFAULT 'cs' NOT NULL,
  	\`version_major\` integer DEFAULT false,
  	\`version_problem\` text NOT NULL,
  	\`version_read_back\` integer DEFAULT false,
  	\`version_confirmed\` integer,
  	\`version_requested_time\` text,
  	\`version_requestedtime_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_plan\` text,
  	\`version_committed_time\` text,
  	\`version_committedtime_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_time_change_reason\` text,
  	\`version_planned_by_id\` integer,
  	\`version_planned_at\` text,
  	\`version_status\` text DEFAULT 'received',
  	\`version_reopen_reason\` text,
  	\`version_reopen_count\` numeric DEFAULT 0,
  	\`version_respond_by\` text,
  	\`version_respondby_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_warn_at\` text,
  	\`version_warned_at\` text,
  	\`version_overdue_alerted_at\` text,
  	\`version_awaiting_since\` text,
  	\`version_closed_at\` text,
  	\`version_closed_how\` text,
  	\`version_estate_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_planned_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__complaints_v\`("id", "parent_id", "version_number", "version_household_id", "version_resident_name", "version_channel", "version_department", "version_major", "version_problem", "version_read_back", "version_confirmed", "version_requested_time", "version_requestedtime_tz", "version_plan", "version_committed_time", "version_committedtime_tz", "version_time_change_reason", "version_planned_by_id", "version_planned_at", "version_status", "version_reopen_reason", "version_reopen_count", "version_respond_by", "version_respondby_tz", "version_warn_at", "version_warned_at", "version_overdue_alerted_at", "version_awaiting_since", "version_closed_at", "version_closed_how", "version_estate_id", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_number", "version_household_id", "version_resident_name", "version_channel", "version_department", "version_major", "version_problem", "version_read_back", "version_confirmed", "version_requested_time", "version_requestedtime_tz", "version_plan", "version_committed_time", "version_committedtime_tz", "version_time_change_reason", "version_planned_by_id", "version_planned_at", "version_status", "version_reopen_reason", "version_reopen_count", "version_respond_by", "version_respondby_tz", "version_warn_at", "version_warned_at", "version_overdue_alerted_at", "version_awaiting_since", "version_closed_at", "version_closed_how", "version_estate_id", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_complaints_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_complaints_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__complaints_v\` RENAME TO \`_complaints_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`_complaints_v_parent_idx\` ON \`_complaints_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_complaints_v_version_version_number_idx\` ON \`_complaints_v\` (\`version_number\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_complaints_v_version_version_household_idx\` ON \`_complaints_v\` (\`version_household_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_complaints_v_version_version_department_idx\` ON \`_complaints_v\` (\`version_department\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_complaints_v_version_version_planned_by_idx\` ON \`_complaints_v\` (\`version_planned_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_complaints_v_version_version_estate_idx\` ON \`_complaints_v\` (\`version_estate_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_complaints_v_version_version_updated_at_idx\` ON \`_complaints_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_complaints_v_version_version_created_at_idx\` ON \`_complaints_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_complaints_v_created_at_idx\` ON \`_complaints_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_complaints_v_updated_at_idx\` ON \`_complaints_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_estate_version_status_version_createdAt_idx\` ON \`_complaints_v\` (\`version_estate_id\`,\`version_status\`,\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_household_version_createdAt_idx\` ON \`_complaints_v\` (\`version_household_id\`,\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_status_version_awaitingSince_idx\` ON \`_complaints_v\` (\`version_status\`,\`version_awaiting_since\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_status_version_warnAt_idx\` ON \`_complaints_v\` (\`version_status\`,\`version_warn_at\`);`,
  )
}
