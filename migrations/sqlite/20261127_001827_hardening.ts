import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Edited by hand: drizzle-kit's table rebuild selected the new pass_receipts columns from the old
// table; receipts made before this migration are complete handovers.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_pass_receipts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`household_id\` integer NOT NULL,
  	\`signature_id\` integer,
  	\`signed_by_name\` text NOT NULL,
  	\`signed_at\` text NOT NULL,
  	\`copy_to\` text,
  	\`state\` text DEFAULT 'complete',
  	\`sequence\` numeric,
  	\`claim\` text,
  	\`idempotency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pass_receipts\`("id", "household_id", "signature_id", "signed_by_name", "signed_at", "copy_to", "state", "sequence", "claim", "idempotency_key", "updated_at", "created_at") SELECT "id", "household_id", "signature_id", "signed_by_name", "signed_at", "copy_to", 'complete', NULL, NULL, NULL, "updated_at", "created_at" FROM \`pass_receipts\`;`)
  await db.run(sql`DROP TABLE \`pass_receipts\`;`)
  await db.run(sql`ALTER TABLE \`__new_pass_receipts\` RENAME TO \`pass_receipts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`pass_receipts_household_idx\` ON \`pass_receipts\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_signature_idx\` ON \`pass_receipts\` (\`signature_id\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_state_idx\` ON \`pass_receipts\` (\`state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pass_receipts_claim_idx\` ON \`pass_receipts\` (\`claim\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pass_receipts_idempotency_key_idx\` ON \`pass_receipts\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_updated_at_idx\` ON \`pass_receipts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_created_at_idx\` ON \`pass_receipts\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`passes\` ADD \`unpaid_slot\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`passes_unpaid_slot_idx\` ON \`passes\` (\`unpaid_slot\`);`)
  await db.run(sql`ALTER TABLE \`_passes_v\` ADD \`version_unpaid_slot\` text;`)
  await db.run(sql`CREATE INDEX \`_passes_v_version_version_unpaid_slot_idx\` ON \`_passes_v\` (\`version_unpaid_slot\`);`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`dedupe_key\` text;`)
  await db.run(sql`CREATE INDEX \`notifications_dedupe_key_idx\` ON \`notifications\` (\`dedupe_key\`);`)
  await db.run(sql`ALTER TABLE \`benchmark_baselines\` ADD \`fee_paid_at\` text;`)
  await db.run(sql`ALTER TABLE \`benchmark_baselines\` ADD \`ordinal\` numeric;`)
  await db.run(sql`ALTER TABLE \`pass_settings\` ADD \`max_unpaid_extra_passes\` numeric DEFAULT 2 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`residents\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`residents\` DROP COLUMN \`lock_until\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`passes_unpaid_slot_idx\`;`)
  await db.run(sql`ALTER TABLE \`passes\` DROP COLUMN \`unpaid_slot\`;`)
  await db.run(sql`DROP INDEX \`_passes_v_version_version_unpaid_slot_idx\`;`)
  await db.run(sql`ALTER TABLE \`_passes_v\` DROP COLUMN \`version_unpaid_slot\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_pass_receipts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`household_id\` integer NOT NULL,
  	\`signature_id\` integer NOT NULL,
  	\`signed_by_name\` text NOT NULL,
  	\`signed_at\` text NOT NULL,
  	\`copy_to\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pass_receipts\`("id", "household_id", "signature_id", "signed_by_name", "signed_at", "copy_to", "updated_at", "created_at") SELECT "id", "household_id", "signature_id", "signed_by_name", "signed_at", "copy_to", "updated_at", "created_at" FROM \`pass_receipts\`;`)
  await db.run(sql`DROP TABLE \`pass_receipts\`;`)
  await db.run(sql`ALTER TABLE \`__new_pass_receipts\` RENAME TO \`pass_receipts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`pass_receipts_household_idx\` ON \`pass_receipts\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_signature_idx\` ON \`pass_receipts\` (\`signature_id\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_updated_at_idx\` ON \`pass_receipts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_created_at_idx\` ON \`pass_receipts\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`notifications_dedupe_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`notifications\` DROP COLUMN \`dedupe_key\`;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`residents\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`benchmark_baselines\` DROP COLUMN \`fee_paid_at\`;`)
  await db.run(sql`ALTER TABLE \`benchmark_baselines\` DROP COLUMN \`ordinal\`;`)
  await db.run(sql`ALTER TABLE \`pass_settings\` DROP COLUMN \`max_unpaid_extra_passes\`;`)
}
