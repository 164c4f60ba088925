import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Mail items: who recorded the item becomes a plain column (`recordedBy`, staff only) instead of
 * the polymorphic createdBy/updatedBy kept in `mail_items_rels` (see collections/MailItems). The
 * recorders kept so far are copied over before the relations table goes; the last-changed-by rows
 * are dropped: every change after recording names its author in the record of changes.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`mail_items\` ADD \`recorded_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`UPDATE \`mail_items\` SET \`recorded_by_id\` = (
    SELECT r.\`users_id\` FROM \`mail_items_rels\` r
    WHERE r.\`parent_id\` = \`mail_items\`.\`id\` AND r.\`path\` = 'createdBy' AND r.\`users_id\` IS NOT NULL
    LIMIT 1
  ) WHERE \`id\` IN (SELECT \`parent_id\` FROM \`mail_items_rels\` WHERE \`path\` = 'createdBy');`)
  await db.run(sql`DROP TABLE \`mail_items_rels\`;`)
  await db.run(
    sql`CREATE INDEX \`mail_items_recorded_by_idx\` ON \`mail_items\` (\`recorded_by_id\`);`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`mail_items_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`residents_id\` integer,
  	\`kiosks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mail_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`residents_id\`) REFERENCES \`residents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kiosks_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mail_items_rels_order_idx\` ON \`mail_items_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`mail_items_rels_parent_idx\` ON \`mail_items_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`mail_items_rels_path_idx\` ON \`mail_items_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`mail_items_rels_users_id_idx\` ON \`mail_items_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`mail_items_rels_residents_id_idx\` ON \`mail_items_rels\` (\`residents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`mail_items_rels_kiosks_id_idx\` ON \`mail_items_rels\` (\`kiosks_id\`);`,
  )
  await db.run(sql`INSERT INTO \`mail_items_rels\` (\`parent_id\`, \`path\`, \`users_id\`)
    SELECT \`id\`, 'createdBy', \`recorded_by_id\` FROM \`mail_items\` WHERE \`recorded_by_id\` IS NOT NULL;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_mail_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`batch_id\` integer NOT NULL,
  	\`household_id\` integer NOT NULL,
  	\`member_id\` integer,
  	\`addressee\` text,
  	\`kind\` text DEFAULT 'letter' NOT NULL,
  	\`tracking_number\` text,
  	\`location\` text,
  	\`photo_id\` integer,
  	\`status\` text DEFAULT 'waiting',
  	\`pickup_code\` text,
  	\`picked_up_at\` text,
  	\`pickedupat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`picked_up_by\` text,
  	\`delegate_id\` integer,
  	\`pickup_signature_id\` integer,
  	\`pickup_place\` text,
  	\`pickup_kiosk_id\` integer,
  	\`pickup_witness_id\` integer,
  	\`return_reason\` text,
  	\`returned_at\` text,
  	\`returnedat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`reminded_at\` text,
  	\`reminders\` numeric DEFAULT 0,
  	\`pickup_key\` text,
  	\`estate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`batch_id\`) REFERENCES \`mail_batches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`household_id\`) REFERENCES \`households\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`mail_photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`delegate_id\`) REFERENCES \`mail_authorisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pickup_signature_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pickup_kiosk_id\`) REFERENCES \`kiosks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pickup_witness_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`estate_id\`) REFERENCES \`estates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_mail_items\`("id", "batch_id", "household_id", "member_id", "addressee", "kind", "tracking_number", "location", "photo_id", "status", "pickup_code", "picked_up_at", "pickedupat_tz", "picked_up_by", "delegate_id", "pickup_signature_id", "pickup_place", "pickup_kiosk_id", "pickup_witness_id", "return_reason", "returned_at", "returnedat_tz", "reminded_at", "reminders", "pickup_key", "estate_id", "updated_at", "created_at") SELECT "id", "batch_id", "household_id", "member_id", "addressee", "kind", "tracking_number", "location", "photo_id", "status", "pickup_code", "picked_up_at", "pickedupat_tz", "picked_up_by", "delegate_id", "pickup_signature_id", "pickup_place", "pickup_kiosk_id", "pickup_witness_id", "return_reason", "returned_at", "returnedat_tz", "reminded_at", "reminders", "pickup_key", "estate_id", "updated_at", "created_at" FROM \`mail_items\`;`,
  )
  await db.run(sql`DROP TABLE \`mail_items\`;`)
  await db.run(sql`ALTER TABLE \`__new_mail_items\` RENAME TO \`mail_items\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`mail_items_batch_idx\` ON \`mail_items\` (\`batch_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_household_idx\` ON \`mail_items\` (\`household_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_member_idx\` ON \`mail_items\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_photo_idx\` ON \`mail_items\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_delegate_idx\` ON \`mail_items\` (\`delegate_id\`);`)
  await db.run(
    sql`CREATE INDEX \`mail_items_pickup_signature_idx\` ON \`mail_items\` (\`pickup_signature_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`mail_items_pickup_kiosk_idx\` ON \`mail_items\` (\`pickup_kiosk_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`mail_items_pickup_witness_idx\` ON \`mail_items\` (\`pickup_witness_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`mail_items_pickup_key_idx\` ON \`mail_items\` (\`pickup_key\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_estate_idx\` ON \`mail_items\` (\`estate_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_updated_at_idx\` ON \`mail_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mail_items_created_at_idx\` ON \`mail_items\` (\`created_at\`);`)
  await db.run(
    sql`CREATE INDEX \`estate_pickupCode_idx\` ON \`mail_items\` (\`estate_id\`,\`pickup_code\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`household_status_idx\` ON \`mail_items\` (\`household_id\`,\`status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`estate_status_createdAt_idx\` ON \`mail_items\` (\`estate_id\`,\`status\`,\`created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`batch_status_idx\` ON \`mail_items\` (\`batch_id\`,\`status\`);`)
}
