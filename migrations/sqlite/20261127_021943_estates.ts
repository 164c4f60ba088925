import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`estates\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`name_en\` text,
  	\`code\` text NOT NULL,
  	\`address\` text,
  	\`time_zone\` text DEFAULT 'Asia/Shanghai' NOT NULL,
  	\`currency\` text DEFAULT 'CNY' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`estates_code_idx\` ON \`estates\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`estates_updated_at_idx\` ON \`estates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`estates_created_at_idx\` ON \`estates\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`estates_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`estates_rels_order_idx\` ON \`estates_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`estates_rels_parent_idx\` ON \`estates_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`estates_rels_path_idx\` ON \`estates_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`estates_rels_users_id_idx\` ON \`estates_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`estates_rels_residents_id_idx\` ON \`estates_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`estates_rels_kiosks_id_idx\` ON \`estates_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`estate_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`estate_id\` integer,
  	\`free_passes_per_member\` numeric DEFAULT 3 NOT NULL,
  	\`extra_pass_fee\` numeric DEFAULT 50 NOT NULL,
  	\`max_unpaid_extra_passes\` numeric DEFAULT 2 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`estate_settings_estate_idx\` ON \`estate_settings\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`estate_settings_updated_at_idx\` ON \`estate_settings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_settings_created_at_idx\` ON \`estate_settings\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`estate_idx\` ON \`estate_settings\` (\`estate_id\`);`)
  await db.run(sql`CREATE TABLE \`estate_settings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`estate_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`estate_settings_rels_order_idx\` ON \`estate_settings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`estate_settings_rels_parent_idx\` ON \`estate_settings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`estate_settings_rels_path_idx\` ON \`estate_settings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`estate_settings_rels_users_id_idx\` ON \`estate_settings_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`estate_settings_rels_residents_id_idx\` ON \`estate_settings_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`estate_settings_rels_kiosks_id_idx\` ON \`estate_settings_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`_estate_settings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_estate_id\` integer,
  	\`version_free_passes_per_member\` numeric DEFAULT 3 NOT NULL,
  	\`version_extra_pass_fee\` numeric DEFAULT 50 NOT NULL,
  	\`version_max_unpaid_extra_passes\` numeric DEFAULT 2 NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`estate_settings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_estate_settings_v_parent_idx\` ON \`_estate_settings_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_estate_settings_v_version_version_estate_idx\` ON \`_estate_settings_v\` (\`version_estate_id\`);`)
  await db.run(sql`CREATE INDEX \`_estate_settings_v_version_version_updated_at_idx\` ON \`_estate_settings_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_estate_settings_v_version_version_created_at_idx\` ON \`_estate_settings_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_estate_settings_v_created_at_idx\` ON \`_estate_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_estate_settings_v_updated_at_idx\` ON \`_estate_settings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_idx\` ON \`_estate_settings_v\` (\`version_estate_id\`);`)
  await db.run(sql`CREATE TABLE \`_estate_settings_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_estate_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_estate_settings_v_rels_order_idx\` ON \`_estate_settings_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_estate_settings_v_rels_parent_idx\` ON \`_estate_settings_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_estate_settings_v_rels_path_idx\` ON \`_estate_settings_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_estate_settings_v_rels_users_id_idx\` ON \`_estate_settings_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_estate_settings_v_rels_residents_id_idx\` ON \`_estate_settings_v_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`_estate_settings_v_rels_kiosks_id_idx\` ON \`_estate_settings_v_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`users_memberships_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users_memberships\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_memberships_roles_order_idx\` ON \`users_memberships_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_memberships_roles_parent_idx\` ON \`users_memberships_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_memberships\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`estate_id\` integer NOT NULL,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_memberships_order_idx\` ON \`users_memberships\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_memberships_parent_id_idx\` ON \`users_memberships\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_memberships_estate_idx\` ON \`users_memberships\` (\`estate_id\`);`)
  await db.run(sql`DROP INDEX \`households_unit_idx\`;`)
  await db.run(sql`ALTER TABLE \`households\` ADD \`estate_id\` integer REFERENCES estates(id);`)
  await db.run(sql`CREATE INDEX \`households_estate_idx\` ON \`households\` (\`estate_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`estate_unit_idx\` ON \`households\` (\`estate_id\`,\`unit\`);`)
  await db.run(sql`DROP INDEX \`_households_v_version_version_unit_idx\`;`)
  await db.run(sql`ALTER TABLE \`_households_v\` ADD \`version_estate_id\` integer REFERENCES estates(id);`)
  await db.run(sql`CREATE INDEX \`_households_v_version_version_estate_idx\` ON \`_households_v\` (\`version_estate_id\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_unit_idx\` ON \`_households_v\` (\`version_estate_id\`,\`version_unit\`);`)
  await db.run(sql`DROP INDEX \`passes_number_idx\`;`)
  await db.run(sql`ALTER TABLE \`passes\` ADD \`estate_id\` integer REFERENCES estates(id);`)
  await db.run(sql`CREATE INDEX \`passes_estate_idx\` ON \`passes\` (\`estate_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`estate_number_idx\` ON \`passes\` (\`estate_id\`,\`number\`);`)
  await db.run(sql`CREATE INDEX \`estate_household_1_idx\` ON \`passes\` (\`estate_id\`,\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`estate_status_idx\` ON \`passes\` (\`estate_id\`,\`status\`);`)
  await db.run(sql`DROP INDEX \`_passes_v_version_version_number_idx\`;`)
  await db.run(sql`ALTER TABLE \`_passes_v\` ADD \`version_estate_id\` integer REFERENCES estates(id);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_estate_idx\` ON \`_passes_v\` (\`version_estate_id\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_number_idx\` ON \`_passes_v\` (\`version_estate_id\`,\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_household_1_idx\` ON \`_passes_v\` (\`version_estate_id\`,\`version_household_id\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_status_idx\` ON \`_passes_v\` (\`version_estate_id\`,\`version_status\`);`)
  await db.run(sql`DROP INDEX \`procedures_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`estate_id\` integer REFERENCES estates(id);`)
  await db.run(sql`CREATE INDEX \`procedures_estate_idx\` ON \`procedures\` (\`estate_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`estate_key_idx\` ON \`procedures\` (\`estate_id\`,\`key\`);`)
  await db.run(sql`DROP INDEX \`_procedures_v_version_version_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_estate_id\` integer REFERENCES estates(id);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_estate_idx\` ON \`_procedures_v\` (\`version_estate_id\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_key_idx\` ON \`_procedures_v\` (\`version_estate_id\`,\`version_key\`);`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`estate_id\` integer REFERENCES estates(id);`)
  await db.run(sql`CREATE INDEX \`members_estate_idx\` ON \`members\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`estate_household_idx\` ON \`members\` (\`estate_id\`,\`household_id\`);`)
  await db.run(sql`ALTER TABLE \`_members_v\` ADD \`version_estate_id\` integer REFERENCES estates(id);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_estate_idx\` ON \`_members_v\` (\`version_estate_id\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_household_idx\` ON \`_members_v\` (\`version_estate_id\`,\`version_household_id\`);`)
  await db.run(sql`ALTER TABLE \`pass_receipts\` ADD \`estate_id\` integer REFERENCES estates(id);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_estate_idx\` ON \`pass_receipts\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`estate_household_2_idx\` ON \`pass_receipts\` (\`estate_id\`,\`household_id\`);`)
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`estate_id\` integer REFERENCES estates(id);`)
  await db.run(sql`CREATE INDEX \`signatures_estate_idx\` ON \`signatures\` (\`estate_id\`);`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`estate_id\` integer REFERENCES estates(id);`)
  await db.run(sql`CREATE INDEX \`residents_estate_idx\` ON \`residents\` (\`estate_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`all_estates\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`current_estate_id\` integer REFERENCES estates(id);`)
  await db.run(sql`CREATE INDEX \`users_all_estates_idx\` ON \`users\` (\`all_estates\`);`)
  await db.run(sql`CREATE INDEX \`users_current_estate_idx\` ON \`users\` (\`current_estate_id\`);`)
  await db.run(sql`ALTER TABLE \`kiosks\` ADD \`estate_id\` integer REFERENCES estates(id);`)
  await db.run(sql`CREATE INDEX \`kiosks_estate_idx\` ON \`kiosks\` (\`estate_id\`);`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`estate_id\` integer REFERENCES estates(id);`)
  await db.run(sql`CREATE INDEX \`notifications_estate_idx\` ON \`notifications\` (\`estate_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`estates_id\` integer REFERENCES estates(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`estate_settings_id\` integer REFERENCES estate_settings(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_estates_id_idx\` ON \`payload_locked_documents_rels\` (\`estates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_estate_settings_id_idx\` ON \`payload_locked_documents_rels\` (\`estate_settings_id\`);`)
  // An installation that ran one estate moves into a default estate with nothing lost: every
  // record, version, setting and staff role is now that estate's (a fresh database has no rows
  // and gets no estate here; the server makes the first one at start-up).
  await db.run(sql`INSERT INTO \`estates\` (\`name\`, \`name_en\`, \`code\`, \`time_zone\`, \`currency\`, \`updated_at\`, \`created_at\`)
    SELECT '陽光嘉園', 'Sunshine Garden', 'SG', 'Asia/Shanghai', COALESCE((SELECT \`currency\` FROM \`pass_settings\` LIMIT 1), 'CNY'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE EXISTS (SELECT 1 FROM \`users\`) OR EXISTS (SELECT 1 FROM \`households\`) OR EXISTS (SELECT 1 FROM \`procedures\`) OR EXISTS (SELECT 1 FROM \`kiosks\`)`)
  await db.run(sql`UPDATE \`households\` SET \`estate_id\` = (SELECT \`id\` FROM \`estates\` WHERE \`code\` = 'SG') WHERE \`estate_id\` IS NULL`)
  await db.run(sql`UPDATE \`members\` SET \`estate_id\` = (SELECT \`id\` FROM \`estates\` WHERE \`code\` = 'SG') WHERE \`estate_id\` IS NULL`)
  await db.run(sql`UPDATE \`passes\` SET \`estate_id\` = (SELECT \`id\` FROM \`estates\` WHERE \`code\` = 'SG') WHERE \`estate_id\` IS NULL`)
  await db.run(sql`UPDATE \`pass_receipts\` SET \`estate_id\` = (SELECT \`id\` FROM \`estates\` WHERE \`code\` = 'SG') WHERE \`estate_id\` IS NULL`)
  await db.run(sql`UPDATE \`signatures\` SET \`estate_id\` = (SELECT \`id\` FROM \`estates\` WHERE \`code\` = 'SG') WHERE \`estate_id\` IS NULL`)
  await db.run(sql`UPDATE \`residents\` SET \`estate_id\` = (SELECT \`id\` FROM \`estates\` WHERE \`code\` = 'SG') WHERE \`estate_id\` IS NULL`)
  await db.run(sql`UPDATE \`kiosks\` SET \`estate_id\` = (SELECT \`id\` FROM \`estates\` WHERE \`code\` = 'SG') WHERE \`estate_id\` IS NULL`)
  await db.run(sql`UPDATE \`procedures\` SET \`estate_id\` = (SELECT \`id\` FROM \`estates\` WHERE \`code\` = 'SG') WHERE \`estate_id\` IS NULL`)
  await db.run(sql`UPDATE \`notifications\` SET \`estate_id\` = (SELECT \`id\` FROM \`estates\` WHERE \`code\` = 'SG') WHERE \`estate_id\` IS NULL`)
  await db.run(sql`UPDATE \`_households_v\` SET \`version_estate_id\` = (SELECT \`id\` FROM \`estates\` WHERE \`code\` = 'SG') WHERE \`version_estate_id\` IS NULL`)
  await db.run(sql`UPDATE \`_members_v\` SET \`version_estate_id\` = (SELECT \`id\` FROM \`estates\` WHERE \`code\` = 'SG') WHERE \`version_estate_id\` IS NULL`)
  await db.run(sql`UPDATE \`_passes_v\` SET \`version_estate_id\` = (SELECT \`id\` FROM \`estates\` WHERE \`code\` = 'SG') WHERE \`version_estate_id\` IS NULL`)
  await db.run(sql`UPDATE \`_procedures_v\` SET \`version_estate_id\` = (SELECT \`id\` FROM \`estates\` WHERE \`code\` = 'SG') WHERE \`version_estate_id\` IS NULL`)
  await db.run(sql`INSERT INTO \`estate_settings\` (\`estate_id\`, \`free_passes_per_member\`, \`extra_pass_fee\`, \`max_unpaid_extra_passes\`, \`updated_at\`, \`created_at\`)
    SELECT e.\`id\`, COALESCE(ps.\`free_passes_per_member\`, 3), COALESCE(ps.\`extra_pass_fee\`, 50), COALESCE(ps.\`max_unpaid_extra_passes\`, 2), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM \`estates\` e LEFT JOIN (SELECT * FROM \`pass_settings\` LIMIT 1) ps ON 1 = 1 WHERE e.\`code\` = 'SG'`)
  await db.run(sql`INSERT INTO \`users_memberships\` (\`_order\`, \`_parent_id\`, \`id\`, \`estate_id\`)
    SELECT 1, u.\`id\`, lower(hex(randomblob(12))), (SELECT \`id\` FROM \`estates\` WHERE \`code\` = 'SG') FROM \`users\` u WHERE EXISTS (SELECT 1 FROM \`users_roles\` r WHERE r.\`parent_id\` = u.\`id\`)`)
  await db.run(sql`INSERT INTO \`users_memberships_roles\` (\`order\`, \`parent_id\`, \`value\`)
    SELECT r.\`order\`, m.\`id\`, r.\`value\` FROM \`users_roles\` r JOIN \`users_memberships\` m ON m.\`_parent_id\` = r.\`parent_id\``)
  await db.run(sql`UPDATE \`users\` SET \`all_estates\` = 1 WHERE \`id\` IN (SELECT \`parent_id\` FROM \`users_roles\` WHERE \`value\` = 'admin')`)
  await db.run(sql`UPDATE \`users\` SET \`current_estate_id\` = (SELECT \`id\` FROM \`estates\` WHERE \`code\` = 'SG') WHERE \`current_estate_id\` IS NULL`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`pass_settings\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pass_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`free_passes_per_member\` numeric DEFAULT 3 NOT NULL,
  	\`extra_pass_fee\` numeric DEFAULT 50 NOT NULL,
  	\`currency\` text DEFAULT 'CNY' NOT NULL,
  	\`max_unpaid_extra_passes\` numeric DEFAULT 2 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`DROP TABLE \`estates\`;`)
  await db.run(sql`DROP TABLE \`estates_rels\`;`)
  await db.run(sql`DROP TABLE \`estate_settings\`;`)
  await db.run(sql`DROP TABLE \`estate_settings_rels\`;`)
  await db.run(sql`DROP TABLE \`_estate_settings_v\`;`)
  await db.run(sql`DROP TABLE \`_estate_settings_v_rels\`;`)
  await db.run(sql`DROP TABLE \`users_memberships_roles\`;`)
  await db.run(sql`DROP TABLE \`users_memberships\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_households\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`unit\` text NOT NULL,
  	\`status\` text DEFAULT 'pre-move-in',
  	\`moved_in_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_households\`("id", "unit", "status", "moved_in_at", "updated_at", "created_at") SELECT "id", "unit", "status", "moved_in_at", "updated_at", "created_at" FROM \`households\`;`)
  await db.run(sql`DROP TABLE \`households\`;`)
  await db.run(sql`ALTER TABLE \`__new_households\` RENAME TO \`households\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`households_unit_idx\` ON \`households\` (\`unit\`);`)
  await db.run(sql`CREATE INDEX \`households_updated_at_idx\` ON \`households\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`households_created_at_idx\` ON \`households\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__households_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_unit\` text NOT NULL,
  	\`version_status\` text DEFAULT 'pre-move-in',
  	\`version_moved_in_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__households_v\`("id", "parent_id", "version_unit", "version_status", "version_moved_in_at", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_unit", "version_status", "version_moved_in_at", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_households_v\`;`)
  await db.run(sql`DROP TABLE \`_households_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__households_v\` RENAME TO \`_households_v\`;`)
  await db.run(sql`CREATE INDEX \`_households_v_parent_idx\` ON \`_households_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_households_v_version_version_unit_idx\` ON \`_households_v\` (\`version_unit\`);`)
  await db.run(sql`CREATE INDEX \`_households_v_version_version_updated_at_idx\` ON \`_households_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_households_v_version_version_created_at_idx\` ON \`_households_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_households_v_created_at_idx\` ON \`_households_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_households_v_updated_at_idx\` ON \`_households_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_members\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`household_id\` integer NOT NULL,
  	\`name\` text NOT NULL,
  	\`gender\` text NOT NULL,
  	\`relationship\` text NOT NULL,
  	\`age\` numeric,
  	\`ordinal\` numeric,
  	\`household_slot\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_members\`("id", "household_id", "name", "gender", "relationship", "age", "ordinal", "household_slot", "updated_at", "created_at") SELECT "id", "household_id", "name", "gender", "relationship", "age", "ordinal", "household_slot", "updated_at", "created_at" FROM \`members\`;`)
  await db.run(sql`DROP TABLE \`members\`;`)
  await db.run(sql`ALTER TABLE \`__new_members\` RENAME TO \`members\`;`)
  await db.run(sql`CREATE INDEX \`members_household_idx\` ON \`members\` (\`household_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`members_household_slot_idx\` ON \`members\` (\`household_slot\`);`)
  await db.run(sql`CREATE INDEX \`members_updated_at_idx\` ON \`members\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`members_created_at_idx\` ON \`members\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__members_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_household_id\` integer NOT NULL,
  	\`version_name\` text NOT NULL,
  	\`version_gender\` text NOT NULL,
  	\`version_relationship\` text NOT NULL,
  	\`version_age\` numeric,
  	\`version_ordinal\` numeric,
  	\`version_household_slot\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__members_v\`("id", "parent_id", "version_household_id", "version_name", "version_gender", "version_relationship", "version_age", "version_ordinal", "version_household_slot", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_household_id", "version_name", "version_gender", "version_relationship", "version_age", "version_ordinal", "version_household_slot", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_members_v\`;`)
  await db.run(sql`DROP TABLE \`_members_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__members_v\` RENAME TO \`_members_v\`;`)
  await db.run(sql`CREATE INDEX \`_members_v_parent_idx\` ON \`_members_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_household_idx\` ON \`_members_v\` (\`version_household_id\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_household_slot_idx\` ON \`_members_v\` (\`version_household_slot\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_updated_at_idx\` ON \`_members_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_created_at_idx\` ON \`_members_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_created_at_idx\` ON \`_members_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_updated_at_idx\` ON \`_members_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_passes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`number\` text,
  	\`household_id\` integer,
  	\`status\` text DEFAULT 'prepared',
  	\`fee\` numeric,
  	\`currency\` text,
  	\`fee_paid_at\` text,
  	\`ordinal\` numeric,
  	\`slot\` text,
  	\`unpaid_slot\` text,
  	\`qr_token\` text,
  	\`receipt_id\` integer,
  	\`activated_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`receipt_id\`) REFERENCES \`pass_receipts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_passes\`("id", "member_id", "number", "household_id", "status", "fee", "currency", "fee_paid_at", "ordinal", "slot", "unpaid_slot", "qr_token", "receipt_id", "activated_at", "updated_at", "created_at") SELECT "id", "member_id", "number", "household_id", "status", "fee", "currency", "fee_paid_at", "ordinal", "slot", "unpaid_slot", "qr_token", "receipt_id", "activated_at", "updated_at", "created_at" FROM \`passes\`;`)
  await db.run(sql`DROP TABLE \`passes\`;`)
  await db.run(sql`ALTER TABLE \`__new_passes\` RENAME TO \`passes\`;`)
  await db.run(sql`CREATE INDEX \`passes_member_idx\` ON \`passes\` (\`member_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`passes_number_idx\` ON \`passes\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`passes_household_idx\` ON \`passes\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`passes_status_idx\` ON \`passes\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`passes_slot_idx\` ON \`passes\` (\`slot\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`passes_unpaid_slot_idx\` ON \`passes\` (\`unpaid_slot\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`passes_qr_token_idx\` ON \`passes\` (\`qr_token\`);`)
  await db.run(sql`CREATE INDEX \`passes_receipt_idx\` ON \`passes\` (\`receipt_id\`);`)
  await db.run(sql`CREATE INDEX \`passes_updated_at_idx\` ON \`passes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`passes_created_at_idx\` ON \`passes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__passes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_member_id\` integer NOT NULL,
  	\`version_number\` text,
  	\`version_household_id\` integer,
  	\`version_status\` text DEFAULT 'prepared',
  	\`version_fee\` numeric,
  	\`version_currency\` text,
  	\`version_fee_paid_at\` text,
  	\`version_ordinal\` numeric,
  	\`version_slot\` text,
  	\`version_unpaid_slot\` text,
  	\`version_qr_token\` text,
  	\`version_receipt_id\` integer,
  	\`version_activated_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`passes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_receipt_id\`) REFERENCES \`pass_receipts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__passes_v\`("id", "parent_id", "version_member_id", "version_number", "version_household_id", "version_status", "version_fee", "version_currency", "version_fee_paid_at", "version_ordinal", "version_slot", "version_unpaid_slot", "version_qr_token", "version_receipt_id", "version_activated_at", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_member_id", "version_number", "version_household_id", "version_status", "version_fee", "version_currency", "version_fee_paid_at", "version_ordinal", "version_slot", "version_unpaid_slot", "version_qr_token", "version_receipt_id", "version_activated_at", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_passes_v\`;`)
  await db.run(sql`DROP TABLE \`_passes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__passes_v\` RENAME TO \`_passes_v\`;`)
  await db.run(sql`CREATE INDEX \`_passes_v_parent_idx\` ON \`_passes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_member_idx\` ON \`_passes_v\` (\`version_member_id\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_number_idx\` ON \`_passes_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_household_idx\` ON \`_passes_v\` (\`version_household_id\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_status_idx\` ON \`_passes_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_slot_idx\` ON \`_passes_v\` (\`version_slot\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_unpaid_slot_idx\` ON \`_passes_v\` (\`version_unpaid_slot\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_qr_token_idx\` ON \`_passes_v\` (\`version_qr_token\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_receipt_idx\` ON \`_passes_v\` (\`version_receipt_id\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_updated_at_idx\` ON \`_passes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_created_at_idx\` ON \`_passes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_created_at_idx\` ON \`_passes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_updated_at_idx\` ON \`_passes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_pass_receipts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`household_id\` integer NOT NULL,
  	\`signature_id\` integer,
  	\`signed_by_name\` text NOT NULL,
  	\`signed_at\` text NOT NULL,
  	\`copy_to\` text,
  	\`state\` text DEFAULT 'complete',
  	\`sequence\` numeric,
  	\`claim\` text,
  	\`idempotency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pass_receipts\`("id", "household_id", "signature_id", "signed_by_name", "signed_at", "copy_to", "state", "sequence", "claim", "idempotency_key", "updated_at", "created_at") SELECT "id", "household_id", "signature_id", "signed_by_name", "signed_at", "copy_to", "state", "sequence", "claim", "idempotency_key", "updated_at", "created_at" FROM \`pass_receipts\`;`)
  await db.run(sql`DROP TABLE \`pass_receipts\`;`)
  await db.run(sql`ALTER TABLE \`__new_pass_receipts\` RENAME TO \`pass_receipts\`;`)
  await db.run(sql`CREATE INDEX \`pass_receipts_household_idx\` ON \`pass_receipts\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_signature_idx\` ON \`pass_receipts\` (\`signature_id\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_state_idx\` ON \`pass_receipts\` (\`state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pass_receipts_claim_idx\` ON \`pass_receipts\` (\`claim\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pass_receipts_idempotency_key_idx\` ON \`pass_receipts\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_updated_at_idx\` ON \`pass_receipts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_created_at_idx\` ON \`pass_receipts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_signatures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`household_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_signatures\`("id", "household_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "household_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`signatures\`;`)
  await db.run(sql`DROP TABLE \`signatures\`;`)
  await db.run(sql`ALTER TABLE \`__new_signatures\` RENAME TO \`signatures\`;`)
  await db.run(sql`CREATE INDEX \`signatures_household_idx\` ON \`signatures\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`signatures_updated_at_idx\` ON \`signatures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`signatures_created_at_idx\` ON \`signatures\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`signatures_filename_idx\` ON \`signatures\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_residents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`household_id\` integer NOT NULL,
  	\`member_id\` integer,
  	\`language\` text DEFAULT 'zh-TW',
  	\`invited_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_residents\`("id", "name", "household_id", "member_id", "language", "invited_at", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at") SELECT "id", "name", "household_id", "member_id", "language", "invited_at", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at" FROM \`residents\`;`)
  await db.run(sql`DROP TABLE \`residents\`;`)
  await db.run(sql`ALTER TABLE \`__new_residents\` RENAME TO \`residents\`;`)
  await db.run(sql`CREATE INDEX \`residents_household_idx\` ON \`residents\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_member_idx\` ON \`residents\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_updated_at_idx\` ON \`residents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`residents_created_at_idx\` ON \`residents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`residents_email_idx\` ON \`residents\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at") SELECT "id", "name", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_kiosks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`location\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_kiosks\`("id", "name", "location", "updated_at", "created_at", "enable_a_p_i_key", "api_key", "api_key_index") SELECT "id", "name", "location", "updated_at", "created_at", "enable_a_p_i_key", "api_key", "api_key_index" FROM \`kiosks\`;`)
  await db.run(sql`DROP TABLE \`kiosks\`;`)
  await db.run(sql`ALTER TABLE \`__new_kiosks\` RENAME TO \`kiosks\`;`)
  await db.run(sql`CREATE INDEX \`kiosks_updated_at_idx\` ON \`kiosks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kiosks_created_at_idx\` ON \`kiosks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_procedures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`numeral\` text NOT NULL,
  	\`order\` numeric NOT NULL,
  	\`key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_procedures\`("id", "numeral", "order", "key", "updated_at", "created_at") SELECT "id", "numeral", "order", "key", "updated_at", "created_at" FROM \`procedures\`;`)
  await db.run(sql`DROP TABLE \`procedures\`;`)
  await db.run(sql`ALTER TABLE \`__new_procedures\` RENAME TO \`procedures\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`procedures_key_idx\` ON \`procedures\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`procedures_updated_at_idx\` ON \`procedures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_created_at_idx\` ON \`procedures\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__procedures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_numeral\` text NOT NULL,
  	\`version_order\` numeric NOT NULL,
  	\`version_key\` text NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__procedures_v\`("id", "parent_id", "version_numeral", "version_order", "version_key", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_numeral", "version_order", "version_key", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_procedures_v\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__procedures_v\` RENAME TO \`_procedures_v\`;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_parent_idx\` ON \`_procedures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_key_idx\` ON \`_procedures_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_updated_at_idx\` ON \`_procedures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_created_at_idx\` ON \`_procedures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_created_at_idx\` ON \`_procedures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_updated_at_idx\` ON \`_procedures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_notifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`to\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`status\` text DEFAULT 'queued',
  	\`attempts\` numeric DEFAULT 0,
  	\`last_error\` text,
  	\`sent_at\` text,
  	\`dedupe_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notifications\`("id", "to", "subject", "body", "status", "attempts", "last_error", "sent_at", "dedupe_key", "updated_at", "created_at") SELECT "id", "to", "subject", "body", "status", "attempts", "last_error", "sent_at", "dedupe_key", "updated_at", "created_at" FROM \`notifications\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications\` RENAME TO \`notifications\`;`)
  await db.run(sql`CREATE INDEX \`notifications_status_idx\` ON \`notifications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`notifications_dedupe_key_idx\` ON \`notifications\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`households_id\` integer,
  	\`members_id\` integer,
  	\`passes_id\` integer,
  	\`pass_receipts_id\` integer,
  	\`signatures_id\` integer,
  	\`residents_id\` integer,
  	\`users_id\` integer,
  	\`kiosks_id\` integer,
  	\`procedures_id\` integer,
  	\`notifications_id\` integer,
  	\`benchmark_baselines_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`households_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`passes_id\`) REFERENCES \`passes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pass_receipts_id\`) REFERENCES \`pass_receipts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`signatures_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`benchmark_baselines_id\`) REFERENCES \`benchmark_baselines\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "households_id", "members_id", "passes_id", "pass_receipts_id", "signatures_id", "residents_id", "users_id", "kiosks_id", "procedures_id", "notifications_id", "benchmark_baselines_id") SELECT "id", "order", "parent_id", "path", "households_id", "members_id", "passes_id", "pass_receipts_id", "signatures_id", "residents_id", "users_id", "kiosks_id", "procedures_id", "notifications_id", "benchmark_baselines_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_households_id_idx\` ON \`payload_locked_documents_rels\` (\`households_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_members_id_idx\` ON \`payload_locked_documents_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_passes_id_idx\` ON \`payload_locked_documents_rels\` (\`passes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pass_receipts_id_idx\` ON \`payload_locked_documents_rels\` (\`pass_receipts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_signatures_id_idx\` ON \`payload_locked_documents_rels\` (\`signatures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_residents_id_idx\` ON \`payload_locked_documents_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kiosks_id_idx\` ON \`payload_locked_documents_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_benchmark_baselines_id_idx\` ON \`payload_locked_documents_rels\` (\`benchmark_baselines_id\`);`)
}
