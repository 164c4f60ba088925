import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`estate_logos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
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
  await db.run(sql`CREATE INDEX \`estate_logos_estate_idx\` ON \`estate_logos\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`estate_logos_updated_at_idx\` ON \`estate_logos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_logos_created_at_idx\` ON \`estate_logos\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`estate_logos_filename_idx\` ON \`estate_logos\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`estates\` ADD \`logo_id\` integer REFERENCES estate_logos(id);`)
  await db.run(sql`CREATE INDEX \`estates_logo_idx\` ON \`estates\` (\`logo_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`estate_logos_id\` integer REFERENCES estate_logos(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_estate_logos_id_idx\` ON \`payload_locked_documents_rels\` (\`estate_logos_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`estate_logos\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_estates\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`name_en\` text,
  	\`code\` text NOT NULL,
  	\`address\` text,
  	\`time_zone\` text DEFAULT 'Asia/Shanghai' NOT NULL,
  	\`currency\` text DEFAULT 'CNY' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_estates\`("id", "name", "name_en", "code", "address", "time_zone", "currency", "updated_at", "created_at") SELECT "id", "name", "name_en", "code", "address", "time_zone", "currency", "updated_at", "created_at" FROM \`estates\`;`)
  await db.run(sql`DROP TABLE \`estates\`;`)
  await db.run(sql`ALTER TABLE \`__new_estates\` RENAME TO \`estates\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`estates_code_idx\` ON \`estates\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`estates_updated_at_idx\` ON \`estates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`estates_created_at_idx\` ON \`estates\` (\`created_at\`);`)
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
  	\`attempt_counters_id\` integer,
  	\`delivery_claims_id\` integer,
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
  	FOREIGN KEY (\`benchmark_baselines_id\`) REFERENCES \`benchmark_baselines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attempt_counters_id\`) REFERENCES \`attempt_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`delivery_claims_id\`) REFERENCES \`delivery_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "estates_id", "estate_settings_id", "households_id", "members_id", "passes_id", "pass_receipts_id", "signatures_id", "residents_id", "users_id", "kiosks_id", "procedures_id", "notifications_id", "benchmark_baselines_id", "attempt_counters_id", "delivery_claims_id") SELECT "id", "order", "parent_id", "path", "estates_id", "estate_settings_id", "households_id", "members_id", "passes_id", "pass_receipts_id", "signatures_id", "residents_id", "users_id", "kiosks_id", "procedures_id", "notifications_id", "benchmark_baselines_id", "attempt_counters_id", "delivery_claims_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attempt_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`attempt_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_delivery_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`delivery_claims_id\`);`)
}
