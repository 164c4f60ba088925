import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`publications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`category\` text DEFAULT 'newspaper' NOT NULL,
  	\`monthly_price\` numeric NOT NULL,
  	\`supplier\` text DEFAULT 'post-office' NOT NULL,
  	\`supplier_name\` text,
  	\`supplier_email\` text,
  	\`available\` integer DEFAULT true,
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_estate_idx\` ON \`publications\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_title_idx\` ON \`publications\` (\`estate_id\`,\`title\`);`)
  await db.run(sql`CREATE TABLE \`publications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_rels_order_idx\` ON \`publications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_parent_idx\` ON \`publications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_path_idx\` ON \`publications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_users_id_idx\` ON \`publications_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_residents_id_idx\` ON \`publications_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_kiosks_id_idx\` ON \`publications_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_category\` text DEFAULT 'newspaper' NOT NULL,
  	\`version_monthly_price\` numeric NOT NULL,
  	\`version_supplier\` text DEFAULT 'post-office' NOT NULL,
  	\`version_supplier_name\` text,
  	\`version_supplier_email\` text,
  	\`version_available\` integer DEFAULT true,
  	\`version_estate_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_parent_idx\` ON \`_publications_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_estate_idx\` ON \`_publications_v\` (\`version_estate_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_updated_at_idx\` ON \`_publications_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_created_at_idx\` ON \`_publications_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_created_at_idx\` ON \`_publications_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_updated_at_idx\` ON \`_publications_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_title_idx\` ON \`_publications_v\` (\`version_estate_id\`,\`version_title\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_order_idx\` ON \`_publications_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_parent_idx\` ON \`_publications_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_path_idx\` ON \`_publications_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_users_id_idx\` ON \`_publications_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_residents_id_idx\` ON \`_publications_v_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_kiosks_id_idx\` ON \`_publications_v_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`subscriptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`summary\` text,
  	\`household_id\` integer NOT NULL,
  	\`publication_id\` integer NOT NULL,
  	\`channel\` text,
  	\`months\` numeric NOT NULL,
  	\`start_date\` text,
  	\`monthly_fee\` numeric,
  	\`currency\` text,
  	\`end_date\` text,
  	\`supplier\` text,
  	\`status\` text DEFAULT 'requested',
  	\`confirmed_monthly_price\` numeric,
  	\`supplier_contact\` text,
  	\`supplier_confirmed_by_id\` integer,
  	\`supplier_confirmed_at\` text,
  	\`supplierconfirmedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`letter_signature_id\` integer,
  	\`letter_signed_by_name\` text,
  	\`letter_signed_at\` text,
  	\`lettersignedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`letter_signed_via\` text,
  	\`decision_note\` text,
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`decidedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`order_reference\` text,
  	\`quantity\` numeric DEFAULT 1,
  	\`quantity_confirmation_sent_at\` text,
  	\`quantityconfirmationsentat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`ordered_by_id\` integer,
  	\`ordered_at\` text,
  	\`orderedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`cancellation_end_date\` text,
  	\`cancelled_at\` text,
  	\`cancelledat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`cancellation_signature_id\` integer,
  	\`cancellation_signed_by_name\` text,
  	\`supplier_notified_by\` text,
  	\`supplier_notice_id\` integer,
  	\`supplier_notified_at\` text,
  	\`suppliernotifiedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`cancellation_letter_sent_at\` text,
  	\`cancellationlettersentat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`publication_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`supplier_confirmed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`letter_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`ordered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cancellation_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`supplier_notice_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`subscriptions_household_idx\` ON \`subscriptions\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_publication_idx\` ON \`subscriptions\` (\`publication_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_status_idx\` ON \`subscriptions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_supplier_confirmed_by_idx\` ON \`subscriptions\` (\`supplier_confirmed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_letter_signature_idx\` ON \`subscriptions\` (\`letter_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_decided_by_idx\` ON \`subscriptions\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_ordered_by_idx\` ON \`subscriptions\` (\`ordered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_cancellation_signature_idx\` ON \`subscriptions\` (\`cancellation_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_supplier_notice_idx\` ON \`subscriptions\` (\`supplier_notice_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_estate_idx\` ON \`subscriptions\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_updated_at_idx\` ON \`subscriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_created_at_idx\` ON \`subscriptions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_household_3_idx\` ON \`subscriptions\` (\`estate_id\`,\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`estate_status_1_idx\` ON \`subscriptions\` (\`estate_id\`,\`status\`);`)
  await db.run(sql`CREATE INDEX \`estate_startDate_idx\` ON \`subscriptions\` (\`estate_id\`,\`start_date\`);`)
  await db.run(sql`CREATE TABLE \`subscriptions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subscriptions_rels_order_idx\` ON \`subscriptions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_rels_parent_idx\` ON \`subscriptions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_rels_path_idx\` ON \`subscriptions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_rels_users_id_idx\` ON \`subscriptions_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_rels_residents_id_idx\` ON \`subscriptions_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_rels_kiosks_id_idx\` ON \`subscriptions_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`_subscriptions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_summary\` text,
  	\`version_household_id\` integer NOT NULL,
  	\`version_publication_id\` integer NOT NULL,
  	\`version_channel\` text,
  	\`version_months\` numeric NOT NULL,
  	\`version_start_date\` text,
  	\`version_monthly_fee\` numeric,
  	\`version_currency\` text,
  	\`version_end_date\` text,
  	\`version_supplier\` text,
  	\`version_status\` text DEFAULT 'requested',
  	\`version_confirmed_monthly_price\` numeric,
  	\`version_supplier_contact\` text,
  	\`version_supplier_confirmed_by_id\` integer,
  	\`version_supplier_confirmed_at\` text,
  	\`version_supplierconfirmedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_letter_signature_id\` integer,
  	\`version_letter_signed_by_name\` text,
  	\`version_letter_signed_at\` text,
  	\`version_lettersignedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_letter_signed_via\` text,
  	\`version_decision_note\` text,
  	\`version_decided_by_id\` integer,
  	\`version_decided_at\` text,
  	\`version_decidedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_order_reference\` text,
  	\`version_quantity\` numeric DEFAULT 1,
  	\`version_quantity_confirmation_sent_at\` text,
  	\`version_quantityconfirmationsentat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_ordered_by_id\` integer,
  	\`version_ordered_at\` text,
  	\`version_orderedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_cancellation_end_date\` text,
  	\`version_cancelled_at\` text,
  	\`version_cancelledat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_cancellation_signature_id\` integer,
  	\`version_cancellation_signed_by_name\` text,
  	\`version_supplier_notified_by\` text,
  	\`version_supplier_notice_id\` integer,
  	\`version_supplier_notified_at\` text,
  	\`version_suppliernotifiedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_cancellation_letter_sent_at\` text,
  	\`version_cancellationlettersentat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`version_estate_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subscriptions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_publication_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_supplier_confirmed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_letter_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_ordered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cancellation_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_supplier_notice_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_parent_idx\` ON \`_subscriptions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_version_version_household_idx\` ON \`_subscriptions_v\` (\`version_household_id\`);`)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_version_version_publication_idx\` ON \`_subscriptions_v\` (\`version_publication_id\`);`)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_version_version_status_idx\` ON \`_subscriptions_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_version_version_supplier_confirmed_by_idx\` ON \`_subscriptions_v\` (\`version_supplier_confirmed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_version_version_letter_signature_idx\` ON \`_subscriptions_v\` (\`version_letter_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_version_version_decided_by_idx\` ON \`_subscriptions_v\` (\`version_decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_version_version_ordered_by_idx\` ON \`_subscriptions_v\` (\`version_ordered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_version_version_cancellation_signature_idx\` ON \`_subscriptions_v\` (\`version_cancellation_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_version_version_supplier_notice_idx\` ON \`_subscriptions_v\` (\`version_supplier_notice_id\`);`)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_version_version_estate_idx\` ON \`_subscriptions_v\` (\`version_estate_id\`);`)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_version_version_updated_at_idx\` ON \`_subscriptions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_version_version_created_at_idx\` ON \`_subscriptions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_created_at_idx\` ON \`_subscriptions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_updated_at_idx\` ON \`_subscriptions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_household_2_idx\` ON \`_subscriptions_v\` (\`version_estate_id\`,\`version_household_id\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_status_1_idx\` ON \`_subscriptions_v\` (\`version_estate_id\`,\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`version_estate_version_startDate_idx\` ON \`_subscriptions_v\` (\`version_estate_id\`,\`version_start_date\`);`)
  await db.run(sql`CREATE TABLE \`_subscriptions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_subscriptions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_rels_order_idx\` ON \`_subscriptions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_rels_parent_idx\` ON \`_subscriptions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_rels_path_idx\` ON \`_subscriptions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_rels_users_id_idx\` ON \`_subscriptions_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_rels_residents_id_idx\` ON \`_subscriptions_v_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`_subscriptions_v_rels_kiosks_id_idx\` ON \`_subscriptions_v_rels\` (\`kiosks_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_mail_batches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`source\` text DEFAULT 'post-office' NOT NULL,
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
  await db.run(sql`INSERT INTO \`__new_mail_batches\`("id", "label", "source", "courier_name", "declared_count", "status", "counted_count", "count_mismatch", "discrepancy_note", "cs_signature_id", "accepted_by_id", "accepted_at", "acceptedat_tz", "estate_id", "updated_at", "created_at") SELECT "id", "label", "source", "courier_name", "declared_count", "status", "counted_count", "count_mismatch", "discrepancy_note", "cs_signature_id", "accepted_by_id", "accepted_at", "acceptedat_tz", "estate_id", "updated_at", "created_at" FROM \`mail_batches\`;`)
  await db.run(sql`DROP TABLE \`mail_batches\`;`)
  await db.run(sql`ALTER TABLE \`__new_mail_batches\` RENAME TO \`mail_batches\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`mail_batches_status_idx\` ON \`mail_batches\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_cs_signature_idx\` ON \`mail_batches\` (\`cs_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_accepted_by_idx\` ON \`mail_batches\` (\`accepted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_estate_idx\` ON \`mail_batches\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_updated_at_idx\` ON \`mail_batches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_created_at_idx\` ON \`mail_batches\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_createdAt_idx\` ON \`mail_batches\` (\`estate_id\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__mail_batches_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_label\` text,
  	\`version_source\` text DEFAULT 'post-office' NOT NULL,
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
  await db.run(sql`INSERT INTO \`__new__mail_batches_v\`("id", "parent_id", "version_label", "version_source", "version_courier_name", "version_declared_count", "version_status", "version_counted_count", "version_count_mismatch", "version_discrepancy_note", "version_cs_signature_id", "version_accepted_by_id", "version_accepted_at", "version_acceptedat_tz", "version_estate_id", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_label", "version_source", "version_courier_name", "version_declared_count", "version_status", "version_counted_count", "version_count_mismatch", "version_discrepancy_note", "version_cs_signature_id", "version_accepted_by_id", "version_accepted_at", "version_acceptedat_tz", "version_estate_id", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_mail_batches_v\`;`)
  await db.run(sql`DROP TABLE \`_mail_batches_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__mail_batches_v\` RENAME TO \`_mail_batches_v\`;`)
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
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`publications_id\` integer REFERENCES publications(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`subscriptions_id\` integer REFERENCES subscriptions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`subscriptions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`publications\`;`)
  await db.run(sql`DROP TABLE \`publications_rels\`;`)
  await db.run(sql`DROP TABLE \`_publications_v\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_rels\`;`)
  await db.run(sql`DROP TABLE \`subscriptions\`;`)
  await db.run(sql`DROP TABLE \`subscriptions_rels\`;`)
  await db.run(sql`DROP TABLE \`_subscriptions_v\`;`)
  await db.run(sql`DROP TABLE \`_subscriptions_v_rels\`;`)
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "estates_id", "estate_settings_id", "estate_logos_id", "households_id", "members_id", "passes_id", "pass_receipts_id", "signatures_id", "residents_id", "users_id", "kiosks_id", "procedures_id", "notifications_id", "benchmark_baselines_id", "attempt_counters_id", "delivery_claims_id", "mail_batches_id", "mail_items_id", "mail_photos_id", "mail_authorisations_id", "mail_holds_id", "mail_item_claims_id") SELECT "id", "order", "parent_id", "path", "estates_id", "estate_settings_id", "estate_logos_id", "households_id", "members_id", "passes_id", "pass_receipts_id", "signatures_id", "residents_id", "users_id", "kiosks_id", "procedures_id", "notifications_id", "benchmark_baselines_id", "attempt_counters_id", "delivery_claims_id", "mail_batches_id", "mail_items_id", "mail_photos_id", "mail_authorisations_id", "mail_holds_id", "mail_item_claims_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_batches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_items_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_authorisations_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_authorisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_holds_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_holds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_item_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_item_claims_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_mail_batches\` (
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
  await db.run(sql`INSERT INTO \`__new_mail_batches\`("id", "label", "source", "courier_name", "declared_count", "status", "counted_count", "count_mismatch", "discrepancy_note", "cs_signature_id", "accepted_by_id", "accepted_at", "acceptedat_tz", "estate_id", "updated_at", "created_at") SELECT "id", "label", "source", "courier_name", "declared_count", "status", "counted_count", "count_mismatch", "discrepancy_note", "cs_signature_id", "accepted_by_id", "accepted_at", "acceptedat_tz", "estate_id", "updated_at", "created_at" FROM \`mail_batches\`;`)
  await db.run(sql`DROP TABLE \`mail_batches\`;`)
  await db.run(sql`ALTER TABLE \`__new_mail_batches\` RENAME TO \`mail_batches\`;`)
  await db.run(sql`CREATE INDEX \`mail_batches_status_idx\` ON \`mail_batches\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_cs_signature_idx\` ON \`mail_batches\` (\`cs_signature_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_accepted_by_idx\` ON \`mail_batches\` (\`accepted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_estate_idx\` ON \`mail_batches\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_updated_at_idx\` ON \`mail_batches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mail_batches_created_at_idx\` ON \`mail_batches\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_createdAt_idx\` ON \`mail_batches\` (\`estate_id\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__mail_batches_v\` (
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
  await db.run(sql`INSERT INTO \`__new__mail_batches_v\`("id", "parent_id", "version_label", "version_source", "version_courier_name", "version_declared_count", "version_status", "version_counted_count", "version_count_mismatch", "version_discrepancy_note", "version_cs_signature_id", "version_accepted_by_id", "version_accepted_at", "version_acceptedat_tz", "version_estate_id", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_label", "version_source", "version_courier_name", "version_declared_count", "version_status", "version_counted_count", "version_count_mismatch", "version_discrepancy_note", "version_cs_signature_id", "version_accepted_by_id", "version_accepted_at", "version_acceptedat_tz", "version_estate_id", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_mail_batches_v\`;`)
  await db.run(sql`DROP TABLE \`_mail_batches_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__mail_batches_v\` RENAME TO \`_mail_batches_v\`;`)
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
}
