import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_mail_items_v\`;`)
  await db.run(sql`DROP TABLE \`_mail_items_v_rels\`;`)
  await db.run(sql`DROP INDEX \`version_estate_version_status_version_createdAt_1_idx\`;`)
  await db.run(sql`CREATE INDEX \`version_estate_version_status_version_createdAt_idx\` ON \`_complaints_v\` (\`version_estate_id\`,\`version_status\`,\`version_created_at\`);`)
  await db.run(sql`DROP INDEX \`version_estate_version_status_version_createdAt_2_idx\`;`)
  await db.run(sql`CREATE INDEX \`version_estate_version_status_version_createdAt_1_idx\` ON \`_maintenance_notices_v\` (\`version_estate_id\`,\`version_status\`,\`version_created_at\`);`)
  await db.run(sql`DROP INDEX \`version_estate_version_status_version_createdAt_3_idx\`;`)
  await db.run(sql`CREATE INDEX \`version_estate_version_status_version_createdAt_2_idx\` ON \`_visitor_requests_v\` (\`version_estate_id\`,\`version_status\`,\`version_created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  await db.run(sql`DROP INDEX \`version_estate_version_status_version_createdAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`version_estate_version_status_version_createdAt_1_idx\` ON \`_complaints_v\` (\`version_estate_id\`,\`version_status\`,\`version_created_at\`);`)
  await db.run(sql`DROP INDEX \`version_estate_version_status_version_createdAt_1_idx\`;`)
  await db.run(sql`CREATE INDEX \`version_estate_version_status_version_createdAt_2_idx\` ON \`_maintenance_notices_v\` (\`version_estate_id\`,\`version_status\`,\`version_created_at\`);`)
  await db.run(sql`DROP INDEX \`version_estate_version_status_version_createdAt_2_idx\`;`)
  await db.run(sql`CREATE INDEX \`version_estate_version_status_version_createdAt_3_idx\` ON \`_visitor_requests_v\` (\`version_estate_id\`,\`version_status\`,\`version_created_at\`);`)
}
