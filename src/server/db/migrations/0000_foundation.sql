CREATE TYPE "public"."organization_kind" AS ENUM('support_center', 'municipality', 'industry_association', 'company', 'college', 'ngo', 'housing_company', 'training_center', 'telecom_company', 'funding_agency', 'government');--> statement-breakpoint
CREATE TYPE "public"."participation_role" AS ENUM('operator', 'host_company', 'sending_college', 'housing_partner', 'education_partner', 'telecom_partner', 'funder');--> statement-breakpoint
CREATE TYPE "public"."phase_kind" AS ENUM('company_call', 'student_recruitment', 'travel_preparation', 'guidance', 'donated_lectures', 'dx_training', 'interview_fair', 'selection', 'housing_agreement', 'internship', 'final_report_meeting', 'follow_up', 'hiring_selection', 'study_tour', 'project_management', 'other');--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "organization_kind" NOT NULL,
	"name" jsonb NOT NULL,
	"country" char(2) NOT NULL,
	"city" text,
	"website" text,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_country_check" CHECK ("organizations"."country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "cohorts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"name" jsonb NOT NULL,
	"planned_interns" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohorts_program_ordinal_unique" UNIQUE("program_id","ordinal")
);
--> statement-breakpoint
CREATE TABLE "participations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" "participation_role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participations_unique" UNIQUE("program_id","organization_id","role")
);
--> statement-breakpoint
CREATE TABLE "phases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"cohort_id" uuid,
	"kind" "phase_kind" NOT NULL,
	"label" jsonb,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"location" text,
	"note" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "phases_date_order_check" CHECK ("phases"."end_date" >= "phases"."start_date")
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operator_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"name" jsonb NOT NULL,
	"summary" jsonb,
	"intern_cap_per_company" integer,
	"planned_interns" integer,
	"reported_figures" jsonb,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_operator_fiscal_year_unique" UNIQUE("operator_id","fiscal_year"),
	CONSTRAINT "programs_fiscal_year_check" CHECK ("programs"."fiscal_year" between 2000 and 2100),
	CONSTRAINT "programs_intern_cap_check" CHECK ("programs"."intern_cap_per_company" is null or "programs"."intern_cap_per_company" >= 0)
);
--> statement-breakpoint
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phases" ADD CONSTRAINT "phases_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phases" ADD CONSTRAINT "phases_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_operator_id_organizations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organizations_kind_idx" ON "organizations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "participations_organization_idx" ON "participations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "phases_program_idx" ON "phases" USING btree ("program_id","start_date");--> statement-breakpoint
CREATE INDEX "programs_fiscal_year_idx" ON "programs" USING btree ("fiscal_year");