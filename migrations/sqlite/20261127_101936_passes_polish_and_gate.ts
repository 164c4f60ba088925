import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`member_photos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`household_id\` integer,
  	\`estate_id\` integer,
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
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`member_photos_member_idx\` ON \`member_photos\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`member_photos_household_idx\` ON \`member_photos\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`member_photos_estate_idx\` ON \`member_photos\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`member_photos_updated_at_idx\` ON \`member_photos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`member_photos_created_at_idx\` ON \`member_photos\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`member_photos_filename_idx\` ON \`member_photos\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`member_photos_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`member_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`member_photos_rels_order_idx\` ON \`member_photos_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`member_photos_rels_parent_idx\` ON \`member_photos_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`member_photos_rels_path_idx\` ON \`member_photos_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`member_photos_rels_users_id_idx\` ON \`member_photos_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`member_photos_rels_residents_id_idx\` ON \`member_photos_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`member_photos_rels_kiosks_id_idx\` ON \`member_photos_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`payments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`receipt_number\` text,
  	\`household_id\` integer NOT NULL,
  	\`amount\` numeric,
  	\`currency\` text,
  	\`method\` text NOT NULL,
  	\`reference\` text,
  	\`paid_at\` text,
  	\`paidat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`recorded_by_id\` integer,
  	\`recorded_by_name\` text,
  	\`voided_at\` text,
  	\`voidedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`voided_by_id\` integer,
  	\`void_reason\` text,
  	\`year\` numeric,
  	\`sequence\` numeric,
  	\`receipt_key\` text,
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`voided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`payments_household_idx\` ON \`payments\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`payments_paid_at_idx\` ON \`payments\` (\`paid_at\`);`)
  await db.run(sql`CREATE INDEX \`payments_recorded_by_idx\` ON \`payments\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`payments_voided_by_idx\` ON \`payments\` (\`voided_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`payments_receipt_key_idx\` ON \`payments\` (\`receipt_key\`);`)
  await db.run(sql`CREATE INDEX \`payments_estate_idx\` ON \`payments\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`payments_updated_at_idx\` ON \`payments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payments_created_at_idx\` ON \`payments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_paidAt_idx\` ON \`payments\` (\`estate_id\`,\`paid_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_year_sequence_idx\` ON \`payments\` (\`estate_id\`,\`year\`,\`sequence\`);`)
  await db.run(sql`CREATE TABLE \`payments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`passes_id\` integer,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`passes_id\`) REFERENCES \`passes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payments_rels_order_idx\` ON \`payments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payments_rels_parent_idx\` ON \`payments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payments_rels_path_idx\` ON \`payments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payments_rels_passes_id_idx\` ON \`payments_rels\` (\`passes_id\`);`)
  await db.run(sql`CREATE INDEX \`payments_rels_users_id_idx\` ON \`payments_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payments_rels_residents_id_idx\` ON \`payments_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`payments_rels_kiosks_id_idx\` ON \`payments_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`visitor_passes_days\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`visitor_passes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`visitor_passes_days_order_idx\` ON \`visitor_passes_days\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`visitor_passes_days_parent_idx\` ON \`visitor_passes_days\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_visitor_passes_v_version_days\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_visitor_passes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_visitor_passes_v_version_days_order_idx\` ON \`_visitor_passes_v_version_days\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_passes_v_version_days_parent_idx\` ON \`_visitor_passes_v_version_days\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`estate_pass_keys\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`estate_id\` integer NOT NULL,
  	\`public_jwk\` text NOT NULL,
  	\`private_jwk\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`estate_pass_keys_estate_idx\` ON \`estate_pass_keys\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`estate_pass_keys_updated_at_idx\` ON \`estate_pass_keys\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_pass_keys_created_at_idx\` ON \`estate_pass_keys\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`do_not_admit\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`organisation\` text,
  	\`plate\` text,
  	\`reason\` text NOT NULL,
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`do_not_admit_estate_idx\` ON \`do_not_admit\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`do_not_admit_updated_at_idx\` ON \`do_not_admit\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`do_not_admit_created_at_idx\` ON \`do_not_admit\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`do_not_admit_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`do_not_admit\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`do_not_admit_rels_order_idx\` ON \`do_not_admit_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`do_not_admit_rels_parent_idx\` ON \`do_not_admit_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`do_not_admit_rels_path_idx\` ON \`do_not_admit_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`do_not_admit_rels_users_id_idx\` ON \`do_not_admit_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`do_not_admit_rels_residents_id_idx\` ON \`do_not_admit_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`do_not_admit_rels_kiosks_id_idx\` ON \`do_not_admit_rels\` (\`kiosks_id\`);`)
  await db.run(sql`ALTER TABLE \`households\` ADD \`member_names\` text;`)
  await db.run(sql`ALTER TABLE \`_households_v\` ADD \`version_member_names\` text;`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`photo_id\` integer REFERENCES member_photos(id);`)
  await db.run(sql`CREATE INDEX \`members_photo_idx\` ON \`members\` (\`photo_id\`);`)
  await db.run(sql`ALTER TABLE \`_members_v\` ADD \`version_photo_id\` integer REFERENCES member_photos(id);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_photo_idx\` ON \`_members_v\` (\`version_photo_id\`);`)
  await db.run(sql`ALTER TABLE \`passes\` ADD \`payment_id\` integer REFERENCES payments(id);`)
  await db.run(sql`CREATE INDEX \`passes_payment_idx\` ON \`passes\` (\`payment_id\`);`)
  await db.run(sql`ALTER TABLE \`_passes_v\` ADD \`version_payment_id\` integer REFERENCES payments(id);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_payment_idx\` ON \`_passes_v\` (\`version_payment_id\`);`)
  await db.run(sql`ALTER TABLE \`pass_receipts\` ADD \`signer_member_id\` integer REFERENCES members(id);`)
  await db.run(sql`ALTER TABLE \`pass_receipts\` ADD \`signer_note\` text;`)
  await db.run(sql`CREATE INDEX \`pass_receipts_signer_member_idx\` ON \`pass_receipts\` (\`signer_member_id\`);`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`phone\` text;`)
  await db.run(sql`ALTER TABLE \`visitor_requests\` ADD \`do_not_admit\` text;`)
  await db.run(sql`ALTER TABLE \`visitor_requests\` ADD \`override_warning\` integer;`)
  await db.run(sql`ALTER TABLE \`visitor_requests\` ADD \`override_note\` text;`)
  await db.run(sql`ALTER TABLE \`visitor_requests\` ADD \`overridden_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`visitor_requests\` ADD \`overridden_at\` text;`)
  await db.run(sql`CREATE INDEX \`visitor_requests_overridden_by_idx\` ON \`visitor_requests\` (\`overridden_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_visitor_requests_v\` ADD \`version_do_not_admit\` text;`)
  await db.run(sql`ALTER TABLE \`_visitor_requests_v\` ADD \`version_override_warning\` integer;`)
  await db.run(sql`ALTER TABLE \`_visitor_requests_v\` ADD \`version_override_note\` text;`)
  await db.run(sql`ALTER TABLE \`_visitor_requests_v\` ADD \`version_overridden_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_visitor_requests_v\` ADD \`version_overridden_at\` text;`)
  await db.run(sql`CREATE INDEX \`_visitor_requests_v_version_version_overridden_by_idx\` ON \`_visitor_requests_v\` (\`version_overridden_by_id\`);`)
  await db.run(sql`ALTER TABLE \`visitor_passes\` ADD \`daily_from\` text;`)
  await db.run(sql`ALTER TABLE \`visitor_passes\` ADD \`daily_until\` text;`)
  await db.run(sql`ALTER TABLE \`visitor_passes\` ADD \`do_not_admit\` text;`)
  await db.run(sql`ALTER TABLE \`_visitor_passes_v\` ADD \`version_daily_from\` text;`)
  await db.run(sql`ALTER TABLE \`_visitor_passes_v\` ADD \`version_daily_until\` text;`)
  await db.run(sql`ALTER TABLE \`_visitor_passes_v\` ADD \`version_do_not_admit\` text;`)
  await db.run(sql`ALTER TABLE \`visitor_pass_uses\` ADD \`idempotency_key\` text;`)
  await db.run(sql`ALTER TABLE \`visitor_pass_uses\` ADD \`offline\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`visitor_pass_uses\` ADD \`uploaded_at\` text;`)
  await db.run(sql`ALTER TABLE \`visitor_pass_uses\` ADD \`flag\` text;`)
  await db.run(sql`ALTER TABLE \`visitor_pass_uses\` ADD \`day\` text;`)
  await db.run(sql`ALTER TABLE \`visitor_pass_uses\` ADD \`estate_id\` integer REFERENCES estates(id);`)
  await db.run(sql`ALTER TABLE \`visitor_pass_uses\` ADD \`checked_out_at\` text;`)
  await db.run(sql`ALTER TABLE \`visitor_pass_uses\` ADD \`checked_out_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE UNIQUE INDEX \`visitor_pass_uses_idempotency_key_idx\` ON \`visitor_pass_uses\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`visitor_pass_uses_day_idx\` ON \`visitor_pass_uses\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`visitor_pass_uses_estate_idx\` ON \`visitor_pass_uses\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`visitor_pass_uses_checked_out_at_idx\` ON \`visitor_pass_uses\` (\`checked_out_at\`);`)
  await db.run(sql`CREATE INDEX \`visitor_pass_uses_checked_out_by_idx\` ON \`visitor_pass_uses\` (\`checked_out_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`member_photos_id\` integer REFERENCES member_photos(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`payments_id\` integer REFERENCES payments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`estate_pass_keys_id\` integer REFERENCES estate_pass_keys(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`do_not_admit_id\` integer REFERENCES do_not_admit(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_member_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`member_photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_payments_id_idx\` ON \`payload_locked_documents_rels\` (\`payments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_estate_pass_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`estate_pass_keys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_do_not_admit_id_idx\` ON \`payload_locked_documents_rels\` (\`do_not_admit_id\`);`)
  // Edited by hand: data for the new columns.
  // Households registered before this migration are found by their members' names too.
  await db.run(
    sql`UPDATE \`households\` SET \`member_names\` = (SELECT group_concat(\`name\`, ' ') FROM (SELECT \`name\` FROM \`members\` WHERE \`members\`.\`household_id\` = \`households\`.\`id\` ORDER BY \`ordinal\`));`,
  )
  // Pass uses made before: their estate is their pass's (VIS-5 lists who is inside per estate).
  await db.run(
    sql`UPDATE \`visitor_pass_uses\` SET \`estate_id\` = (SELECT \`estate_id\` FROM \`visitor_passes\` WHERE \`visitor_passes\`.\`id\` = \`visitor_pass_uses\`.\`pass_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`member_photos\`;`)
  await db.run(sql`DROP TABLE \`member_photos_rels\`;`)
  await db.run(sql`DROP TABLE \`payments\`;`)
  await db.run(sql`DROP TABLE \`payments_rels\`;`)
  await db.run(sql`DROP TABLE \`visitor_passes_days\`;`)
  await db.run(sql`DROP TABLE \`_visitor_passes_v_version_days\`;`)
  await db.run(sql`DROP TABLE \`estate_pass_keys\`;`)
  await db.run(sql`DROP TABLE \`do_not_admit\`;`)
  await db.run(sql`DROP TABLE \`do_not_admit_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_members\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`household_id\` integer NOT NULL,
  	\`name\` text NOT NULL,
  	\`gender\` text NOT NULL,
  	\`relationship\` text NOT NULL,
  	\`age\` numeric,
  	\`ordinal\` numeric,
  	\`household_slot\` text,
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_members\`("id", "household_id", "name", "gender", "relationship", "age", "ordinal", "household_slot", "estate_id", "updated_at", "created_at") SELECT "id", "household_id", "name", "gender", "relationship", "age", "ordinal", "household_slot", "estate_id", "updated_at", "created_at" FROM \`members\`;`)
  await db.run(sql`DROP TABLE \`members\`;`)
  await db.run(sql`ALTER TABLE \`__new_members\` RENAME TO \`members\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`members_household_idx\` ON \`members\` (\`household_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`members_household_slot_idx\` ON \`members\` (\`household_slot\`);`)
  await db.run(sql`CREATE INDEX \`members_estate_idx\` ON \`members\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`members_updated_at_idx\` ON \`members\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`members_created_at_idx\` ON \`members\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_household_idx\` ON \`members\` (\`estate_id\`,\`household_id\`);`)
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
  	\`version_estate_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__members_v\`("id", "parent_id", "version_household_id", "version_name", "version_gender", "version_relationship", "version_age", "version_ordinal", "version_household_slot", "version_estate_id", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_household_id", "version_name", "version_gender", "version_relationship", "version_age", "version_ordinal", "version_household_slot", "version_estate_id", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_members_v\`;`)
  await db.run(sql`DROP TABLE \`_members_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__members_v\` RENAME TO \`_members_v\`;`)
  await db.run(sql`CREATE INDEX \`_members_v_parent_idx\` ON \`_members_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_household_idx\` ON \`_members_v\` (\`version_household_id\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_household_slot_idx\` ON \`_members_v\` (\`version_household_slot\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_estate_idx\` ON \`_members_v\` (\`version_estate_id\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_updated_at_idx\` ON \`_members_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_created_at_idx\` ON \`_members_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_created_at_idx\` ON \`_members_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_updated_at_idx\` ON \`_members_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_household_idx\` ON \`_members_v\` (\`version_estate_id\`,\`version_household_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_passes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`number\` text,
  	\`household_id\` integer,
  	\`status\` text DEFAULT 'prepared',
  	\`fee\` numeric,
  	\`currency\` text,
  	\`fee_paid_at\` text,
  	\`feepaidat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`ordinal\` numeric,
  	\`slot\` text,
  	\`unpaid_slot\` text,
  	\`qr_token\` text,
  	\`receipt_id\` integer,
  	\`activated_at\` text,
  	\`activatedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`receipt_id\`) REFERENCES \`pass_receipts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_passes\`("id", "member_id", "number", "household_id", "status", "fee", "currency", "fee_paid_at", "feepaidat_tz", "ordinal", "slot", "unpaid_slot", "qr_token", "receipt_id", "activated_at", "activatedat_tz", "estate_id", "updated_at", "created_at") SELECT "id", "member_id", "number", "household_id", "status", "fee", "currency", "fee_paid_at", "feepaidat_tz", "ordinal", "slot", "unpaid_slot", "qr_token", "receipt_id", "activated_at", "activatedat_tz", "estate_id", "updated_at", "created_at" FROM \`passes\`;`)
  await db.run(sql`DROP TABLE \`passes\`;`)
  await db.run(sql`ALTER TABLE \`__new_passes\` RENAME TO \`passes\`;`)
  await db.run(sql`CREATE INDEX \`passes_member_idx\` ON \`passes\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`passes_household_idx\` ON \`passes\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`passes_status_idx\` ON \`passes\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`passes_slot_idx\` ON \`passes\` (\`slot\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`passes_unpaid_slot_idx\` ON \`passes\` (\`unpaid_slot\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`passes_qr_token_idx\` ON \`passes\` (\`qr_token\`);`)
  await db.run(sql`CREATE INDEX \`passes_receipt_idx\` ON \`passes\` (\`receipt_id\`);`)
  await db.run(sql`CREATE INDEX \`passes_estate_idx\` ON \`passes\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`passes_updated_at_idx\` ON \`passes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`passes_created_at_idx\` ON \`passes\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`estate_number_idx\` ON \`passes\` (\`estate_id\`,\`number\`);`)
  await db.run(sql`CREATE INDEX \`estate_household_1_idx\` ON \`passes\` (\`estate_id\`,\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`estate_status_idx\` ON \`passes\` (\`estate_id\`,\`status\`);`)
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
  	\`version_feepaidat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_ordinal\` numeric,
  	\`version_slot\` text,
  	\`version_unpaid_slot\` text,
  	\`version_qr_token\` text,
  	\`version_receipt_id\` integer,
  	\`version_activated_at\` text,
  	\`version_activatedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_estate_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`passes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_receipt_id\`) REFERENCES \`pass_receipts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__passes_v\`("id", "parent_id", "version_member_id", "version_number", "version_household_id", "version_status", "version_fee", "version_currency", "version_fee_paid_at", "version_feepaidat_tz", "version_ordinal", "version_slot", "version_unpaid_slot", "version_qr_token", "version_receipt_id", "version_activated_at", "version_activatedat_tz", "version_estate_id", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_member_id", "version_number", "version_household_id", "version_status", "version_fee", "version_currency", "version_fee_paid_at", "version_feepaidat_tz", "version_ordinal", "version_slot", "version_unpaid_slot", "version_qr_token", "version_receipt_id", "version_activated_at", "version_activatedat_tz", "version_estate_id", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_passes_v\`;`)
  await db.run(sql`DROP TABLE \`_passes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__passes_v\` RENAME TO \`_passes_v\`;`)
  await db.run(sql`CREATE INDEX \`_passes_v_parent_idx\` ON \`_passes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_member_idx\` ON \`_passes_v\` (\`version_member_id\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_household_idx\` ON \`_passes_v\` (\`version_household_id\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_status_idx\` ON \`_passes_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_slot_idx\` ON \`_passes_v\` (\`version_slot\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_unpaid_slot_idx\` ON \`_passes_v\` (\`version_unpaid_slot\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_qr_token_idx\` ON \`_passes_v\` (\`version_qr_token\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_receipt_idx\` ON \`_passes_v\` (\`version_receipt_id\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_estate_idx\` ON \`_passes_v\` (\`version_estate_id\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_updated_at_idx\` ON \`_passes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_created_at_idx\` ON \`_passes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_created_at_idx\` ON \`_passes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_passes_v_updated_at_idx\` ON \`_passes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_number_idx\` ON \`_passes_v\` (\`version_estate_id\`,\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_household_1_idx\` ON \`_passes_v\` (\`version_estate_id\`,\`version_household_id\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_status_idx\` ON \`_passes_v\` (\`version_estate_id\`,\`version_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_pass_receipts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`household_id\` integer NOT NULL,
  	\`signature_id\` integer,
  	\`signed_by_name\` text NOT NULL,
  	\`signed_at\` text NOT NULL,
  	\`signedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`copy_to\` text,
  	\`state\` text DEFAULT 'complete',
  	\`sequence\` numeric,
  	\`claim\` text,
  	\`idempotency_key\` text,
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pass_receipts\`("id", "household_id", "signature_id", "signed_by_name", "signed_at", "signedat_tz", "copy_to", "state", "sequence", "claim", "idempotency_key", "estate_id", "updated_at", "created_at") SELECT "id", "household_id", "signature_id", "signed_by_name", "signed_at", "signedat_tz", "copy_to", "state", "sequence", "claim", "idempotency_key", "estate_id", "updated_at", "created_at" FROM \`pass_receipts\`;`)
  await db.run(sql`DROP TABLE \`pass_receipts\`;`)
  await db.run(sql`ALTER TABLE \`__new_pass_receipts\` RENAME TO \`pass_receipts\`;`)
  await db.run(sql`CREATE INDEX \`pass_receipts_household_idx\` ON \`pass_receipts\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_signature_idx\` ON \`pass_receipts\` (\`signature_id\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_state_idx\` ON \`pass_receipts\` (\`state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pass_receipts_claim_idx\` ON \`pass_receipts\` (\`claim\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pass_receipts_idempotency_key_idx\` ON \`pass_receipts\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_estate_idx\` ON \`pass_receipts\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_updated_at_idx\` ON \`pass_receipts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_created_at_idx\` ON \`pass_receipts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_household_2_idx\` ON \`pass_receipts\` (\`estate_id\`,\`household_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_visitor_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`surname\` text NOT NULL,
  	\`organisation\` text,
  	\`plate\` text,
  	\`host_household_id\` integer,
  	\`host_department\` text,
  	\`status\` text DEFAULT 'waiting',
  	\`confirmed_by\` text,
  	\`confirmed_how\` text,
  	\`answered_at\` text,
  	\`escalated_at\` text,
  	\`escalated_to\` numeric,
  	\`checked_in_at\` text,
  	\`checked_out_at\` text,
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`host_household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_visitor_requests\`("id", "surname", "organisation", "plate", "host_household_id", "host_department", "status", "confirmed_by", "confirmed_how", "answered_at", "escalated_at", "escalated_to", "checked_in_at", "checked_out_at", "estate_id", "updated_at", "created_at") SELECT "id", "surname", "organisation", "plate", "host_household_id", "host_department", "status", "confirmed_by", "confirmed_how", "answered_at", "escalated_at", "escalated_to", "checked_in_at", "checked_out_at", "estate_id", "updated_at", "created_at" FROM \`visitor_requests\`;`)
  await db.run(sql`DROP TABLE \`visitor_requests\`;`)
  await db.run(sql`ALTER TABLE \`__new_visitor_requests\` RENAME TO \`visitor_requests\`;`)
  await db.run(sql`CREATE INDEX \`visitor_requests_host_household_idx\` ON \`visitor_requests\` (\`host_household_id\`);`)
  await db.run(sql`CREATE INDEX \`visitor_requests_status_idx\` ON \`visitor_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`visitor_requests_escalated_at_idx\` ON \`visitor_requests\` (\`escalated_at\`);`)
  await db.run(sql`CREATE INDEX \`visitor_requests_checked_in_at_idx\` ON \`visitor_requests\` (\`checked_in_at\`);`)
  await db.run(sql`CREATE INDEX \`visitor_requests_estate_idx\` ON \`visitor_requests\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`visitor_requests_updated_at_idx\` ON \`visitor_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`visitor_requests_created_at_idx\` ON \`visitor_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_status_createdAt_3_idx\` ON \`visitor_requests\` (\`estate_id\`,\`status\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__visitor_requests_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_surname\` text NOT NULL,
  	\`version_organisation\` text,
  	\`version_plate\` text,
  	\`version_host_household_id\` integer,
  	\`version_host_department\` text,
  	\`version_status\` text DEFAULT 'waiting',
  	\`version_confirmed_by\` text,
  	\`version_confirmed_how\` text,
  	\`version_answered_at\` text,
  	\`version_escalated_at\` text,
  	\`version_escalated_to\` numeric,
  	\`version_checked_in_at\` text,
  	\`version_checked_out_at\` text,
  	\`version_estate_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`visitor_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_host_household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__visitor_requests_v\`("id", "parent_id", "version_surname", "version_organisation", "version_plate", "version_host_household_id", "version_host_department", "version_status", "version_confirmed_by", "version_confirmed_how", "version_answered_at", "version_escalated_at", "version_escalated_to", "version_checked_in_at", "version_checked_out_at", "version_estate_id", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_surname", "version_organisation", "version_plate", "version_host_household_id", "version_host_department", "version_status", "version_confirmed_by", "version_confirmed_how", "version_answered_at", "version_escalated_at", "version_escalated_to", "version_checked_in_at", "version_checked_out_at", "version_estate_id", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_visitor_requests_v\`;`)
  await db.run(sql`DROP TABLE \`_visitor_requests_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__visitor_requests_v\` RENAME TO \`_visitor_requests_v\`;`)
  await db.run(sql`CREATE INDEX \`_visitor_requests_v_parent_idx\` ON \`_visitor_requests_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_requests_v_version_version_host_household_idx\` ON \`_visitor_requests_v\` (\`version_host_household_id\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_requests_v_version_version_status_idx\` ON \`_visitor_requests_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_requests_v_version_version_escalated_at_idx\` ON \`_visitor_requests_v\` (\`version_escalated_at\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_requests_v_version_version_checked_in_at_idx\` ON \`_visitor_requests_v\` (\`version_checked_in_at\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_requests_v_version_version_estate_idx\` ON \`_visitor_requests_v\` (\`version_estate_id\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_requests_v_version_version_updated_at_idx\` ON \`_visitor_requests_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_requests_v_version_version_created_at_idx\` ON \`_visitor_requests_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_requests_v_created_at_idx\` ON \`_visitor_requests_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_requests_v_updated_at_idx\` ON \`_visitor_requests_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_status_version_createdAt_3_idx\` ON \`_visitor_requests_v\` (\`version_estate_id\`,\`version_status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_visitor_pass_uses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slot\` text NOT NULL,
  	\`pass_id\` integer NOT NULL,
  	\`used_at\` text NOT NULL,
  	\`place\` text NOT NULL,
  	FOREIGN KEY (\`pass_id\`) REFERENCES \`visitor_passes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_visitor_pass_uses\`("id", "slot", "pass_id", "used_at", "place") SELECT "id", "slot", "pass_id", "used_at", "place" FROM \`visitor_pass_uses\`;`)
  await db.run(sql`DROP TABLE \`visitor_pass_uses\`;`)
  await db.run(sql`ALTER TABLE \`__new_visitor_pass_uses\` RENAME TO \`visitor_pass_uses\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`visitor_pass_uses_slot_idx\` ON \`visitor_pass_uses\` (\`slot\`);`)
  await db.run(sql`CREATE INDEX \`visitor_pass_uses_pass_idx\` ON \`visitor_pass_uses\` (\`pass_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`estates_id\` integer,
  	\`estate_settings_id\` integer,
  	\`estate_logos_id\` integer,
  	\`households_id\` integer,
  	\`members_id\` integer,
  	\`passes_id\` integer,
  	\`pass_receipts_id\` integer,
  	\`signatures_id\` integer,
  	\`residents_id\` integer,
  	\`users_id\` integer,
  	\`kiosks_id\` integer,
  	\`procedures_id\` integer,
  	\`publications_id\` integer,
  	\`subscriptions_id\` integer,
  	\`notifications_id\` integer,
  	\`benchmark_baselines_id\` integer,
  	\`attempt_counters_id\` integer,
  	\`delivery_claims_id\` integer,
  	\`mail_batches_id\` integer,
  	\`mail_items_id\` integer,
  	\`mail_photos_id\` integer,
  	\`mail_authorisations_id\` integer,
  	\`mail_holds_id\` integer,
  	\`mail_item_claims_id\` integer,
  	\`operation_claims_id\` integer,
  	\`complaints_id\` integer,
  	\`complaint_photos_id\` integer,
  	\`maintenance_notices_id\` integer,
  	\`home_visits_id\` integer,
  	\`visitor_requests_id\` integer,
  	\`visitor_passes_id\` integer,
  	\`visitor_pass_uses_id\` integer,
  	\`work_permits_id\` integer,
  	\`permit_photos_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`estates_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`estate_settings_id\`) REFERENCES \`estate_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`estate_logos_id\`) REFERENCES \`estate_logos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`households_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`passes_id\`) REFERENCES \`passes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pass_receipts_id\`) REFERENCES \`pass_receipts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`signatures_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscriptions_id\`) REFERENCES \`subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`benchmark_baselines_id\`) REFERENCES \`benchmark_baselines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attempt_counters_id\`) REFERENCES \`attempt_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`delivery_claims_id\`) REFERENCES \`delivery_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mail_batches_id\`) REFERENCES \`mail_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mail_items_id\`) REFERENCES \`mail_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mail_photos_id\`) REFERENCES \`mail_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mail_authorisations_id\`) REFERENCES \`mail_authorisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mail_holds_id\`) REFERENCES \`mail_holds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mail_item_claims_id\`) REFERENCES \`mail_item_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`operation_claims_id\`) REFERENCES \`operation_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaints_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaint_photos_id\`) REFERENCES \`complaint_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`maintenance_notices_id\`) REFERENCES \`maintenance_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`home_visits_id\`) REFERENCES \`home_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`visitor_requests_id\`) REFERENCES \`visitor_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`visitor_passes_id\`) REFERENCES \`visitor_passes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`visitor_pass_uses_id\`) REFERENCES \`visitor_pass_uses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`work_permits_id\`) REFERENCES \`work_permits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`permit_photos_id\`) REFERENCES \`permit_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "estates_id", "estate_settings_id", "estate_logos_id", "households_id", "members_id", "passes_id", "pass_receipts_id", "signatures_id", "residents_id", "users_id", "kiosks_id", "procedures_id", "publications_id", "subscriptions_id", "notifications_id", "benchmark_baselines_id", "attempt_counters_id", "delivery_claims_id", "mail_batches_id", "mail_items_id", "mail_photos_id", "mail_authorisations_id", "mail_holds_id", "mail_item_claims_id", "operation_claims_id", "complaints_id", "complaint_photos_id", "maintenance_notices_id", "home_visits_id", "visitor_requests_id", "visitor_passes_id", "visitor_pass_uses_id", "work_permits_id", "permit_photos_id") SELECT "id", "order", "parent_id", "path", "estates_id", "estate_settings_id", "estate_logos_id", "households_id", "members_id", "passes_id", "pass_receipts_id", "signatures_id", "residents_id", "users_id", "kiosks_id", "procedures_id", "publications_id", "subscriptions_id", "notifications_id", "benchmark_baselines_id", "attempt_counters_id", "delivery_claims_id", "mail_batches_id", "mail_items_id", "mail_photos_id", "mail_authorisations_id", "mail_holds_id", "mail_item_claims_id", "operation_claims_id", "complaints_id", "complaint_photos_id", "maintenance_notices_id", "home_visits_id", "visitor_requests_id", "visitor_passes_id", "visitor_pass_uses_id", "work_permits_id", "permit_photos_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_estates_id_idx\` ON \`payload_locked_documents_rels\` (\`estates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_estate_settings_id_idx\` ON \`payload_locked_documents_rels\` (\`estate_settings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_estate_logos_id_idx\` ON \`payload_locked_documents_rels\` (\`estate_logos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_households_id_idx\` ON \`payload_locked_documents_rels\` (\`households_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_members_id_idx\` ON \`payload_locked_documents_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_passes_id_idx\` ON \`payload_locked_documents_rels\` (\`passes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pass_receipts_id_idx\` ON \`payload_locked_documents_rels\` (\`pass_receipts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_signatures_id_idx\` ON \`payload_locked_documents_rels\` (\`signatures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_residents_id_idx\` ON \`payload_locked_documents_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kiosks_id_idx\` ON \`payload_locked_documents_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`subscriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_benchmark_baselines_id_idx\` ON \`payload_locked_documents_rels\` (\`benchmark_baselines_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attempt_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`attempt_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_delivery_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`delivery_claims_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_batches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_items_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_authorisations_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_authorisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_holds_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_holds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_item_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_item_claims_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_operation_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`operation_claims_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_complaints_id_idx\` ON \`payload_locked_documents_rels\` (\`complaints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_complaint_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`complaint_photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_maintenance_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`maintenance_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_home_visits_id_idx\` ON \`payload_locked_documents_rels\` (\`home_visits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visitor_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`visitor_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visitor_passes_id_idx\` ON \`payload_locked_documents_rels\` (\`visitor_passes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visitor_pass_uses_id_idx\` ON \`payload_locked_documents_rels\` (\`visitor_pass_uses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_work_permits_id_idx\` ON \`payload_locked_documents_rels\` (\`work_permits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_permit_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`permit_photos_id\`);`)
  await db.run(sql`ALTER TABLE \`households\` DROP COLUMN \`member_names\`;`)
  await db.run(sql`ALTER TABLE \`_households_v\` DROP COLUMN \`version_member_names\`;`)
  await db.run(sql`ALTER TABLE \`residents\` DROP COLUMN \`phone\`;`)
  await db.run(sql`ALTER TABLE \`visitor_passes\` DROP COLUMN \`daily_from\`;`)
  await db.run(sql`ALTER TABLE \`visitor_passes\` DROP COLUMN \`daily_until\`;`)
  await db.run(sql`ALTER TABLE \`visitor_passes\` DROP COLUMN \`do_not_admit\`;`)
  await db.run(sql`ALTER TABLE \`_visitor_passes_v\` DROP COLUMN \`version_daily_from\`;`)
  await db.run(sql`ALTER TABLE \`_visitor_passes_v\` DROP COLUMN \`version_daily_until\`;`)
  await db.run(sql`ALTER TABLE \`_visitor_passes_v\` DROP COLUMN \`version_do_not_admit\`;`)
}
