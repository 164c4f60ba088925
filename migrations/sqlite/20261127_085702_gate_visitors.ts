import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`visitor_pass_uses\` ADD \`day\` text;`)
  await db.run(sql`ALTER TABLE \`visitor_pass_uses\` ADD \`estate_id\` integer REFERENCES estates(id);`)
  await db.run(sql`ALTER TABLE \`visitor_pass_uses\` ADD \`checked_out_at\` text;`)
  await db.run(sql`ALTER TABLE \`visitor_pass_uses\` ADD \`checked_out_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`visitor_pass_uses_day_idx\` ON \`visitor_pass_uses\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`visitor_pass_uses_estate_idx\` ON \`visitor_pass_uses\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`visitor_pass_uses_checked_out_at_idx\` ON \`visitor_pass_uses\` (\`checked_out_at\`);`)
  await db.run(sql`CREATE INDEX \`visitor_pass_uses_checked_out_by_idx\` ON \`visitor_pass_uses\` (\`checked_out_by_id\`);`)
  // Uses made before: their estate is their pass's (VIS-5 lists who is inside per estate).
  await db.run(sql`UPDATE \`visitor_pass_uses\` SET \`estate_id\` = (SELECT \`estate_id\` FROM \`visitor_passes\` WHERE \`visitor_passes\`.\`id\` = \`visitor_pass_uses\`.\`pass_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`do_not_admit_id\` integer REFERENCES do_not_admit(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_do_not_admit_id_idx\` ON \`payload_locked_documents_rels\` (\`do_not_admit_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`visitor_passes_days\`;`)
  await db.run(sql`DROP TABLE \`_visitor_passes_v_version_days\`;`)
  await db.run(sql`DROP TABLE \`do_not_admit\`;`)
  await db.run(sql`DROP TABLE \`do_not_admit_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`ALTER TABLE \`visitor_passes\` DROP COLUMN \`daily_from\`;`)
  await db.run(sql`ALTER TABLE \`visitor_passes\` DROP COLUMN \`daily_until\`;`)
  await db.run(sql`ALTER TABLE \`visitor_passes\` DROP COLUMN \`do_not_admit\`;`)
  await db.run(sql`ALTER TABLE \`_visitor_passes_v\` DROP COLUMN \`version_daily_from\`;`)
  await db.run(sql`ALTER TABLE \`_visitor_passes_v\` DROP COLUMN \`version_daily_until\`;`)
  await db.run(sql`ALTER TABLE \`_visitor_passes_v\` DROP COLUMN \`version_do_not_admit\`;`)
}
