import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`households\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`unit\` text NOT NULL,
  	\`status\` text DEFAULT 'pre-move-in',
  	\`moved_in_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`households_unit_idx\` ON \`households\` (\`unit\`);`)
  await db.run(sql`CREATE INDEX \`households_updated_at_idx\` ON \`households\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`households_created_at_idx\` ON \`households\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`households_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`households_rels_order_idx\` ON \`households_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`households_rels_parent_idx\` ON \`households_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`households_rels_path_idx\` ON \`households_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`households_rels_users_id_idx\` ON \`households_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`households_rels_residents_id_idx\` ON \`households_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`households_rels_kiosks_id_idx\` ON \`households_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`_households_v\` (
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
  await db.run(sql`CREATE INDEX \`_households_v_parent_idx\` ON \`_households_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_households_v_version_version_unit_idx\` ON \`_households_v\` (\`version_unit\`);`)
  await db.run(sql`CREATE INDEX \`_households_v_version_version_updated_at_idx\` ON \`_households_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_households_v_version_version_created_at_idx\` ON \`_households_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_households_v_created_at_idx\` ON \`_households_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_households_v_updated_at_idx\` ON \`_households_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_households_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_households_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_households_v_rels_order_idx\` ON \`_households_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_households_v_rels_parent_idx\` ON \`_households_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_households_v_rels_path_idx\` ON \`_households_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_households_v_rels_users_id_idx\` ON \`_households_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_households_v_rels_residents_id_idx\` ON \`_households_v_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`_households_v_rels_kiosks_id_idx\` ON \`_households_v_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`members\` (
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
  await db.run(sql`CREATE INDEX \`members_household_idx\` ON \`members\` (\`household_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`members_household_slot_idx\` ON \`members\` (\`household_slot\`);`)
  await db.run(sql`CREATE INDEX \`members_updated_at_idx\` ON \`members\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`members_created_at_idx\` ON \`members\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`members_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`members_rels_order_idx\` ON \`members_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`members_rels_parent_idx\` ON \`members_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`members_rels_path_idx\` ON \`members_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`members_rels_users_id_idx\` ON \`members_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`members_rels_residents_id_idx\` ON \`members_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`members_rels_kiosks_id_idx\` ON \`members_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`_members_v\` (
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
  await db.run(sql`CREATE INDEX \`_members_v_parent_idx\` ON \`_members_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_household_idx\` ON \`_members_v\` (\`version_household_id\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_household_slot_idx\` ON \`_members_v\` (\`version_household_slot\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_updated_at_idx\` ON \`_members_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_created_at_idx\` ON \`_members_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_created_at_idx\` ON \`_members_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_updated_at_idx\` ON \`_members_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_members_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_members_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_members_v_rels_order_idx\` ON \`_members_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_rels_parent_idx\` ON \`_members_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_rels_path_idx\` ON \`_members_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_rels_users_id_idx\` ON \`_members_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_rels_residents_id_idx\` ON \`_members_v_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_rels_kiosks_id_idx\` ON \`_members_v_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`passes\` (
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
  await db.run(sql`CREATE INDEX \`passes_member_idx\` ON \`passes\` (\`member_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`passes_number_idx\` ON \`passes\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`passes_household_idx\` ON \`passes\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`passes_status_idx\` ON \`passes\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`passes_slot_idx\` ON \`passes\` (\`slot\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`passes_qr_token_idx\` ON \`passes\` (\`qr_token\`);`)
  await db.run(sql`CREATE INDEX \`passes_receipt_idx\` ON \`passes\` (\`receipt_id\`);`)
  await db.run(sql`CREATE INDEX \`passes_updated_at_idx\` ON \`passes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`passes_created_at_idx\` ON \`passes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`passes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`passes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`passes_rels_order_idx\` ON \`passes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`passes_rels_parent_idx\` ON \`passes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`passes_rels_path_idx\` ON \`passes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`passes_rels_users_id_idx\` ON \`passes_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`passes_rels_residents_id_idx\` ON \`passes_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`passes_rels_kiosks_id_idx\` ON \`passes_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`_passes_v\` (
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
  await db.run(sql`CREATE INDEX \`_passes_v_parent_idx\` ON \`_passes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_member_idx\` ON \`_passes_v\` (\`version_member_id\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_number_idx\` ON \`_passes_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_household_idx\` ON \`_passes_v\` (\`version_household_id\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_status_idx\` ON \`_passes_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_slot_idx\` ON \`_passes_v\` (\`version_slot\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_qr_token_idx\` ON \`_passes_v\` (\`version_qr_token\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_receipt_idx\` ON \`_passes_v\` (\`version_receipt_id\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_updated_at_idx\` ON \`_passes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_created_at_idx\` ON \`_passes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_created_at_idx\` ON \`_passes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_updated_at_idx\` ON \`_passes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_passes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_passes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_passes_v_rels_order_idx\` ON \`_passes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_rels_parent_idx\` ON \`_passes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_rels_path_idx\` ON \`_passes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_rels_users_id_idx\` ON \`_passes_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_rels_residents_id_idx\` ON \`_passes_v_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_rels_kiosks_id_idx\` ON \`_passes_v_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`pass_receipts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`household_id\` integer NOT NULL,
  	\`signature_id\` integer NOT NULL,
  	\`signed_by_name\` text NOT NULL,
  	\`signed_at\` text NOT NULL,
  	\`copy_to\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`pass_receipts_household_idx\` ON \`pass_receipts\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_signature_idx\` ON \`pass_receipts\` (\`signature_id\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_updated_at_idx\` ON \`pass_receipts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_created_at_idx\` ON \`pass_receipts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`pass_receipts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`passes_id\` integer,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pass_receipts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`passes_id\`) REFERENCES \`passes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pass_receipts_rels_order_idx\` ON \`pass_receipts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_rels_parent_idx\` ON \`pass_receipts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_rels_path_idx\` ON \`pass_receipts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_rels_passes_id_idx\` ON \`pass_receipts_rels\` (\`passes_id\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_rels_users_id_idx\` ON \`pass_receipts_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_rels_residents_id_idx\` ON \`pass_receipts_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_rels_kiosks_id_idx\` ON \`pass_receipts_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`signatures\` (
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
  await db.run(sql`CREATE INDEX \`signatures_household_idx\` ON \`signatures\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`signatures_updated_at_idx\` ON \`signatures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`signatures_created_at_idx\` ON \`signatures\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`signatures_filename_idx\` ON \`signatures\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`residents_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`residents_sessions_order_idx\` ON \`residents_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`residents_sessions_parent_id_idx\` ON \`residents_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`residents\` (
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
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`residents_household_idx\` ON \`residents\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_member_idx\` ON \`residents\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_updated_at_idx\` ON \`residents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`residents_created_at_idx\` ON \`residents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`residents_email_idx\` ON \`residents\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`residents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`residents_rels_order_idx\` ON \`residents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`residents_rels_parent_idx\` ON \`residents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_rels_path_idx\` ON \`residents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`residents_rels_users_id_idx\` ON \`residents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_rels_residents_id_idx\` ON \`residents_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`residents_rels_kiosks_id_idx\` ON \`residents_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`pass_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`free_passes_per_member\` numeric DEFAULT 3 NOT NULL,
  	\`extra_pass_fee\` numeric DEFAULT 50 NOT NULL,
  	\`currency\` text DEFAULT 'CNY' NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`procedures_rels\` ADD \`residents_id\` integer REFERENCES residents(id);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_residents_id_idx\` ON \`procedures_rels\` (\`residents_id\`);`)
  await db.run(sql`ALTER TABLE \`_procedures_v_rels\` ADD \`residents_id\` integer REFERENCES residents(id);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_residents_id_idx\` ON \`_procedures_v_rels\` (\`residents_id\`);`)
  await db.run(sql`ALTER TABLE \`notifications_rels\` ADD \`residents_id\` integer REFERENCES residents(id);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_residents_id_idx\` ON \`notifications_rels\` (\`residents_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`households_id\` integer REFERENCES households(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`members_id\` integer REFERENCES members(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`passes_id\` integer REFERENCES passes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`pass_receipts_id\` integer REFERENCES pass_receipts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`signatures_id\` integer REFERENCES signatures(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`residents_id\` integer REFERENCES residents(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_households_id_idx\` ON \`payload_locked_documents_rels\` (\`households_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_members_id_idx\` ON \`payload_locked_documents_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_passes_id_idx\` ON \`payload_locked_documents_rels\` (\`passes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pass_receipts_id_idx\` ON \`payload_locked_documents_rels\` (\`pass_receipts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_signatures_id_idx\` ON \`payload_locked_documents_rels\` (\`signatures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_residents_id_idx\` ON \`payload_locked_documents_rels\` (\`residents_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_preferences_rels\` ADD \`residents_id\` integer REFERENCES residents(id);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_residents_id_idx\` ON \`payload_preferences_rels\` (\`residents_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`households\`;`)
  await db.run(sql`DROP TABLE \`households_rels\`;`)
  await db.run(sql`DROP TABLE \`_households_v\`;`)
  await db.run(sql`DROP TABLE \`_households_v_rels\`;`)
  await db.run(sql`DROP TABLE \`members\`;`)
  await db.run(sql`DROP TABLE \`members_rels\`;`)
  await db.run(sql`DROP TABLE \`_members_v\`;`)
  await db.run(sql`DROP TABLE \`_members_v_rels\`;`)
  await db.run(sql`DROP TABLE \`passes\`;`)
  await db.run(sql`DROP TABLE \`passes_rels\`;`)
  await db.run(sql`DROP TABLE \`_passes_v\`;`)
  await db.run(sql`DROP TABLE \`_passes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`pass_receipts\`;`)
  await db.run(sql`DROP TABLE \`pass_receipts_rels\`;`)
  await db.run(sql`DROP TABLE \`signatures\`;`)
  await db.run(sql`DROP TABLE \`residents_sessions\`;`)
  await db.run(sql`DROP TABLE \`residents\`;`)
  await db.run(sql`DROP TABLE \`residents_rels\`;`)
  await db.run(sql`DROP TABLE \`pass_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_procedures_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_procedures_rels\`("id", "order", "parent_id", "path", "users_id", "kiosks_id") SELECT "id", "order", "parent_id", "path", "users_id", "kiosks_id" FROM \`procedures_rels\`;`)
  await db.run(sql`DROP TABLE \`procedures_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_procedures_rels\` RENAME TO \`procedures_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`procedures_rels_order_idx\` ON \`procedures_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_parent_idx\` ON \`procedures_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_path_idx\` ON \`procedures_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_users_id_idx\` ON \`procedures_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_kiosks_id_idx\` ON \`procedures_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__procedures_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__procedures_v_rels\`("id", "order", "parent_id", "path", "users_id", "kiosks_id") SELECT "id", "order", "parent_id", "path", "users_id", "kiosks_id" FROM \`_procedures_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__procedures_v_rels\` RENAME TO \`_procedures_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_order_idx\` ON \`_procedures_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_parent_idx\` ON \`_procedures_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_path_idx\` ON \`_procedures_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_users_id_idx\` ON \`_procedures_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_kiosks_id_idx\` ON \`_procedures_v_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_notifications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notifications_rels\`("id", "order", "parent_id", "path", "users_id", "kiosks_id") SELECT "id", "order", "parent_id", "path", "users_id", "kiosks_id" FROM \`notifications_rels\`;`)
  await db.run(sql`DROP TABLE \`notifications_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications_rels\` RENAME TO \`notifications_rels\`;`)
  await db.run(sql`CREATE INDEX \`notifications_rels_order_idx\` ON \`notifications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_parent_idx\` ON \`notifications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_path_idx\` ON \`notifications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_users_id_idx\` ON \`notifications_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_kiosks_id_idx\` ON \`notifications_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`kiosks_id\` integer,
  	\`procedures_id\` integer,
  	\`notifications_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "kiosks_id", "procedures_id", "notifications_id") SELECT "id", "order", "parent_id", "path", "users_id", "kiosks_id", "procedures_id", "notifications_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kiosks_id_idx\` ON \`payload_locked_documents_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences_rels\`("id", "order", "parent_id", "path", "users_id", "kiosks_id") SELECT "id", "order", "parent_id", "path", "users_id", "kiosks_id" FROM \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences_rels\` RENAME TO \`payload_preferences_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_kiosks_id_idx\` ON \`payload_preferences_rels\` (\`kiosks_id\`);`)
}
