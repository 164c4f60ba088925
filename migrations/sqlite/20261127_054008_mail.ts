import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`mail_batches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`source\` text NOT NULL,
  	\`courier_name\` text,
  	\`declared_count\` numeric NOT NULL,
  	\`status\` text DEFAULT 'handed-over',
  	\`counted_count\` numeric,
  	\`count_mismatch\` integer,
  	\`discrepancy_note\` text,
  	\`cs_signature_id\` integer,
  	\`accepted_by_id\` integer,
  	\`accepted_at\` text,
  	\`acceptedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`cs_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`accepted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`mail_batches_status_idx\` ON \`mail_batches\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_cs_signature_idx\` ON \`mail_batches\` (\`cs_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_accepted_by_idx\` ON \`mail_batches\` (\`accepted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_estate_idx\` ON \`mail_batches\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_updated_at_idx\` ON \`mail_batches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_created_at_idx\` ON \`mail_batches\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_createdAt_idx\` ON \`mail_batches\` (\`estate_id\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`mail_batches_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mail_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mail_batches_rels_order_idx\` ON \`mail_batches_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_rels_parent_idx\` ON \`mail_batches_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_rels_path_idx\` ON \`mail_batches_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_rels_users_id_idx\` ON \`mail_batches_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_rels_residents_id_idx\` ON \`mail_batches_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_rels_kiosks_id_idx\` ON \`mail_batches_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`_mail_batches_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_label\` text,
  	\`version_source\` text NOT NULL,
  	\`version_courier_name\` text,
  	\`version_declared_count\` numeric NOT NULL,
  	\`version_status\` text DEFAULT 'handed-over',
  	\`version_counted_count\` numeric,
  	\`version_count_mismatch\` integer,
  	\`version_discrepancy_note\` text,
  	\`version_cs_signature_id\` integer,
  	\`version_accepted_by_id\` integer,
  	\`version_accepted_at\` text,
  	\`version_acceptedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_estate_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mail_batches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cs_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_accepted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_mail_batches_v_parent_idx\` ON \`_mail_batches_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_batches_v_version_version_status_idx\` ON \`_mail_batches_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_mail_batches_v_version_version_cs_signature_idx\` ON \`_mail_batches_v\` (\`version_cs_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_batches_v_version_version_accepted_by_idx\` ON \`_mail_batches_v\` (\`version_accepted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_batches_v_version_version_estate_idx\` ON \`_mail_batches_v\` (\`version_estate_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_batches_v_version_version_updated_at_idx\` ON \`_mail_batches_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_mail_batches_v_version_version_created_at_idx\` ON \`_mail_batches_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_mail_batches_v_created_at_idx\` ON \`_mail_batches_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_mail_batches_v_updated_at_idx\` ON \`_mail_batches_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_createdAt_idx\` ON \`_mail_batches_v\` (\`version_estate_id\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`_mail_batches_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_mail_batches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_mail_batches_v_rels_order_idx\` ON \`_mail_batches_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_mail_batches_v_rels_parent_idx\` ON \`_mail_batches_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_batches_v_rels_path_idx\` ON \`_mail_batches_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_mail_batches_v_rels_users_id_idx\` ON \`_mail_batches_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_batches_v_rels_residents_id_idx\` ON \`_mail_batches_v_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_batches_v_rels_kiosks_id_idx\` ON \`_mail_batches_v_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`mail_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`batch_id\` integer NOT NULL,
  	\`household_id\` integer NOT NULL,
  	\`member_id\` integer,
  	\`addressee\` text,
  	\`kind\` text DEFAULT 'letter' NOT NULL,
  	\`tracking_number\` text,
  	\`location\` text,
  	\`photo_id\` integer,
  	\`status\` text DEFAULT 'waiting',
  	\`pickup_code\` text,
  	\`picked_up_at\` text,
  	\`pickedupat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`picked_up_by\` text,
  	\`delegate_id\` integer,
  	\`pickup_signature_id\` integer,
  	\`pickup_place\` text,
  	\`pickup_kiosk_id\` integer,
  	\`pickup_witness_id\` integer,
  	\`return_reason\` text,
  	\`returned_at\` text,
  	\`returnedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`reminded_at\` text,
  	\`reminders\` numeric DEFAULT 0,
  	\`pickup_key\` text,
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`batch_id\`) REFERENCES \`mail_batches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`mail_photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`delegate_id\`) REFERENCES \`mail_authorisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pickup_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pickup_kiosk_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pickup_witness_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`mail_items_batch_idx\` ON \`mail_items\` (\`batch_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_household_idx\` ON \`mail_items\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_member_idx\` ON \`mail_items\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_photo_idx\` ON \`mail_items\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_delegate_idx\` ON \`mail_items\` (\`delegate_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_pickup_signature_idx\` ON \`mail_items\` (\`pickup_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_pickup_kiosk_idx\` ON \`mail_items\` (\`pickup_kiosk_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_pickup_witness_idx\` ON \`mail_items\` (\`pickup_witness_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_pickup_key_idx\` ON \`mail_items\` (\`pickup_key\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_estate_idx\` ON \`mail_items\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_updated_at_idx\` ON \`mail_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_created_at_idx\` ON \`mail_items\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_pickupCode_idx\` ON \`mail_items\` (\`estate_id\`,\`pickup_code\`);`)
  await db.run(sql`CREATE INDEX \`household_status_idx\` ON \`mail_items\` (\`household_id\`,\`status\`);`)
  await db.run(sql`CREATE INDEX \`estate_status_createdAt_idx\` ON \`mail_items\` (\`estate_id\`,\`status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`batch_status_idx\` ON \`mail_items\` (\`batch_id\`,\`status\`);`)
  await db.run(sql`CREATE TABLE \`mail_items_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mail_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mail_items_rels_order_idx\` ON \`mail_items_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_rels_parent_idx\` ON \`mail_items_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_rels_path_idx\` ON \`mail_items_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_rels_users_id_idx\` ON \`mail_items_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_rels_residents_id_idx\` ON \`mail_items_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_rels_kiosks_id_idx\` ON \`mail_items_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`_mail_items_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_batch_id\` integer NOT NULL,
  	\`version_household_id\` integer NOT NULL,
  	\`version_member_id\` integer,
  	\`version_addressee\` text,
  	\`version_kind\` text DEFAULT 'letter' NOT NULL,
  	\`version_tracking_number\` text,
  	\`version_location\` text,
  	\`version_photo_id\` integer,
  	\`version_status\` text DEFAULT 'waiting',
  	\`version_pickup_code\` text,
  	\`version_picked_up_at\` text,
  	\`version_pickedupat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_picked_up_by\` text,
  	\`version_delegate_id\` integer,
  	\`version_pickup_signature_id\` integer,
  	\`version_pickup_place\` text,
  	\`version_pickup_kiosk_id\` integer,
  	\`version_pickup_witness_id\` integer,
  	\`version_return_reason\` text,
  	\`version_returned_at\` text,
  	\`version_returnedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_reminded_at\` text,
  	\`version_reminders\` numeric DEFAULT 0,
  	\`version_pickup_key\` text,
  	\`version_estate_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mail_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_batch_id\`) REFERENCES \`mail_batches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`mail_photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_delegate_id\`) REFERENCES \`mail_authorisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pickup_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pickup_kiosk_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pickup_witness_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_mail_items_v_parent_idx\` ON \`_mail_items_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_items_v_version_version_batch_idx\` ON \`_mail_items_v\` (\`version_batch_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_items_v_version_version_household_idx\` ON \`_mail_items_v\` (\`version_household_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_items_v_version_version_member_idx\` ON \`_mail_items_v\` (\`version_member_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_items_v_version_version_photo_idx\` ON \`_mail_items_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_items_v_version_version_delegate_idx\` ON \`_mail_items_v\` (\`version_delegate_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_items_v_version_version_pickup_signature_idx\` ON \`_mail_items_v\` (\`version_pickup_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_items_v_version_version_pickup_kiosk_idx\` ON \`_mail_items_v\` (\`version_pickup_kiosk_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_items_v_version_version_pickup_witness_idx\` ON \`_mail_items_v\` (\`version_pickup_witness_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_items_v_version_version_pickup_key_idx\` ON \`_mail_items_v\` (\`version_pickup_key\`);`)
  await db.run(sql`CREATE INDEX \`_mail_items_v_version_version_estate_idx\` ON \`_mail_items_v\` (\`version_estate_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_items_v_version_version_updated_at_idx\` ON \`_mail_items_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_mail_items_v_version_version_created_at_idx\` ON \`_mail_items_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_mail_items_v_created_at_idx\` ON \`_mail_items_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_mail_items_v_updated_at_idx\` ON \`_mail_items_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_pickupCode_idx\` ON \`_mail_items_v\` (\`version_estate_id\`,\`version_pickup_code\`);`)
  await db.run(sql`CREATE INDEX \`version_household_version_status_idx\` ON \`_mail_items_v\` (\`version_household_id\`,\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_status_version_createdAt_idx\` ON \`_mail_items_v\` (\`version_estate_id\`,\`version_status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_batch_version_status_idx\` ON \`_mail_items_v\` (\`version_batch_id\`,\`version_status\`);`)
  await db.run(sql`CREATE TABLE \`_mail_items_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_mail_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_mail_items_v_rels_order_idx\` ON \`_mail_items_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_mail_items_v_rels_parent_idx\` ON \`_mail_items_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_items_v_rels_path_idx\` ON \`_mail_items_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_mail_items_v_rels_users_id_idx\` ON \`_mail_items_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_items_v_rels_residents_id_idx\` ON \`_mail_items_v_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_items_v_rels_kiosks_id_idx\` ON \`_mail_items_v_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`mail_photos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`mail_photos_estate_idx\` ON \`mail_photos\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_photos_updated_at_idx\` ON \`mail_photos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mail_photos_created_at_idx\` ON \`mail_photos\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`mail_photos_filename_idx\` ON \`mail_photos\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`mail_authorisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`household_id\` integer,
  	\`member_id\` integer NOT NULL,
  	\`delegate_name\` text NOT NULL,
  	\`valid_until\` text NOT NULL,
  	\`revoked\` integer DEFAULT false,
  	\`revoked_at\` text,
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`mail_authorisations_household_idx\` ON \`mail_authorisations\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_authorisations_member_idx\` ON \`mail_authorisations\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_authorisations_estate_idx\` ON \`mail_authorisations\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_authorisations_updated_at_idx\` ON \`mail_authorisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mail_authorisations_created_at_idx\` ON \`mail_authorisations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`household_member_idx\` ON \`mail_authorisations\` (\`household_id\`,\`member_id\`);`)
  await db.run(sql`CREATE TABLE \`mail_authorisations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mail_authorisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mail_authorisations_rels_order_idx\` ON \`mail_authorisations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`mail_authorisations_rels_parent_idx\` ON \`mail_authorisations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_authorisations_rels_path_idx\` ON \`mail_authorisations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`mail_authorisations_rels_users_id_idx\` ON \`mail_authorisations_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_authorisations_rels_residents_id_idx\` ON \`mail_authorisations_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_authorisations_rels_kiosks_id_idx\` ON \`mail_authorisations_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`_mail_authorisations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_household_id\` integer,
  	\`version_member_id\` integer NOT NULL,
  	\`version_delegate_name\` text NOT NULL,
  	\`version_valid_until\` text NOT NULL,
  	\`version_revoked\` integer DEFAULT false,
  	\`version_revoked_at\` text,
  	\`version_estate_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mail_authorisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_mail_authorisations_v_parent_idx\` ON \`_mail_authorisations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_authorisations_v_version_version_household_idx\` ON \`_mail_authorisations_v\` (\`version_household_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_authorisations_v_version_version_member_idx\` ON \`_mail_authorisations_v\` (\`version_member_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_authorisations_v_version_version_estate_idx\` ON \`_mail_authorisations_v\` (\`version_estate_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_authorisations_v_version_version_updated_at_idx\` ON \`_mail_authorisations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_mail_authorisations_v_version_version_created_at_idx\` ON \`_mail_authorisations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_mail_authorisations_v_created_at_idx\` ON \`_mail_authorisations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_mail_authorisations_v_updated_at_idx\` ON \`_mail_authorisations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_household_version_member_idx\` ON \`_mail_authorisations_v\` (\`version_household_id\`,\`version_member_id\`);`)
  await db.run(sql`CREATE TABLE \`_mail_authorisations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_mail_authorisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_mail_authorisations_v_rels_order_idx\` ON \`_mail_authorisations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_mail_authorisations_v_rels_parent_idx\` ON \`_mail_authorisations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_authorisations_v_rels_path_idx\` ON \`_mail_authorisations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_mail_authorisations_v_rels_users_id_idx\` ON \`_mail_authorisations_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_authorisations_v_rels_residents_id_idx\` ON \`_mail_authorisations_v_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`_mail_authorisations_v_rels_kiosks_id_idx\` ON \`_mail_authorisations_v_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`mail_holds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`household_id\` integer,
  	\`from\` text,
  	\`until\` text NOT NULL,
  	\`note\` text,
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`mail_holds_household_idx\` ON \`mail_holds\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_holds_estate_idx\` ON \`mail_holds\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_holds_updated_at_idx\` ON \`mail_holds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mail_holds_created_at_idx\` ON \`mail_holds\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`household_until_idx\` ON \`mail_holds\` (\`household_id\`,\`until\`);`)
  await db.run(sql`CREATE TABLE \`mail_holds_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mail_holds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mail_holds_rels_order_idx\` ON \`mail_holds_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`mail_holds_rels_parent_idx\` ON \`mail_holds_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_holds_rels_path_idx\` ON \`mail_holds_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`mail_holds_rels_users_id_idx\` ON \`mail_holds_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_holds_rels_residents_id_idx\` ON \`mail_holds_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_holds_rels_kiosks_id_idx\` ON \`mail_holds_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`mail_item_claims\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item\` text NOT NULL,
  	\`pickup\` text NOT NULL,
  	\`claimed_at\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`mail_item_claims_item_idx\` ON \`mail_item_claims\` (\`item\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_signatures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_signatures\`("id", "household_id", "estate_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "household_id", "estate_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`signatures\`;`)
  await db.run(sql`DROP TABLE \`signatures\`;`)
  await db.run(sql`ALTER TABLE \`__new_signatures\` RENAME TO \`signatures\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`signatures_household_idx\` ON \`signatures\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`signatures_estate_idx\` ON \`signatures\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`signatures_updated_at_idx\` ON \`signatures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`signatures_created_at_idx\` ON \`signatures\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`signatures_filename_idx\` ON \`signatures\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`estate_settings\` ADD \`mail_reminder_days\` numeric DEFAULT 3 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_estate_settings_v\` ADD \`version_mail_reminder_days\` numeric DEFAULT 3 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`qr_code\` text;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mail_batches_id\` integer REFERENCES mail_batches(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mail_items_id\` integer REFERENCES mail_items(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mail_photos_id\` integer REFERENCES mail_photos(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mail_authorisations_id\` integer REFERENCES mail_authorisations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mail_holds_id\` integer REFERENCES mail_holds(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mail_item_claims_id\` integer REFERENCES mail_item_claims(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_batches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_items_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_authorisations_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_authorisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_holds_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_holds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_item_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_item_claims_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`mail_batches\`;`)
  await db.run(sql`DROP TABLE \`mail_batches_rels\`;`)
  await db.run(sql`DROP TABLE \`_mail_batches_v\`;`)
  await db.run(sql`DROP TABLE \`_mail_batches_v_rels\`;`)
  await db.run(sql`DROP TABLE \`mail_items\`;`)
  await db.run(sql`DROP TABLE \`mail_items_rels\`;`)
  await db.run(sql`DROP TABLE \`_mail_items_v\`;`)
  await db.run(sql`DROP TABLE \`_mail_items_v_rels\`;`)
  await db.run(sql`DROP TABLE \`mail_photos\`;`)
  await db.run(sql`DROP TABLE \`mail_authorisations\`;`)
  await db.run(sql`DROP TABLE \`mail_authorisations_rels\`;`)
  await db.run(sql`DROP TABLE \`_mail_authorisations_v\`;`)
  await db.run(sql`DROP TABLE \`_mail_authorisations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`mail_holds\`;`)
  await db.run(sql`DROP TABLE \`mail_holds_rels\`;`)
  await db.run(sql`DROP TABLE \`mail_item_claims\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`notifications_id\` integer,
  	\`benchmark_baselines_id\` integer,
  	\`attempt_counters_id\` integer,
  	\`delivery_claims_id\` integer,
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
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`benchmark_baselines_id\`) REFERENCES \`benchmark_baselines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attempt_counters_id\`) REFERENCES \`attempt_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`delivery_claims_id\`) REFERENCES \`delivery_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "estates_id", "estate_settings_id", "estate_logos_id", "households_id", "members_id", "passes_id", "pass_receipts_id", "signatures_id", "residents_id", "users_id", "kiosks_id", "procedures_id", "notifications_id", "benchmark_baselines_id", "attempt_counters_id", "delivery_claims_id") SELECT "id", "order", "parent_id", "path", "estates_id", "estate_settings_id", "estate_logos_id", "households_id", "members_id", "passes_id", "pass_receipts_id", "signatures_id", "residents_id", "users_id", "kiosks_id", "procedures_id", "notifications_id", "benchmark_baselines_id", "attempt_counters_id", "delivery_claims_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_benchmark_baselines_id_idx\` ON \`payload_locked_documents_rels\` (\`benchmark_baselines_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attempt_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`attempt_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_delivery_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`delivery_claims_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_signatures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`household_id\` integer NOT NULL,
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
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_signatures\`("id", "household_id", "estate_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "household_id", "estate_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`signatures\`;`)
  await db.run(sql`DROP TABLE \`signatures\`;`)
  await db.run(sql`ALTER TABLE \`__new_signatures\` RENAME TO \`signatures\`;`)
  await db.run(sql`CREATE INDEX \`signatures_household_idx\` ON \`signatures\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`signatures_estate_idx\` ON \`signatures\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`signatures_updated_at_idx\` ON \`signatures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`signatures_created_at_idx\` ON \`signatures\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`signatures_filename_idx\` ON \`signatures\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`estate_settings\` DROP COLUMN \`mail_reminder_days\`;`)
  await db.run(sql`ALTER TABLE \`_estate_settings_v\` DROP COLUMN \`version_mail_reminder_days\`;`)
  await db.run(sql`ALTER TABLE \`notifications\` DROP COLUMN \`qr_code\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
