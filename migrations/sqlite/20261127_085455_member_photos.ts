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
  await db.run(sql`ALTER TABLE \`members\` ADD \`photo_id\` integer REFERENCES member_photos(id);`)
  await db.run(sql`CREATE INDEX \`members_photo_idx\` ON \`members\` (\`photo_id\`);`)
  await db.run(sql`ALTER TABLE \`_members_v\` ADD \`version_photo_id\` integer REFERENCES member_photos(id);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_version_photo_idx\` ON \`_members_v\` (\`version_photo_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`member_photos_id\` integer REFERENCES member_photos(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_member_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`member_photos_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`member_photos\`;`)
  await db.run(sql`DROP TABLE \`member_photos_rels\`;`)
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
}
