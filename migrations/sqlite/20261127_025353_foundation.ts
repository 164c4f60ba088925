import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`status_changes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow\` text NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`field\` text NOT NULL,
  	\`from\` text,
  	\`to\` text NOT NULL,
  	\`operation\` text,
  	\`at\` text NOT NULL,
  	\`note\` text,
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`status_changes_collection_slug_idx\` ON \`status_changes\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`status_changes_document_id_idx\` ON \`status_changes\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`status_changes_at_idx\` ON \`status_changes\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`status_changes_estate_idx\` ON \`status_changes\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`status_changes_updated_at_idx\` ON \`status_changes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`status_changes_created_at_idx\` ON \`status_changes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_collectionSlug_documentId_idx\` ON \`status_changes\` (\`estate_id\`,\`collection_slug\`,\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`status_changes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`status_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`status_changes_rels_order_idx\` ON \`status_changes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`status_changes_rels_parent_idx\` ON \`status_changes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`status_changes_rels_path_idx\` ON \`status_changes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`status_changes_rels_users_id_idx\` ON \`status_changes_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`status_changes_rels_residents_id_idx\` ON \`status_changes_rels\` (\`residents_id\`);`)
  await db.run(sql`CREATE INDEX \`status_changes_rels_kiosks_id_idx\` ON \`status_changes_rels\` (\`kiosks_id\`);`)
  await db.run(sql`CREATE TABLE \`attempt_counters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`expires_at\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`attempt_counters_key_idx\` ON \`attempt_counters\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`attempt_counters_expires_at_idx\` ON \`attempt_counters\` (\`expires_at\`);`)
  await db.run(sql`CREATE TABLE \`delivery_claims\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`message\` text NOT NULL,
  	\`claimed_at\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`delivery_claims_message_idx\` ON \`delivery_claims\` (\`message\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`language\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`attempt_counters_id\` integer REFERENCES attempt_counters(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`delivery_claims_id\` integer REFERENCES delivery_claims(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attempt_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`attempt_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_delivery_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`delivery_claims_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`status_changes\`;`)
  await db.run(sql`DROP TABLE \`status_changes_rels\`;`)
  await db.run(sql`DROP TABLE \`attempt_counters\`;`)
  await db.run(sql`DROP TABLE \`delivery_claims\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`estates_id\` integer,
  	\`estate_settings_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`estates_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`estate_settings_id\`) REFERENCES \`estate_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  	FOREIGN KEY (\`benchmark_baselines_id\`) REFERENCES \`benchmark_baselines\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "estates_id", "estate_settings_id", "households_id", "members_id", "passes_id", "pass_receipts_id", "signatures_id", "residents_id", "users_id", "kiosks_id", "procedures_id", "notifications_id", "benchmark_baselines_id") SELECT "id", "order", "parent_id", "path", "estates_id", "estate_settings_id", "households_id", "members_id", "passes_id", "pass_receipts_id", "signatures_id", "residents_id", "users_id", "kiosks_id", "procedures_id", "notifications_id", "benchmark_baselines_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_estates_id_idx\` ON \`payload_locked_documents_rels\` (\`estates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_estate_settings_id_idx\` ON \`payload_locked_documents_rels\` (\`estate_settings_id\`);`)
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
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`language\`;`)
}
