import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`complaints\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`complaints_number_idx\` ON \`complaints\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`complaints_household_idx\` ON \`complaints\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_department_idx\` ON \`complaints\` (\`department\`);`)
  await db.run(sql`CREATE INDEX \`complaints_planned_by_idx\` ON \`complaints\` (\`planned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_estate_idx\` ON \`complaints\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_updated_at_idx\` ON \`complaints\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`complaints_created_at_idx\` ON \`complaints\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_status_createdAt_1_idx\` ON \`complaints\` (\`estate_id\`,\`status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`household_createdAt_idx\` ON \`complaints\` (\`household_id\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_awaitingSince_idx\` ON \`complaints\` (\`status\`,\`awaiting_since\`);`)
  await db.run(sql`CREATE TABLE \`complaints_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`complaint_photos_id\` integer,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaint_photos_id\`) REFERENCES \`complaint_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`complaints_rels_order_idx\` ON \`complaints_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`complaints_rels_parent_idx\` ON \`complaints_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_rels_path_idx\` ON \`complaints_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`complaints_rels_complaint_photos_id_idx\` ON \`complaints_rels\` (\`complaint_photos_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_rels_users_id_idx\` ON \`complaints_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_rels_residents_id_idx\` ON \`complaints_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_rels_kiosks_id_idx\` ON \`complaints_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`_complaints_v\` (
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
  await db.run(sql`CREATE INDEX \`_complaints_v_parent_idx\` ON \`_complaints_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_complaints_v_version_version_number_idx\` ON \`_complaints_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_complaints_v_version_version_household_idx\` ON \`_complaints_v\` (\`version_household_id\`);`)
  await db.run(sql`CREATE INDEX \`_complaints_v_version_version_department_idx\` ON \`_complaints_v\` (\`version_department\`);`)
  await db.run(sql`CREATE INDEX \`_complaints_v_version_version_planned_by_idx\` ON \`_complaints_v\` (\`version_planned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_complaints_v_version_version_estate_idx\` ON \`_complaints_v\` (\`version_estate_id\`);`)
  await db.run(sql`CREATE INDEX \`_complaints_v_version_version_updated_at_idx\` ON \`_complaints_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_complaints_v_version_version_created_at_idx\` ON \`_complaints_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_complaints_v_created_at_idx\` ON \`_complaints_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_complaints_v_updated_at_idx\` ON \`_complaints_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_status_version_createdAt_1_idx\` ON \`_complaints_v\` (\`version_estate_id\`,\`version_status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_household_version_createdAt_idx\` ON \`_complaints_v\` (\`version_household_id\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_status_version_awaitingSince_idx\` ON \`_complaints_v\` (\`version_status\`,\`version_awaiting_since\`);`)
  await db.run(sql`CREATE TABLE \`_complaints_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`complaint_photos_id\` integer,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_complaints_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaint_photos_id\`) REFERENCES \`complaint_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_complaints_v_rels_order_idx\` ON \`_complaints_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_complaints_v_rels_parent_idx\` ON \`_complaints_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_complaints_v_rels_path_idx\` ON \`_complaints_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_complaints_v_rels_complaint_photos_id_idx\` ON \`_complaints_v_rels\` (\`complaint_photos_id\`);`)
  await db.run(sql`CREATE INDEX \`_complaints_v_rels_users_id_idx\` ON \`_complaints_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_complaints_v_rels_residents_id_idx\` ON \`_complaints_v_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`_complaints_v_rels_kiosks_id_idx\` ON \`_complaints_v_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`complaint_photos\` (
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
  await db.run(sql`CREATE INDEX \`complaint_photos_household_idx\` ON \`complaint_photos\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`complaint_photos_estate_idx\` ON \`complaint_photos\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`complaint_photos_updated_at_idx\` ON \`complaint_photos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`complaint_photos_created_at_idx\` ON \`complaint_photos\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`complaint_photos_filename_idx\` ON \`complaint_photos\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`complaint_photos_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`complaint_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`complaint_photos_rels_order_idx\` ON \`complaint_photos_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`complaint_photos_rels_parent_idx\` ON \`complaint_photos_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`complaint_photos_rels_path_idx\` ON \`complaint_photos_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`complaint_photos_rels_users_id_idx\` ON \`complaint_photos_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`complaint_photos_rels_residents_id_idx\` ON \`complaint_photos_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`complaint_photos_rels_kiosks_id_idx\` ON \`complaint_photos_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`maintenance_notices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`complaint_id\` integer NOT NULL,
  	\`household_id\` integer,
  	\`work\` text NOT NULL,
  	\`follow_up_by_id\` integer,
  	\`scheduled_at\` text,
  	\`scheduledat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`delay_reason\` text,
  	\`status\` text DEFAULT 'draft',
  	\`supervisor_signature_id\` integer,
  	\`supervisor_signed_by_id\` integer,
  	\`supervisor_signed_at\` text,
  	\`follow_up_signature_id\` integer,
  	\`follow_up_signed_at\` text,
  	\`worker_signature_id\` integer,
  	\`worker_name\` text,
  	\`worker_signed_by_id\` integer,
  	\`worker_signed_at\` text,
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`complaint_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`follow_up_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`supervisor_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`supervisor_signed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`follow_up_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`worker_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`worker_signed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`maintenance_notices_complaint_idx\` ON \`maintenance_notices\` (\`complaint_id\`);`)
  await db.run(sql`CREATE INDEX \`maintenance_notices_household_idx\` ON \`maintenance_notices\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`maintenance_notices_follow_up_by_idx\` ON \`maintenance_notices\` (\`follow_up_by_id\`);`)
  await db.run(sql`CREATE INDEX \`maintenance_notices_supervisor_signature_idx\` ON \`maintenance_notices\` (\`supervisor_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`maintenance_notices_supervisor_signed_by_idx\` ON \`maintenance_notices\` (\`supervisor_signed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`maintenance_notices_follow_up_signature_idx\` ON \`maintenance_notices\` (\`follow_up_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`maintenance_notices_worker_signature_idx\` ON \`maintenance_notices\` (\`worker_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`maintenance_notices_worker_signed_by_idx\` ON \`maintenance_notices\` (\`worker_signed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`maintenance_notices_estate_idx\` ON \`maintenance_notices\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`maintenance_notices_updated_at_idx\` ON \`maintenance_notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`maintenance_notices_created_at_idx\` ON \`maintenance_notices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_status_createdAt_2_idx\` ON \`maintenance_notices\` (\`estate_id\`,\`status\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`maintenance_notices_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`maintenance_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`maintenance_notices_rels_order_idx\` ON \`maintenance_notices_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`maintenance_notices_rels_parent_idx\` ON \`maintenance_notices_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`maintenance_notices_rels_path_idx\` ON \`maintenance_notices_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`maintenance_notices_rels_users_id_idx\` ON \`maintenance_notices_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`maintenance_notices_rels_residents_id_idx\` ON \`maintenance_notices_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`maintenance_notices_rels_kiosks_id_idx\` ON \`maintenance_notices_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`_maintenance_notices_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_complaint_id\` integer NOT NULL,
  	\`version_household_id\` integer,
  	\`version_work\` text NOT NULL,
  	\`version_follow_up_by_id\` integer,
  	\`version_scheduled_at\` text,
  	\`version_scheduledat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_delay_reason\` text,
  	\`version_status\` text DEFAULT 'draft',
  	\`version_supervisor_signature_id\` integer,
  	\`version_supervisor_signed_by_id\` integer,
  	\`version_supervisor_signed_at\` text,
  	\`version_follow_up_signature_id\` integer,
  	\`version_follow_up_signed_at\` text,
  	\`version_worker_signature_id\` integer,
  	\`version_worker_name\` text,
  	\`version_worker_signed_by_id\` integer,
  	\`version_worker_signed_at\` text,
  	\`version_estate_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`maintenance_notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_complaint_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_follow_up_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_supervisor_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_supervisor_signed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_follow_up_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_worker_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_worker_signed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_parent_idx\` ON \`_maintenance_notices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_version_version_complaint_idx\` ON \`_maintenance_notices_v\` (\`version_complaint_id\`);`)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_version_version_household_idx\` ON \`_maintenance_notices_v\` (\`version_household_id\`);`)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_version_version_follow_up_by_idx\` ON \`_maintenance_notices_v\` (\`version_follow_up_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_version_version_supervisor_signat_idx\` ON \`_maintenance_notices_v\` (\`version_supervisor_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_version_version_supervisor_signed_idx\` ON \`_maintenance_notices_v\` (\`version_supervisor_signed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_version_version_follow_up_signatu_idx\` ON \`_maintenance_notices_v\` (\`version_follow_up_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_version_version_worker_signature_idx\` ON \`_maintenance_notices_v\` (\`version_worker_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_version_version_worker_signed_by_idx\` ON \`_maintenance_notices_v\` (\`version_worker_signed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_version_version_estate_idx\` ON \`_maintenance_notices_v\` (\`version_estate_id\`);`)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_version_version_updated_at_idx\` ON \`_maintenance_notices_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_version_version_created_at_idx\` ON \`_maintenance_notices_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_created_at_idx\` ON \`_maintenance_notices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_updated_at_idx\` ON \`_maintenance_notices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_status_version_createdAt_2_idx\` ON \`_maintenance_notices_v\` (\`version_estate_id\`,\`version_status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`_maintenance_notices_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_maintenance_notices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_rels_order_idx\` ON \`_maintenance_notices_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_rels_parent_idx\` ON \`_maintenance_notices_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_rels_path_idx\` ON \`_maintenance_notices_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_rels_users_id_idx\` ON \`_maintenance_notices_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_rels_residents_id_idx\` ON \`_maintenance_notices_v_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`_maintenance_notices_v_rels_kiosks_id_idx\` ON \`_maintenance_notices_v_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`home_visits_parties\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`home_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_visits_parties_order_idx\` ON \`home_visits_parties\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`home_visits_parties_parent_idx\` ON \`home_visits_parties\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_visits_rebookings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reason\` text,
  	\`from\` text,
  	\`to\` text,
  	\`resident_told_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_visits_rebookings_order_idx\` ON \`home_visits_rebookings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`home_visits_rebookings_parent_id_idx\` ON \`home_visits_rebookings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_visits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`household_id\` integer NOT NULL,
  	\`complaint_id\` integer,
  	\`scheduled_at\` text NOT NULL,
  	\`scheduledat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`resident_name\` text NOT NULL,
  	\`pronunciation\` text,
  	\`work\` text NOT NULL,
  	\`expected_minutes\` numeric NOT NULL,
  	\`notes\` text,
  	\`outcome\` text,
  	\`outcome_remark\` text,
  	\`outcome_at\` text,
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`complaint_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`home_visits_household_idx\` ON \`home_visits\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`home_visits_complaint_idx\` ON \`home_visits\` (\`complaint_id\`);`)
  await db.run(sql`CREATE INDEX \`home_visits_estate_idx\` ON \`home_visits\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`home_visits_updated_at_idx\` ON \`home_visits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`home_visits_created_at_idx\` ON \`home_visits\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_scheduledAt_idx\` ON \`home_visits\` (\`estate_id\`,\`scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`household_scheduledAt_idx\` ON \`home_visits\` (\`household_id\`,\`scheduled_at\`);`)
  await db.run(sql`CREATE TABLE \`home_visits_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`home_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_visits_rels_order_idx\` ON \`home_visits_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`home_visits_rels_parent_idx\` ON \`home_visits_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`home_visits_rels_path_idx\` ON \`home_visits_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`home_visits_rels_users_id_idx\` ON \`home_visits_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`home_visits_rels_residents_id_idx\` ON \`home_visits_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`home_visits_rels_kiosks_id_idx\` ON \`home_visits_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_visits_v_version_parties\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_home_visits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_home_visits_v_version_parties_order_idx\` ON \`_home_visits_v_version_parties\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_home_visits_v_version_parties_parent_idx\` ON \`_home_visits_v_version_parties\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_visits_v_version_rebookings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reason\` text,
  	\`from\` text,
  	\`to\` text,
  	\`resident_told_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_home_visits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_home_visits_v_version_rebookings_order_idx\` ON \`_home_visits_v_version_rebookings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_home_visits_v_version_rebookings_parent_id_idx\` ON \`_home_visits_v_version_rebookings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_home_visits_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_household_id\` integer NOT NULL,
  	\`version_complaint_id\` integer,
  	\`version_scheduled_at\` text NOT NULL,
  	\`version_scheduledat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_resident_name\` text NOT NULL,
  	\`version_pronunciation\` text,
  	\`version_work\` text NOT NULL,
  	\`version_expected_minutes\` numeric NOT NULL,
  	\`version_notes\` text,
  	\`version_outcome\` text,
  	\`version_outcome_remark\` text,
  	\`version_outcome_at\` text,
  	\`version_estate_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`home_visits\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_complaint_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_home_visits_v_parent_idx\` ON \`_home_visits_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_home_visits_v_version_version_household_idx\` ON \`_home_visits_v\` (\`version_household_id\`);`)
  await db.run(sql`CREATE INDEX \`_home_visits_v_version_version_complaint_idx\` ON \`_home_visits_v\` (\`version_complaint_id\`);`)
  await db.run(sql`CREATE INDEX \`_home_visits_v_version_version_estate_idx\` ON \`_home_visits_v\` (\`version_estate_id\`);`)
  await db.run(sql`CREATE INDEX \`_home_visits_v_version_version_updated_at_idx\` ON \`_home_visits_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_home_visits_v_version_version_created_at_idx\` ON \`_home_visits_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_home_visits_v_created_at_idx\` ON \`_home_visits_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_home_visits_v_updated_at_idx\` ON \`_home_visits_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_scheduledAt_idx\` ON \`_home_visits_v\` (\`version_estate_id\`,\`version_scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`version_household_version_scheduledAt_idx\` ON \`_home_visits_v\` (\`version_household_id\`,\`version_scheduled_at\`);`)
  await db.run(sql`CREATE TABLE \`_home_visits_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_home_visits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_home_visits_v_rels_order_idx\` ON \`_home_visits_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_home_visits_v_rels_parent_idx\` ON \`_home_visits_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_home_visits_v_rels_path_idx\` ON \`_home_visits_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_home_visits_v_rels_users_id_idx\` ON \`_home_visits_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_home_visits_v_rels_residents_id_idx\` ON \`_home_visits_v_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`_home_visits_v_rels_kiosks_id_idx\` ON \`_home_visits_v_rels\` (\`kiosks_id\`);`)
  await db.run(sql`ALTER TABLE \`estate_settings\` ADD \`complaint_response_hours\` numeric DEFAULT 24;`)
  await db.run(sql`ALTER TABLE \`estate_settings\` ADD \`complaint_auto_close_days\` numeric DEFAULT 7;`)
  await db.run(sql`ALTER TABLE \`_estate_settings_v\` ADD \`version_complaint_response_hours\` numeric DEFAULT 24;`)
  await db.run(sql`ALTER TABLE \`_estate_settings_v\` ADD \`version_complaint_auto_close_days\` numeric DEFAULT 7;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`complaints_id\` integer REFERENCES complaints(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`complaint_photos_id\` integer REFERENCES complaint_photos(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`maintenance_notices_id\` integer REFERENCES maintenance_notices(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`home_visits_id\` integer REFERENCES home_visits(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_complaints_id_idx\` ON \`payload_locked_documents_rels\` (\`complaints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_complaint_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`complaint_photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_maintenance_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`maintenance_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_home_visits_id_idx\` ON \`payload_locked_documents_rels\` (\`home_visits_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`complaints\`;`)
  await db.run(sql`DROP TABLE \`complaints_rels\`;`)
  await db.run(sql`DROP TABLE \`_complaints_v\`;`)
  await db.run(sql`DROP TABLE \`_complaints_v_rels\`;`)
  await db.run(sql`DROP TABLE \`complaint_photos\`;`)
  await db.run(sql`DROP TABLE \`complaint_photos_rels\`;`)
  await db.run(sql`DROP TABLE \`maintenance_notices\`;`)
  await db.run(sql`DROP TABLE \`maintenance_notices_rels\`;`)
  await db.run(sql`DROP TABLE \`_maintenance_notices_v\`;`)
  await db.run(sql`DROP TABLE \`_maintenance_notices_v_rels\`;`)
  await db.run(sql`DROP TABLE \`home_visits_parties\`;`)
  await db.run(sql`DROP TABLE \`home_visits_rebookings\`;`)
  await db.run(sql`DROP TABLE \`home_visits\`;`)
  await db.run(sql`DROP TABLE \`home_visits_rels\`;`)
  await db.run(sql`DROP TABLE \`_home_visits_v_version_parties\`;`)
  await db.run(sql`DROP TABLE \`_home_visits_v_version_rebookings\`;`)
  await db.run(sql`DROP TABLE \`_home_visits_v\`;`)
  await db.run(sql`DROP TABLE \`_home_visits_v_rels\`;`)
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
  	FOREIGN KEY (\`mail_item_claims_id\`) REFERENCES \`mail_item_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "estates_id", "estate_settings_id", "estate_logos_id", "households_id", "members_id", "passes_id", "pass_receipts_id", "signatures_id", "residents_id", "users_id", "kiosks_id", "procedures_id", "publications_id", "subscriptions_id", "notifications_id", "benchmark_baselines_id", "attempt_counters_id", "delivery_claims_id", "mail_batches_id", "mail_items_id", "mail_photos_id", "mail_authorisations_id", "mail_holds_id", "mail_item_claims_id") SELECT "id", "order", "parent_id", "path", "estates_id", "estate_settings_id", "estate_logos_id", "households_id", "members_id", "passes_id", "pass_receipts_id", "signatures_id", "residents_id", "users_id", "kiosks_id", "procedures_id", "publications_id", "subscriptions_id", "notifications_id", "benchmark_baselines_id", "attempt_counters_id", "delivery_claims_id", "mail_batches_id", "mail_items_id", "mail_photos_id", "mail_authorisations_id", "mail_holds_id", "mail_item_claims_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`ALTER TABLE \`estate_settings\` DROP COLUMN \`complaint_response_hours\`;`)
  await db.run(sql`ALTER TABLE \`estate_settings\` DROP COLUMN \`complaint_auto_close_days\`;`)
  await db.run(sql`ALTER TABLE \`_estate_settings_v\` DROP COLUMN \`version_complaint_response_hours\`;`)
  await db.run(sql`ALTER TABLE \`_estate_settings_v\` DROP COLUMN \`version_complaint_auto_close_days\`;`)
}
