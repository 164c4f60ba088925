import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_mail_items_v\`;`)
  await db.run(sql`DROP TABLE \`_mail_items_v_rels\`;`)
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
  	\`member_photos_id\` integer,
  	\`passes_id\` integer,
  	\`payments_id\` integer,
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
  	\`estate_pass_keys_id\` integer,
  	\`do_not_admit_id\` integer,
  	\`work_permits_id\` integer,
  	\`permit_photos_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`estates_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`estate_settings_id\`) REFERENCES \`estate_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`estate_logos_id\`) REFERENCES \`estate_logos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`households_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`member_photos_id\`) REFERENCES \`member_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`passes_id\`) REFERENCES \`passes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`payments_id\`) REFERENCES \`payments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  	FOREIGN KEY (\`estate_pass_keys_id\`) REFERENCES \`estate_pass_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`do_not_admit_id\`) REFERENCES \`do_not_admit\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`work_permits_id\`) REFERENCES \`work_permits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`permit_photos_id\`) REFERENCES \`permit_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "estates_id", "estate_settings_id", "estate_logos_id", "households_id", "members_id", "member_photos_id", "passes_id", "payments_id", "pass_receipts_id", "signatures_id", "residents_id", "users_id", "kiosks_id", "procedures_id", "publications_id", "subscriptions_id", "notifications_id", "benchmark_baselines_id", "attempt_counters_id", "delivery_claims_id", "mail_batches_id", "mail_photos_id", "mail_authorisations_id", "mail_holds_id", "mail_item_claims_id", "operation_claims_id", "complaints_id", "complaint_photos_id", "maintenance_notices_id", "home_visits_id", "visitor_requests_id", "visitor_passes_id", "visitor_pass_uses_id", "estate_pass_keys_id", "do_not_admit_id", "work_permits_id", "permit_photos_id") SELECT "id", "order", "parent_id", "path", "estates_id", "estate_settings_id", "estate_logos_id", "households_id", "members_id", "member_photos_id", "passes_id", "payments_id", "pass_receipts_id", "signatures_id", "residents_id", "users_id", "kiosks_id", "procedures_id", "publications_id", "subscriptions_id", "notifications_id", "benchmark_baselines_id", "attempt_counters_id", "delivery_claims_id", "mail_batches_id", "mail_photos_id", "mail_authorisations_id", "mail_holds_id", "mail_item_claims_id", "operation_claims_id", "complaints_id", "complaint_photos_id", "maintenance_notices_id", "home_visits_id", "visitor_requests_id", "visitor_passes_id", "visitor_pass_uses_id", "estate_pass_keys_id", "do_not_admit_id", "work_permits_id", "permit_photos_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_member_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`member_photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_passes_id_idx\` ON \`payload_locked_documents_rels\` (\`passes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_payments_id_idx\` ON \`payload_locked_documents_rels\` (\`payments_id\`);`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_estate_pass_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`estate_pass_keys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_do_not_admit_id_idx\` ON \`payload_locked_documents_rels\` (\`do_not_admit_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_work_permits_id_idx\` ON \`payload_locked_documents_rels\` (\`work_permits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_permit_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`permit_photos_id\`);`)
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
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mail_items_id\` integer REFERENCES mail_items(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_items_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_items_id\`);`)
}
