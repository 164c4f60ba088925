import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pass_receipts" ADD COLUMN "signer_member_id" integer;
  ALTER TABLE "pass_receipts" ADD COLUMN "signer_note" varchar;
  ALTER TABLE "pass_receipts" ADD CONSTRAINT "pass_receipts_signer_member_id_members_id_fk" FOREIGN KEY ("signer_member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "pass_receipts_signer_member_idx" ON "pass_receipts" USING btree ("signer_member_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pass_receipts" DROP CONSTRAINT "pass_receipts_signer_member_id_members_id_fk";
  
  DROP INDEX "pass_receipts_signer_member_idx";
  ALTER TABLE "pass_receipts" DROP COLUMN "signer_member_id";
  ALTER TABLE "pass_receipts" DROP COLUMN "signer_note";`)
}
