CREATE TYPE "public"."loan_contract_status" AS ENUM('draft', 'sent', 'signed');--> statement-breakpoint
CREATE TYPE "public"."gender" AS ENUM('female', 'male');--> statement-breakpoint
CREATE TYPE "public"."housing_request_status" AS ENUM('requested', 'accepted', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."stay_kind" AS ENUM('internship', 'employment');--> statement-breakpoint
CREATE TYPE "public"."arrival_task_owner" AS ENUM('operator', 'company', 'college', 'student', 'housing_partner');--> statement-breakpoint
CREATE TABLE "arrival_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"arrival_id" uuid NOT NULL,
	"kind" text,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"owner" "arrival_task_owner" NOT NULL,
	"due_on" date NOT NULL,
	"done_at" timestamp with time zone,
	"done_by_user_id" uuid,
	"note" text,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "arrival_tasks_kind_unique" UNIQUE("arrival_id","kind")
);
--> statement-breakpoint
ALTER TABLE "arrival_tasks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "housing_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operator_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"term_months" integer DEFAULT 12 NOT NULL,
	"auto_renew" boolean DEFAULT true NOT NULL,
	"reminder_days" integer DEFAULT 30 NOT NULL,
	"ended_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "housing_agreements_term_check" CHECK ("housing_agreements"."term_months" between 1 and 120),
	CONSTRAINT "housing_agreements_reminder_check" CHECK ("housing_agreements"."reminder_days" between 0 and 365)
);
--> statement-breakpoint
CREATE TABLE "housing_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"move_in_on" date NOT NULL,
	"note" text,
	"status" "housing_request_status" DEFAULT 'requested' NOT NULL,
	"answer" text,
	"unit_id" uuid,
	"answered_by_user_id" uuid,
	"answered_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "housing_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "housing_unit_beds" (
	"unit_id" uuid NOT NULL,
	"bed" smallint NOT NULL,
	CONSTRAINT "housing_unit_beds_pk" PRIMARY KEY("unit_id","bed"),
	CONSTRAINT "housing_unit_beds_bed_check" CHECK ("housing_unit_beds"."bed" >= 1)
);
--> statement-breakpoint
CREATE TABLE "housing_unit_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"storage_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "housing_unit_photos_storage_name_unique" UNIQUE("storage_name")
);
--> statement-breakpoint
CREATE TABLE "housing_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"postal_code" text,
	"latitude" double precision,
	"longitude" double precision,
	"layout" text NOT NULL,
	"capacity" integer NOT NULL,
	"facilities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"same_gender_only" boolean DEFAULT false NOT NULL,
	"rules" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"lending_periods" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "housing_units_capacity_check" CHECK ("housing_units"."capacity" between 1 and 20),
	CONSTRAINT "housing_units_location_check" CHECK (("housing_units"."latitude" is null) = ("housing_units"."longitude" is null) and coalesce("housing_units"."latitude" between -90 and 90 and "housing_units"."longitude" between -180 and 180, true))
);
--> statement-breakpoint
CREATE TABLE "intern_arrivals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"gender" "gender",
	"flight_number" text,
	"arrives_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intern_arrivals_application_unique" UNIQUE("program_id","application_id")
);
--> statement-breakpoint
ALTER TABLE "intern_arrivals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "loan_contract_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"content" jsonb NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loan_contract_revisions_unique" UNIQUE("contract_id","revision")
);
--> statement-breakpoint
ALTER TABLE "loan_contract_revisions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "loan_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"contract_number" text NOT NULL,
	"status" "loan_contract_status" DEFAULT 'draft' NOT NULL,
	"conditions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sent_at" timestamp with time zone,
	"signed_at" timestamp with time zone,
	"signed_storage_name" text,
	"signed_media_type" text,
	"signed_sha256" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loan_contracts_number_unique" UNIQUE("program_id","contract_number"),
	CONSTRAINT "loan_contracts_signed_has_scan" CHECK ("loan_contracts"."status" <> 'signed' or "loan_contracts"."signed_storage_name" is not null)
);
--> statement-breakpoint
ALTER TABLE "loan_contracts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "stays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"bed" smallint NOT NULL,
	"occupant_user_id" uuid NOT NULL,
	"application_id" uuid,
	"kind" "stay_kind" DEFAULT 'internship' NOT NULL,
	"check_in" date NOT NULL,
	"check_out" date NOT NULL,
	"pinned" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stays_dates_check" CHECK ("stays"."check_in" < "stays"."check_out")
);
--> statement-breakpoint
ALTER TABLE "stays" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "arrival_tasks" ADD CONSTRAINT "arrival_tasks_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arrival_tasks" ADD CONSTRAINT "arrival_tasks_arrival_id_intern_arrivals_id_fk" FOREIGN KEY ("arrival_id") REFERENCES "public"."intern_arrivals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arrival_tasks" ADD CONSTRAINT "arrival_tasks_done_by_user_id_users_id_fk" FOREIGN KEY ("done_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_agreements" ADD CONSTRAINT "housing_agreements_operator_id_organizations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_agreements" ADD CONSTRAINT "housing_agreements_partner_id_organizations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_requests" ADD CONSTRAINT "housing_requests_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_requests" ADD CONSTRAINT "housing_requests_company_id_organizations_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_requests" ADD CONSTRAINT "housing_requests_partner_id_organizations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_requests" ADD CONSTRAINT "housing_requests_application_id_student_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."student_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_requests" ADD CONSTRAINT "housing_requests_unit_id_housing_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."housing_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_requests" ADD CONSTRAINT "housing_requests_answered_by_user_id_users_id_fk" FOREIGN KEY ("answered_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_unit_beds" ADD CONSTRAINT "housing_unit_beds_unit_id_housing_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."housing_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_unit_photos" ADD CONSTRAINT "housing_unit_photos_unit_id_housing_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."housing_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_units" ADD CONSTRAINT "housing_units_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intern_arrivals" ADD CONSTRAINT "intern_arrivals_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intern_arrivals" ADD CONSTRAINT "intern_arrivals_application_id_student_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."student_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_contract_revisions" ADD CONSTRAINT "loan_contract_revisions_contract_id_loan_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."loan_contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_contract_revisions" ADD CONSTRAINT "loan_contract_revisions_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_contract_revisions" ADD CONSTRAINT "loan_contract_revisions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_contracts" ADD CONSTRAINT "loan_contracts_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_contracts" ADD CONSTRAINT "loan_contracts_agreement_id_housing_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."housing_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stays" ADD CONSTRAINT "stays_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stays" ADD CONSTRAINT "stays_occupant_user_id_users_id_fk" FOREIGN KEY ("occupant_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stays" ADD CONSTRAINT "stays_application_id_student_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."student_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stays" ADD CONSTRAINT "stays_bed_fk" FOREIGN KEY ("unit_id","bed") REFERENCES "public"."housing_unit_beds"("unit_id","bed") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "arrival_tasks_arrival_idx" ON "arrival_tasks" USING btree ("arrival_id");--> statement-breakpoint
CREATE INDEX "housing_agreements_operator_idx" ON "housing_agreements" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "housing_agreements_partner_idx" ON "housing_agreements" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "housing_requests_program_idx" ON "housing_requests" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "housing_unit_photos_unit_idx" ON "housing_unit_photos" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "housing_units_organization_idx" ON "housing_units" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "stays_program_idx" ON "stays" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "stays_unit_idx" ON "stays" USING btree ("unit_id","check_in");--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_location_check" CHECK (("organizations"."latitude" is null) = ("organizations"."longitude" is null) and coalesce("organizations"."latitude" between -90 and 90 and "organizations"."longitude" between -180 and 180, true));--> statement-breakpoint
CREATE POLICY "arrival_tasks_by_program" ON "arrival_tasks" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("arrival_tasks"."program_id")) WITH CHECK (kakehashi_program_visible("arrival_tasks"."program_id"));--> statement-breakpoint
CREATE POLICY "housing_requests_by_program" ON "housing_requests" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("housing_requests"."program_id")) WITH CHECK (kakehashi_program_visible("housing_requests"."program_id"));--> statement-breakpoint
CREATE POLICY "intern_arrivals_by_program" ON "intern_arrivals" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("intern_arrivals"."program_id")) WITH CHECK (kakehashi_program_visible("intern_arrivals"."program_id"));--> statement-breakpoint
CREATE POLICY "loan_contract_revisions_by_program" ON "loan_contract_revisions" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("loan_contract_revisions"."program_id")) WITH CHECK (kakehashi_program_visible("loan_contract_revisions"."program_id"));--> statement-breakpoint
CREATE POLICY "loan_contracts_by_program" ON "loan_contracts" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("loan_contracts"."program_id")) WITH CHECK (kakehashi_program_visible("loan_contracts"."program_id"));--> statement-breakpoint
CREATE POLICY "stays_by_program" ON "stays" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("stays"."program_id")) WITH CHECK (kakehashi_program_visible("stays"."program_id"));--> statement-breakpoint
-- Written by hand (drizzle-kit cannot say exclusion constraints). btree_gist lets a GiST index
-- compare uuids and integers with = beside date ranges with &&; it is a trusted extension, so
-- the database owner may create it.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
-- Nobody is in two places at once.
ALTER TABLE "stays" ADD CONSTRAINT "stays_occupant_one_place" EXCLUDE USING gist ("occupant_user_id" WITH =, daterange("check_in", "check_out") WITH &&);--> statement-breakpoint
-- One person per bed per night; with the beds' foreign key, no unit over its capacity. Deferrable,
-- so the service can re-seat a unit's stays (a permutation of beds) in one transaction.
ALTER TABLE "stays" ADD CONSTRAINT "stays_bed_one_occupant" EXCLUDE USING gist ("unit_id" WITH =, "bed" WITH =, daterange("check_in", "check_out") WITH &&) DEFERRABLE INITIALLY IMMEDIATE;
