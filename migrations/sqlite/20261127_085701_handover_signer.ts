import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`pass_receipts\` ADD \`signer_member_id\` integer REFERENCES members(id);`)
  await db.run(sql`ALTER TABLE \`pass_receipts\` ADD \`signer_note\` text;`)
  await db.run(sql`CREATE INDEX \`pass_receipts_signer_member_idx\` ON \`pass_receipts\` (\`signer_member_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_pass_receipts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`household_id\` integer NOT NULL,
  	\`signature_id\` integer,
  	\`signed_by_name\` text NOT NULL,
  	\`signed_at\` text NOT NULL,
  	\`signedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`copy_to\` text,
  	\`state\` text DEFAULT 'complete',
  	\`sequence\` numeric,
  	\`claim\` text,
  	\`idempotency_key\` text,
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pass_receipts\`("id", "household_id", "signature_id", "signed_by_name", "signed_at", "signedat_tz", "copy_to", "state", "sequence", "claim", "idempotency_key", "estate_id", "updated_at", "created_at") SELECT "id", "household_id", "signature_id", "signed_by_name", "signed_at", "signedat_tz", "copy_to", "state", "sequence", "claim", "idempotency_key", "estate_id", "updated_at", "created_at" FROM \`pass_receipts\`;`)
  await db.run(sql`DROP TABLE \`pass_receipts\`;`)
  await db.run(sql`ALTER TABLE \`__new_pass_receipts\` RENAME TO \`pass_receipts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`pass_receipts_household_idx\` ON \`pass_receipts\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_signature_idx\` ON \`pass_receipts\` (\`signature_id\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_state_idx\` ON \`pass_receipts\` (\`state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pass_receipts_claim_idx\` ON \`pass_receipts\` (\`claim\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pass_receipts_idempotency_key_idx\` ON \`pass_receipts\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_estate_idx\` ON \`pass_receipts\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_updated_at_idx\` ON \`pass_receipts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pass_receipts_created_at_idx\` ON \`pass_receipts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`estate_household_2_idx\` ON \`pass_receipts\` (\`estate_id\`,\`household_id\`);`)
}
