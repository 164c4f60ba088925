import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`visitor_requests\` (
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
  await db.run(sql`CREATE INDEX \`visitor_requests_host_household_idx\` ON \`visitor_requests\` (\`host_household_id\`);`)
  await db.run(sql`CREATE INDEX \`visitor_requests_status_idx\` ON \`visitor_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`visitor_requests_escalated_at_idx\` ON \`visitor_requests\` (\`escalated_at\`);`)
  await db.run(sql`CREATE INDEX \`visitor_requests_checked_in_at_idx\` ON \`visitor_requests\` (\`checked_in_at\`);`)
  await db.run(sql`CREATE INDEX \`visitor_requests_estate_idx\` ON \`visitor_requests\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`visitor_requests_updated_at_idx\` ON \`visitor_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`visitor_requests_created_at_idx\` ON \`visitor_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_status_createdAt_3_idx\` ON \`visitor_requests\` (\`estate_id\`,\`status\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`visitor_requests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`visitor_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`visitor_requests_rels_order_idx\` ON \`visitor_requests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`visitor_requests_rels_parent_idx\` ON \`visitor_requests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`visitor_requests_rels_path_idx\` ON \`visitor_requests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`visitor_requests_rels_users_id_idx\` ON \`visitor_requests_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`visitor_requests_rels_residents_id_idx\` ON \`visitor_requests_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`visitor_requests_rels_kiosks_id_idx\` ON \`visitor_requests_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`_visitor_requests_v\` (
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
  await db.run(sql`CREATE TABLE \`_visitor_requests_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_visitor_requests_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_visitor_requests_v_rels_order_idx\` ON \`_visitor_requests_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_requests_v_rels_parent_idx\` ON \`_visitor_requests_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_requests_v_rels_path_idx\` ON \`_visitor_requests_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_requests_v_rels_users_id_idx\` ON \`_visitor_requests_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_requests_v_rels_residents_id_idx\` ON \`_visitor_requests_v_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_requests_v_rels_kiosks_id_idx\` ON \`_visitor_requests_v_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`visitor_passes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`household_id\` integer NOT NULL,
  	\`visitor_name\` text NOT NULL,
  	\`valid_from\` text NOT NULL,
  	\`valid_until\` text NOT NULL,
  	\`max_uses\` numeric DEFAULT 1,
  	\`status\` text DEFAULT 'active',
  	\`token_hash\` text,
  	\`token\` text,
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`visitor_passes_household_idx\` ON \`visitor_passes\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`visitor_passes_status_idx\` ON \`visitor_passes\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`visitor_passes_token_hash_idx\` ON \`visitor_passes\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`visitor_passes_estate_idx\` ON \`visitor_passes\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`visitor_passes_updated_at_idx\` ON \`visitor_passes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`visitor_passes_created_at_idx\` ON \`visitor_passes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`household_createdAt_1_idx\` ON \`visitor_passes\` (\`household_id\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`visitor_passes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`visitor_passes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`visitor_passes_rels_order_idx\` ON \`visitor_passes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`visitor_passes_rels_parent_idx\` ON \`visitor_passes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`visitor_passes_rels_path_idx\` ON \`visitor_passes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`visitor_passes_rels_users_id_idx\` ON \`visitor_passes_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`visitor_passes_rels_residents_id_idx\` ON \`visitor_passes_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`visitor_passes_rels_kiosks_id_idx\` ON \`visitor_passes_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`_visitor_passes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_household_id\` integer NOT NULL,
  	\`version_visitor_name\` text NOT NULL,
  	\`version_valid_from\` text NOT NULL,
  	\`version_valid_until\` text NOT NULL,
  	\`version_max_uses\` numeric DEFAULT 1,
  	\`version_status\` text DEFAULT 'active',
  	\`version_token_hash\` text,
  	\`version_token\` text,
  	\`version_estate_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`visitor_passes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_visitor_passes_v_parent_idx\` ON \`_visitor_passes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_passes_v_version_version_household_idx\` ON \`_visitor_passes_v\` (\`version_household_id\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_passes_v_version_version_status_idx\` ON \`_visitor_passes_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_passes_v_version_version_token_hash_idx\` ON \`_visitor_passes_v\` (\`version_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_passes_v_version_version_estate_idx\` ON \`_visitor_passes_v\` (\`version_estate_id\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_passes_v_version_version_updated_at_idx\` ON \`_visitor_passes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_passes_v_version_version_created_at_idx\` ON \`_visitor_passes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_passes_v_created_at_idx\` ON \`_visitor_passes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_passes_v_updated_at_idx\` ON \`_visitor_passes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_household_version_createdAt_1_idx\` ON \`_visitor_passes_v\` (\`version_household_id\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`_visitor_passes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_visitor_passes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_visitor_passes_v_rels_order_idx\` ON \`_visitor_passes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_passes_v_rels_parent_idx\` ON \`_visitor_passes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_passes_v_rels_path_idx\` ON \`_visitor_passes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_passes_v_rels_users_id_idx\` ON \`_visitor_passes_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_passes_v_rels_residents_id_idx\` ON \`_visitor_passes_v_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`_visitor_passes_v_rels_kiosks_id_idx\` ON \`_visitor_passes_v_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`visitor_pass_uses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slot\` text NOT NULL,
  	\`pass_id\` integer NOT NULL,
  	\`used_at\` text NOT NULL,
  	\`place\` text NOT NULL,
  	FOREIGN KEY (\`pass_id\`) REFERENCES \`visitor_passes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`visitor_pass_uses_slot_idx\` ON \`visitor_pass_uses\` (\`slot\`);`)
  await db.run(sql`CREATE INDEX \`visitor_pass_uses_pass_idx\` ON \`visitor_pass_uses\` (\`pass_id\`);`)
  await db.run(sql`CREATE TABLE \`visitor_pass_uses_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`visitor_pass_uses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`visitor_pass_uses_rels_order_idx\` ON \`visitor_pass_uses_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`visitor_pass_uses_rels_parent_idx\` ON \`visitor_pass_uses_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`visitor_pass_uses_rels_path_idx\` ON \`visitor_pass_uses_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`visitor_pass_uses_rels_users_id_idx\` ON \`visitor_pass_uses_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`visitor_pass_uses_rels_kiosks_id_idx\` ON \`visitor_pass_uses_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`work_permits_workers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`id_number\` text NOT NULL,
  	\`id_number_masked\` text,
  	\`photo_id\` integer NOT NULL,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`permit_photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`work_permits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`work_permits_workers_order_idx\` ON \`work_permits_workers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_workers_parent_id_idx\` ON \`work_permits_workers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_workers_photo_idx\` ON \`work_permits_workers\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`work_permits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`department\` text NOT NULL,
  	\`company\` text NOT NULL,
  	\`person_in_charge\` text NOT NULL,
  	\`fee\` numeric NOT NULL,
  	\`step\` text DEFAULT 'submitted',
  	\`receipt_number\` text,
  	\`deadline\` text,
  	\`late\` integer DEFAULT false,
  	\`warned_at\` text,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`received_by_id\` integer,
  	\`received_at\` text,
  	\`paid_by_id\` integer,
  	\`paid_at\` text,
  	\`receipt_returned_by_id\` integer,
  	\`receipt_returned_at\` text,
  	\`verified_by_id\` integer,
  	\`verified_at\` text,
  	\`stamped_by_id\` integer,
  	\`stamped_at\` text,
  	\`laminated_by_id\` integer,
  	\`laminated_at\` text,
  	\`issued_by_id\` integer,
  	\`issued_at\` text,
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`received_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`paid_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`receipt_returned_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`verified_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`stamped_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`laminated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`issued_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`work_permits_step_idx\` ON \`work_permits\` (\`step\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_deadline_idx\` ON \`work_permits\` (\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_late_idx\` ON \`work_permits\` (\`late\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_submitted_by_idx\` ON \`work_permits\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_received_by_idx\` ON \`work_permits\` (\`received_by_id\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_paid_by_idx\` ON \`work_permits\` (\`paid_by_id\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_receipt_returned_by_idx\` ON \`work_permits\` (\`receipt_returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_verified_by_idx\` ON \`work_permits\` (\`verified_by_id\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_stamped_by_idx\` ON \`work_permits\` (\`stamped_by_id\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_laminated_by_idx\` ON \`work_permits\` (\`laminated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_issued_by_idx\` ON \`work_permits\` (\`issued_by_id\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_estate_idx\` ON \`work_permits\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_updated_at_idx\` ON \`work_permits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_created_at_idx\` ON \`work_permits\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_step_deadline_idx\` ON \`work_permits\` (\`estate_id\`,\`step\`,\`deadline\`);`)
  await db.run(sql`CREATE TABLE \`work_permits_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`work_permits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`work_permits_rels_order_idx\` ON \`work_permits_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_rels_parent_idx\` ON \`work_permits_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_rels_path_idx\` ON \`work_permits_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_rels_users_id_idx\` ON \`work_permits_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_rels_residents_id_idx\` ON \`work_permits_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`work_permits_rels_kiosks_id_idx\` ON \`work_permits_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`_work_permits_v_version_workers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`id_number\` text NOT NULL,
  	\`id_number_masked\` text,
  	\`photo_id\` integer NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`permit_photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_work_permits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_work_permits_v_version_workers_order_idx\` ON \`_work_permits_v_version_workers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_version_workers_parent_id_idx\` ON \`_work_permits_v_version_workers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_version_workers_photo_idx\` ON \`_work_permits_v_version_workers\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`_work_permits_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_department\` text NOT NULL,
  	\`version_company\` text NOT NULL,
  	\`version_person_in_charge\` text NOT NULL,
  	\`version_fee\` numeric NOT NULL,
  	\`version_step\` text DEFAULT 'submitted',
  	\`version_receipt_number\` text,
  	\`version_deadline\` text,
  	\`version_late\` integer DEFAULT false,
  	\`version_warned_at\` text,
  	\`version_submitted_by_id\` integer,
  	\`version_submitted_at\` text,
  	\`version_received_by_id\` integer,
  	\`version_received_at\` text,
  	\`version_paid_by_id\` integer,
  	\`version_paid_at\` text,
  	\`version_receipt_returned_by_id\` integer,
  	\`version_receipt_returned_at\` text,
  	\`version_verified_by_id\` integer,
  	\`version_verified_at\` text,
  	\`version_stamped_by_id\` integer,
  	\`version_stamped_at\` text,
  	\`version_laminated_by_id\` integer,
  	\`version_laminated_at\` text,
  	\`version_issued_by_id\` integer,
  	\`version_issued_at\` text,
  	\`version_estate_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`work_permits\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_received_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_paid_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_receipt_returned_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_verified_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_stamped_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_laminated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_issued_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_work_permits_v_parent_idx\` ON \`_work_permits_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_version_version_step_idx\` ON \`_work_permits_v\` (\`version_step\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_version_version_deadline_idx\` ON \`_work_permits_v\` (\`version_deadline\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_version_version_late_idx\` ON \`_work_permits_v\` (\`version_late\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_version_version_submitted_by_idx\` ON \`_work_permits_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_version_version_received_by_idx\` ON \`_work_permits_v\` (\`version_received_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_version_version_paid_by_idx\` ON \`_work_permits_v\` (\`version_paid_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_version_version_receipt_returned_by_idx\` ON \`_work_permits_v\` (\`version_receipt_returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_version_version_verified_by_idx\` ON \`_work_permits_v\` (\`version_verified_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_version_version_stamped_by_idx\` ON \`_work_permits_v\` (\`version_stamped_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_version_version_laminated_by_idx\` ON \`_work_permits_v\` (\`version_laminated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_version_version_issued_by_idx\` ON \`_work_permits_v\` (\`version_issued_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_version_version_estate_idx\` ON \`_work_permits_v\` (\`version_estate_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_version_version_updated_at_idx\` ON \`_work_permits_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_version_version_created_at_idx\` ON \`_work_permits_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_created_at_idx\` ON \`_work_permits_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_updated_at_idx\` ON \`_work_permits_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_step_version_deadline_idx\` ON \`_work_permits_v\` (\`version_estate_id\`,\`version_step\`,\`version_deadline\`);`)
  await db.run(sql`CREATE TABLE \`_work_permits_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_work_permits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_work_permits_v_rels_order_idx\` ON \`_work_permits_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_rels_parent_idx\` ON \`_work_permits_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_rels_path_idx\` ON \`_work_permits_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_rels_users_id_idx\` ON \`_work_permits_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_rels_residents_id_idx\` ON \`_work_permits_v_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_permits_v_rels_kiosks_id_idx\` ON \`_work_permits_v_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`permit_photos\` (
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
  await db.run(sql`CREATE INDEX \`permit_photos_estate_idx\` ON \`permit_photos\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`permit_photos_updated_at_idx\` ON \`permit_photos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`permit_photos_created_at_idx\` ON \`permit_photos\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`permit_photos_filename_idx\` ON \`permit_photos\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`estate_settings\` ADD \`visitor_response_seconds\` numeric DEFAULT 120 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`estate_settings\` ADD \`visitor_report_hour\` numeric DEFAULT 22 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`estate_settings\` ADD \`permit_minutes\` numeric DEFAULT 30 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`estate_settings\` ADD \`permit_warn_minutes\` numeric DEFAULT 10 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_estate_settings_v\` ADD \`version_visitor_response_seconds\` numeric DEFAULT 120 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_estate_settings_v\` ADD \`version_visitor_report_hour\` numeric DEFAULT 22 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_estate_settings_v\` ADD \`version_permit_minutes\` numeric DEFAULT 30 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_estate_settings_v\` ADD \`version_permit_warn_minutes\` numeric DEFAULT 10 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`on_duty_at_id\` integer REFERENCES estates(id);`)
  await db.run(sql`CREATE INDEX \`users_on_duty_at_idx\` ON \`users\` (\`on_duty_at_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`visitor_requests_id\` integer REFERENCES visitor_requests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`visitor_passes_id\` integer REFERENCES visitor_passes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`visitor_pass_uses_id\` integer REFERENCES visitor_pass_uses(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`work_permits_id\` integer REFERENCES work_permits(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`permit_photos_id\` integer REFERENCES permit_photos(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visitor_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`visitor_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visitor_passes_id_idx\` ON \`payload_locked_documents_rels\` (\`visitor_passes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visitor_pass_uses_id_idx\` ON \`payload_locked_documents_rels\` (\`visitor_pass_uses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_work_permits_id_idx\` ON \`payload_locked_documents_rels\` (\`work_permits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_permit_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`permit_photos_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`visitor_requests\`;`)
  await db.run(sql`DROP TABLE \`visitor_requests_rels\`;`)
  await db.run(sql`DROP TABLE \`_visitor_requests_v\`;`)
  await db.run(sql`DROP TABLE \`_visitor_requests_v_rels\`;`)
  await db.run(sql`DROP TABLE \`visitor_passes\`;`)
  await db.run(sql`DROP TABLE \`visitor_passes_rels\`;`)
  await db.run(sql`DROP TABLE \`_visitor_passes_v\`;`)
  await db.run(sql`DROP TABLE \`_visitor_passes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`visitor_pass_uses\`;`)
  await db.run(sql`DROP TABLE \`visitor_pass_uses_rels\`;`)
  await db.run(sql`DROP TABLE \`work_permits_workers\`;`)
  await db.run(sql`DROP TABLE \`work_permits\`;`)
  await db.run(sql`DROP TABLE \`work_permits_rels\`;`)
  await db.run(sql`DROP TABLE \`_work_permits_v_version_workers\`;`)
  await db.run(sql`DROP TABLE \`_work_permits_v\`;`)
  await db.run(sql`DROP TABLE \`_work_permits_v_rels\`;`)
  await db.run(sql`DROP TABLE \`permit_photos\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`all_estates\` integer DEFAULT false,
  	\`current_estate_id\` integer,
  	\`language\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	FOREIGN KEY (\`current_estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "all_estates", "current_estate_id", "language", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at") SELECT "id", "name", "all_estates", "current_estate_id", "language", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`users_all_estates_idx\` ON \`users\` (\`all_estates\`);`)
  await db.run(sql`CREATE INDEX \`users_current_estate_idx\` ON \`users\` (\`current_estate_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
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
  	\`complaints_id\` integer,
  	\`complaint_photos_id\` integer,
  	\`maintenance_notices_id\` integer,
  	\`home_visits_id\` integer,
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
  	FOREIGN KEY (\`complaints_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaint_photos_id\`) REFERENCES \`complaint_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`maintenance_notices_id\`) REFERENCES \`maintenance_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`home_visits_id\`) REFERENCES \`home_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "estates_id", "estate_settings_id", "estate_logos_id", "households_id", "members_id", "passes_id", "pass_receipts_id", "signatures_id", "residents_id", "users_id", "kiosks_id", "procedures_id", "publications_id", "subscriptions_id", "notifications_id", "benchmark_baselines_id", "attempt_counters_id", "delivery_claims_id", "mail_batches_id", "mail_items_id", "mail_photos_id", "mail_authorisations_id", "mail_holds_id", "mail_item_claims_id", "complaints_id", "complaint_photos_id", "maintenance_notices_id", "home_visits_id") SELECT "id", "order", "parent_id", "path", "estates_id", "estate_settings_id", "estate_logos_id", "households_id", "members_id", "passes_id", "pass_receipts_id", "signatures_id", "residents_id", "users_id", "kiosks_id", "procedures_id", "publications_id", "subscriptions_id", "notifications_id", "benchmark_baselines_id", "attempt_counters_id", "delivery_claims_id", "mail_batches_id", "mail_items_id", "mail_photos_id", "mail_authorisations_id", "mail_holds_id", "mail_item_claims_id", "complaints_id", "complaint_photos_id", "maintenance_notices_id", "home_visits_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_complaints_id_idx\` ON \`payload_locked_documents_rels\` (\`complaints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_complaint_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`complaint_photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_maintenance_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`maintenance_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_home_visits_id_idx\` ON \`payload_locked_documents_rels\` (\`home_visits_id\`);`)
  await db.run(sql`ALTER TABLE \`estate_settings\` DROP COLUMN \`visitor_response_seconds\`;`)
  await db.run(sql`ALTER TABLE \`estate_settings\` DROP COLUMN \`visitor_report_hour\`;`)
  await db.run(sql`ALTER TABLE \`estate_settings\` DROP COLUMN \`permit_minutes\`;`)
  await db.run(sql`ALTER TABLE \`estate_settings\` DROP COLUMN \`permit_warn_minutes\`;`)
  await db.run(sql`ALTER TABLE \`_estate_settings_v\` DROP COLUMN \`version_visitor_response_seconds\`;`)
  await db.run(sql`ALTER TABLE \`_estate_settings_v\` DROP COLUMN \`version_visitor_report_hour\`;`)
  await db.run(sql`ALTER TABLE \`_estate_settings_v\` DROP COLUMN \`version_permit_minutes\`;`)
  await db.run(sql`ALTER TABLE \`_estate_settings_v\` DROP COLUMN \`version_permit_warn_minutes\`;`)
}
