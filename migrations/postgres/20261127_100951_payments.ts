import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_payments_method" AS ENUM('cash', 'card', 'transfer');
  CREATE TYPE "public"."enum_payments_paidat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TYPE "public"."enum_payments_voidedat_tz" AS ENUM('Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei');
  CREATE TABLE "payments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"receipt_number" varchar,
  	"household_id" integer NOT NULL,
  	"amount" numeric,
  	"currency" varchar,
  	"method" "enum_payments_method" NOT NULL,
  	"reference" varchar,
  	"paid_at" timestamp(3) with time zone,
  	"paidat_tz" "enum_payments_paidat_tz" DEFAULT 'Asia/Shanghai',
  	"recorded_by_id" integer,
  	"recorded_by_name" varchar,
  	"voided_at" timestamp(3) with time zone,
  	"voidedat_tz" "enum_payments_voidedat_tz" DEFAULT 'Asia/Shanghai',
  	"voided_by_id" integer,
  	"void_reason" varchar,
  	"year" numeric,
  	"sequence" numeric,
  	"receipt_key" varchar,
  	"estate_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"passes_id" integer,
  	"users_id" integer,
  	"residents_id" integer,
  	"kiosks_id" integer
  );
  
  ALTER TABLE "passes" ADD COLUMN "payment_id" integer;
  ALTER TABLE "_passes_v" ADD COLUMN "version_payment_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "payments_id" integer;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_voided_by_id_users_id_fk" FOREIGN KEY ("voided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_estate_id_estates_id_fk" FOREIGN KEY ("estate_id") REFERENCES "public"."estates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments_rels" ADD CONSTRAINT "payments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payments_rels" ADD CONSTRAINT "payments_rels_passes_fk" FOREIGN KEY ("passes_id") REFERENCES "public"."passes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payments_rels" ADD CONSTRAINT "payments_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payments_rels" ADD CONSTRAINT "payments_rels_residents_fk" FOREIGN KEY ("residents_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payments_rels" ADD CONSTRAINT "payments_rels_kiosks_fk" FOREIGN KEY ("kiosks_id") REFERENCES "public"."kiosks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payments_household_idx" ON "payments" USING btree ("household_id");
  CREATE INDEX "payments_paid_at_idx" ON "payments" USING btree ("paid_at");
  CREATE INDEX "payments_recorded_by_idx" ON "payments" USING btree ("recorded_by_id");
  CREATE INDEX "payments_voided_by_idx" ON "payments" USING btree ("voided_by_id");
  CREATE UNIQUE INDEX "payments_receipt_key_idx" ON "payments" USING btree ("receipt_key");
  CREATE INDEX "payments_estate_idx" ON "payments" USING btree ("estate_id");
  CREATE INDEX "payments_updated_at_idx" ON "payments" USING btree ("updated_at");
  CREATE INDEX "payments_created_at_idx" ON "payments" USING btree ("created_at");
  CREATE INDEX "estate_paidAt_idx" ON "payments" USING btree ("estate_id","paid_at");
  CREATE INDEX "estate_year_sequence_idx" ON "payments" USING btree ("estate_id","year","sequence");
  CREATE INDEX "payments_rels_order_idx" ON "payments_rels" USING btree ("order");
  CREATE INDEX "payments_rels_parent_idx" ON "payments_rels" USING btree ("parent_id");
  CREATE INDEX "payments_rels_path_idx" ON "payments_rels" USING btree ("path");
  CREATE INDEX "payments_rels_passes_id_idx" ON "payments_rels" USING btree ("passes_id");
  CREATE INDEX "payments_rels_users_id_idx" ON "payments_rels" USING btree ("users_id");
  CREATE INDEX "payments_rels_residents_id_idx" ON "payments_rels" USING btree ("residents_id");
  CREATE INDEX "payments_rels_kiosks_id_idx" ON "payments_rels" USING btree ("kiosks_id");
  ALTER TABLE "passes" ADD CONSTRAINT "passes_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_passes_v" ADD CONSTRAINT "_passes_v_version_payment_id_payments_id_fk" FOREIGN KEY ("version_payment_id") REFERENCES "public"."payments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payments_fk" FOREIGN KEY ("payments_id") REFERENCES "public"."payments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "passes_payment_idx" ON "passes" USING btree ("payment_id");
  CREATE INDEX "_passes_v_version_version_payment_idx" ON "_passes_v" USING btree ("version_payment_id");
  CREATE INDEX "payload_locked_documents_rels_payments_id_idx" ON "payload_locked_documents_rels" USING btree ("payments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payments_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payments" CASCADE;
  DROP TABLE "payments_rels" CASCADE;
  ALTER TABLE "passes" DROP CONSTRAINT "passes_payment_id_payments_id_fk";
  
  ALTER TABLE "_passes_v" DROP CONSTRAINT "_passes_v_version_payment_id_payments_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_payments_fk";
  
  DROP INDEX "passes_payment_idx";
  DROP INDEX "_passes_v_version_version_payment_idx";
  DROP INDEX "payload_locked_documents_rels_payments_id_idx";
  ALTER TABLE "passes" DROP COLUMN "payment_id";
  ALTER TABLE "_passes_v" DROP COLUMN "version_payment_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "payments_id";
  DROP TYPE "public"."enum_payments_method";
  DROP TYPE "public"."enum_payments_paidat_tz";
  DROP TYPE "public"."enum_payments_voidedat_tz";`)
}
