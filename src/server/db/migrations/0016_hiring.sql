CREATE TYPE "public"."check_in_language" AS ENUM('mn', 'ja', 'en');--> statement-breakpoint
CREATE TYPE "public"."check_in_respondent" AS ENUM('employee', 'company');--> statement-breakpoint
CREATE TYPE "public"."hiring_outcome" AS ENUM('open', 'offered', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."hiring_stage" AS ENUM('applied', 'documentScreening', 'interview', 'decision');--> statement-breakpoint
CREATE TYPE "public"."job_offer_status" AS ENUM('issued', 'accepted', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."retention_status" AS ENUM('employed', 'changedEmployer', 'leftJapan');--> statement-breakpoint
CREATE TABLE "check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"employment_id" uuid NOT NULL,
	"month" smallint NOT NULL,
	"respondent" "check_in_respondent" NOT NULL,
	"answers" jsonb NOT NULL,
	"language" "check_in_language" NOT NULL,
	"answered_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_ins_unique" UNIQUE("employment_id","month","respondent")
);
--> statement-breakpoint
ALTER TABLE "check_ins" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "company_readiness" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"items" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"modules" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "company_readiness_unique" UNIQUE("program_id","company_id")
);
--> statement-breakpoint
ALTER TABLE "company_readiness" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "employments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"retention" "retention_status" DEFAULT 'employed' NOT NULL,
	"retention_reason" text,
	"retention_changed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employments_application_unique" UNIQUE("program_id","application_id")
);
--> statement-breakpoint
ALTER TABLE "employments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "hiring_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"stage" "hiring_stage" DEFAULT 'applied' NOT NULL,
	"outcome" "hiring_outcome" DEFAULT 'open' NOT NULL,
	"motivation" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hiring_applications_unique" UNIQUE("program_id","application_id","company_id")
);
--> statement-breakpoint
ALTER TABLE "hiring_applications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "job_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"hiring_application_id" uuid NOT NULL,
	"position" text NOT NULL,
	"monthly_salary_yen" integer NOT NULL,
	"starts_on" date NOT NULL,
	"workplace" text DEFAULT '' NOT NULL,
	"conditions" text DEFAULT '' NOT NULL,
	"issued_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"status" "job_offer_status" DEFAULT 'issued' NOT NULL,
	"answered_at" timestamp with time zone,
	"withdrawn_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_offers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "residence_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"employment_id" uuid NOT NULL,
	"employment_insured" boolean DEFAULT true NOT NULL,
	"coe_issued_on" date,
	"arrived_on" date,
	"employment_started_on" date,
	"affiliation_changed_on" date,
	"residence_card_number_encrypted" text,
	"residence_card_expires_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "residence_cases_employment_unique" UNIQUE("employment_id")
);
--> statement-breakpoint
ALTER TABLE "residence_cases" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "residence_reminders_sent" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"key" text NOT NULL,
	"recipients" smallint NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "residence_reminders_sent_key_unique" UNIQUE("case_id","key")
);
--> statement-breakpoint
ALTER TABLE "residence_reminders_sent" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "residence_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"done_on" date,
	"note" text DEFAULT '' NOT NULL,
	"done_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "residence_steps_kind_unique" UNIQUE("case_id","kind")
);
--> statement-breakpoint
ALTER TABLE "residence_steps" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_employment_id_employments_id_fk" FOREIGN KEY ("employment_id") REFERENCES "public"."employments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_answered_by_user_id_users_id_fk" FOREIGN KEY ("answered_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_readiness" ADD CONSTRAINT "company_readiness_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_readiness" ADD CONSTRAINT "company_readiness_company_id_organizations_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_application_id_student_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."student_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_company_id_organizations_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_offer_id_job_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."job_offers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hiring_applications" ADD CONSTRAINT "hiring_applications_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hiring_applications" ADD CONSTRAINT "hiring_applications_application_id_student_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."student_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hiring_applications" ADD CONSTRAINT "hiring_applications_company_id_organizations_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_offers" ADD CONSTRAINT "job_offers_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_offers" ADD CONSTRAINT "job_offers_hiring_application_id_hiring_applications_id_fk" FOREIGN KEY ("hiring_application_id") REFERENCES "public"."hiring_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residence_cases" ADD CONSTRAINT "residence_cases_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residence_cases" ADD CONSTRAINT "residence_cases_employment_id_employments_id_fk" FOREIGN KEY ("employment_id") REFERENCES "public"."employments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residence_reminders_sent" ADD CONSTRAINT "residence_reminders_sent_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residence_reminders_sent" ADD CONSTRAINT "residence_reminders_sent_case_id_residence_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."residence_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residence_steps" ADD CONSTRAINT "residence_steps_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residence_steps" ADD CONSTRAINT "residence_steps_case_id_residence_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."residence_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residence_steps" ADD CONSTRAINT "residence_steps_done_by_user_id_users_id_fk" FOREIGN KEY ("done_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_offers_application_idx" ON "job_offers" USING btree ("hiring_application_id");--> statement-breakpoint
CREATE POLICY "check_ins_by_program" ON "check_ins" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("check_ins"."program_id")) WITH CHECK (kakehashi_program_visible("check_ins"."program_id"));--> statement-breakpoint
CREATE POLICY "company_readiness_by_program" ON "company_readiness" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("company_readiness"."program_id")) WITH CHECK (kakehashi_program_visible("company_readiness"."program_id"));--> statement-breakpoint
CREATE POLICY "employments_by_program" ON "employments" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("employments"."program_id")) WITH CHECK (kakehashi_program_visible("employments"."program_id"));--> statement-breakpoint
CREATE POLICY "hiring_applications_by_program" ON "hiring_applications" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("hiring_applications"."program_id")) WITH CHECK (kakehashi_program_visible("hiring_applications"."program_id"));--> statement-breakpoint
CREATE POLICY "job_offers_by_program" ON "job_offers" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("job_offers"."program_id")) WITH CHECK (kakehashi_program_visible("job_offers"."program_id"));--> statement-breakpoint
CREATE POLICY "residence_cases_by_program" ON "residence_cases" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("residence_cases"."program_id")) WITH CHECK (kakehashi_program_visible("residence_cases"."program_id"));--> statement-breakpoint
CREATE POLICY "residence_reminders_sent_by_program" ON "residence_reminders_sent" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("residence_reminders_sent"."program_id")) WITH CHECK (kakehashi_program_visible("residence_reminders_sent"."program_id"));--> statement-breakpoint
CREATE POLICY "residence_steps_by_program" ON "residence_steps" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("residence_steps"."program_id")) WITH CHECK (kakehashi_program_visible("residence_steps"."program_id"));