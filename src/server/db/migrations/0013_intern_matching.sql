CREATE TYPE "public"."matching_round_status" AS ENUM('collecting', 'reviewed', 'published', 'frozen');--> statement-breakpoint
CREATE TABLE "matching_companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"seats" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "matching_companies_unique" UNIQUE("round_id","organization_id"),
	CONSTRAINT "matching_companies_seats_check" CHECK ("matching_companies"."seats" between 0 and 1000)
);
--> statement-breakpoint
ALTER TABLE "matching_companies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "matching_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"organization_id" uuid,
	"override_reason" text,
	"overridden_by_user_id" uuid,
	CONSTRAINT "matching_results_student_unique" UNIQUE("round_id","application_id"),
	CONSTRAINT "matching_results_placed_or_by_hand" CHECK ("matching_results"."organization_id" is not null or "matching_results"."override_reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "matching_results" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "matching_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"title" jsonb NOT NULL,
	"lists_deadline" timestamp with time zone NOT NULL,
	"total_cap" integer,
	"cap_order" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cap_targets" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"require_interviewed" boolean DEFAULT true NOT NULL,
	"interim_demand_published" boolean DEFAULT false NOT NULL,
	"status" "matching_round_status" DEFAULT 'collecting' NOT NULL,
	"last_run" jsonb,
	"published_at" timestamp with time zone,
	"frozen_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_rounds_ordinal_unique" UNIQUE("program_id","ordinal"),
	CONSTRAINT "matching_rounds_total_cap_check" CHECK ("matching_rounds"."total_cap" is null or "matching_rounds"."total_cap" >= 0)
);
--> statement-breakpoint
ALTER TABLE "matching_rounds" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "rank_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"application_id" uuid,
	"organization_id" uuid,
	"ranking" jsonb NOT NULL,
	"submitted_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rank_lists_one_owner" CHECK (num_nonnulls("rank_lists"."application_id", "rank_lists"."organization_id") = 1)
);
--> statement-breakpoint
ALTER TABLE "rank_lists" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "matching_companies" ADD CONSTRAINT "matching_companies_round_id_matching_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."matching_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_companies" ADD CONSTRAINT "matching_companies_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_companies" ADD CONSTRAINT "matching_companies_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_results" ADD CONSTRAINT "matching_results_round_id_matching_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."matching_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_results" ADD CONSTRAINT "matching_results_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_results" ADD CONSTRAINT "matching_results_application_id_student_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."student_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_results" ADD CONSTRAINT "matching_results_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_results" ADD CONSTRAINT "matching_results_overridden_by_user_id_users_id_fk" FOREIGN KEY ("overridden_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_rounds" ADD CONSTRAINT "matching_rounds_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rank_lists" ADD CONSTRAINT "rank_lists_round_id_matching_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."matching_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rank_lists" ADD CONSTRAINT "rank_lists_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rank_lists" ADD CONSTRAINT "rank_lists_application_id_student_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."student_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rank_lists" ADD CONSTRAINT "rank_lists_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rank_lists" ADD CONSTRAINT "rank_lists_submitted_by_user_id_users_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "matching_results_company_idx" ON "matching_results" USING btree ("round_id","organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rank_lists_student_unique" ON "rank_lists" USING btree ("round_id","application_id") WHERE "rank_lists"."application_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "rank_lists_company_unique" ON "rank_lists" USING btree ("round_id","organization_id") WHERE "rank_lists"."organization_id" is not null;--> statement-breakpoint
CREATE POLICY "matching_companies_by_program" ON "matching_companies" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("matching_companies"."program_id")) WITH CHECK (kakehashi_program_visible("matching_companies"."program_id"));--> statement-breakpoint
CREATE POLICY "matching_results_by_program" ON "matching_results" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("matching_results"."program_id")) WITH CHECK (kakehashi_program_visible("matching_results"."program_id"));--> statement-breakpoint
CREATE POLICY "matching_rounds_by_program" ON "matching_rounds" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("matching_rounds"."program_id")) WITH CHECK (kakehashi_program_visible("matching_rounds"."program_id"));--> statement-breakpoint
CREATE POLICY "rank_lists_by_program" ON "rank_lists" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("rank_lists"."program_id")) WITH CHECK (kakehashi_program_visible("rank_lists"."program_id"));