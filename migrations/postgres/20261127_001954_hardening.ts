import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pass_receipts_state" AS ENUM('claimed', 'signed', 'complete');
  ALTER TABLE "pass_receipts" ALTER COLUMN "signature_id" DROP NOT NULL;
  ALTER TABLE "passes" ADD COLUMN "unpaid_slot" varchar;
  ALTER TABLE "_passes_v" ADD COLUMN "version_unpaid_slot" varchar;
  ALTER TABLE "pass_receipts" ADD COLUMN "state" "enum_pass_receipts_state" DEFAULT 'complete';
  ALTER TABLE "pass_receipts" ADD COLUMN "sequence" numeric;
  ALTER TABLE "pass_receipts" ADD COLUMN "claim" varchar;
  ALTER TABLE "pass_receipts" ADD COLUMN "idempotency_key" varchar;
  ALTER TABLE "notifications" ADD COLUMN "dedupe_key" varchar;
  ALTER TABLE "benchmark_baselines" ADD COLUMN "fee_paid_at" timestamp(3) with time zone;
  ALTER TABLE "benchmark_baselines" ADD COLUMN "ordinal" numeric;
  ALTER TABLE "pass_settings" ADD COLUMN "max_unpaid_extra_passes" numeric DEFAULT 2 NOT NULL;
  CREATE UNIQUE INDEX "passes_unpaid_slot_idx" ON "passes" USING btree ("unpaid_slot");
  CREATE INDEX "_passes_v_version_version_unpaid_slot_idx" ON "_passes_v" USING btree ("version_unpaid_slot");
  CREATE INDEX "pass_receipts_state_idx" ON "pass_receipts" USING btree ("state");
  CREATE UNIQUE INDEX "pass_receipts_claim_idx" ON "pass_receipts" USING btree ("claim");
  CREATE UNIQUE INDEX "pass_receipts_idempotency_key_idx" ON "pass_receipts" USING btree ("idempotency_key");
  CREATE INDEX "notifications_dedupe_key_idx" ON "notifications" USING btree ("dedupe_key");
  ALTER TABLE "residents" DROP COLUMN "login_attempts";
  ALTER TABLE "residents" DROP COLUMN "lock_until";
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "passes_unpaid_slot_idx";
  DROP INDEX "_passes_v_version_version_unpaid_slot_idx";
  DROP INDEX "pass_receipts_state_idx";
  DROP INDEX "pass_receipts_claim_idx";
  DROP INDEX "pass_receipts_idempotency_key_idx";
  DROP INDEX "notifications_dedupe_key_idx";
  ALTER TABLE "pass_receipts" ALTER COLUMN "signature_id" SET NOT NULL;
  ALTER TABLE "residents" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "residents" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "passes" DROP COLUMN "unpaid_slot";
  ALTER TABLE "_passes_v" DROP COLUMN "version_unpaid_slot";
  ALTER TABLE "pass_receipts" DROP COLUMN "state";
  ALTER TABLE "pass_receipts" DROP COLUMN "sequence";
  ALTER TABLE "pass_receipts" DROP COLUMN "claim";
  ALTER TABLE "pass_receipts" DROP COLUMN "idempotency_key";
  ALTER TABLE "notifications" DROP COLUMN "dedupe_key";
  ALTER TABLE "benchmark_baselines" DROP COLUMN "fee_paid_at";
  ALTER TABLE "benchmark_baselines" DROP COLUMN "ordinal";
  ALTER TABLE "pass_settings" DROP COLUMN "max_unpaid_extra_passes";
  DROP TYPE "public"."enum_pass_receipts_state";`)
}
