import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The outbox: the staff member whose work queued a message becomes a plain column (`queuedBy`)
 * instead of the polymorphic createdBy/updatedBy kept in `notifications_rels` (see
 * staffActorField). Staff creators kept so far are copied over; residents' and kiosks' are
 * dropped (the record a message is about keeps who acted), as are the last-changed-by rows.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`notifications\` ADD \`queued_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`UPDATE \`notifications\` SET \`queued_by_id\` = (
    SELECT r.\`users_id\` FROM \`notifications_rels\` r
    WHERE r.\`parent_id\` = \`notifications\`.\`id\` AND r.\`path\` = 'createdBy' AND r.\`users_id\` IS NOT NULL
    LIMIT 1
  ) WHERE \`id\` IN (SELECT \`parent_id\` FROM \`notifications_rels\` WHERE \`path\` = 'createdBy');`)
  await db.run(sql`DROP TABLE \`notifications_rels\`;`)
  await db.run(
    sql`CREATE INDEX \`notifications_queued_by_idx\` ON \`notifications\` (\`queued_by_id\`);`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`notifications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`notifications_rels_order_idx\` ON \`notifications_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`notifications_rels_parent_idx\` ON \`notifications_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`notifications_rels_path_idx\` ON \`notifications_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`notifications_rels_users_id_idx\` ON \`notifications_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`notifications_rels_residents_id_idx\` ON \`notifications_rels\` (\`residents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`notifications_rels_kiosks_id_idx\` ON \`notifications_rels\` (\`kiosks_id\`);`,
  )
  await db.run(sql`INSERT INTO \`notifications_rels\` (\`parent_id\`, \`path\`, \`users_id\`)
    SELECT \`id\`, 'createdBy', \`queued_by_id\` FROM \`notifications\` WHERE \`queued_by_id\` IS NOT NULL;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_notifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`to\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`qr_code\` text,
  	\`status\` text DEFAULT 'queued',
  	\`attempts\` numeric DEFAULT 0,
  	\`last_error\` text,
  	\`sent_at\` text,
  	\`sentat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`dedupe_key\` text,
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_notifications\`("id", "to", "subject", "body", "qr_code", "status", "attempts", "last_error", "sent_at", "sentat_tz", "dedupe_key", "estate_id", "updated_at", "created_at") SELECT "id", "to", "subject", "body", "qr_code", "status", "attempts", "last_error", "sent_at", "sentat_tz", "dedupe_key", "estate_id", "updated_at", "created_at" FROM \`notifications\`;`,
  )
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications\` RENAME TO \`notifications\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`notifications_status_idx\` ON \`notifications\` (\`status\`);`)
  await db.run(
    sql`CREATE INDEX \`notifications_dedupe_key_idx\` ON \`notifications\` (\`dedupe_key\`);`,
  )
  await db.run(sql`CREATE INDEX \`notifications_estate_idx\` ON \`notifications\` (\`estate_id\`);`)
  await db.run(
    sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`,
  )
}
