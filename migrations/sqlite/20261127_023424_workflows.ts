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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`status_changes_collection_slug_idx\` ON \`status_changes\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`status_changes_document_id_idx\` ON \`status_changes\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`status_changes_at_idx\` ON \`status_changes\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`status_changes_updated_at_idx\` ON \`status_changes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`status_changes_created_at_idx\` ON \`status_changes\` (\`created_at\`);`)
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
  await db.run(sql`ALTER TABLE \`users\` ADD \`language\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`status_changes\`;`)
  await db.run(sql`DROP TABLE \`status_changes_rels\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`language\`;`)
}
