CREATE TYPE "public"."fair_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."interview_requester" AS ENUM('company', 'student', 'operator');--> statement-breakpoint
CREATE TYPE "public"."interview_status" AS ENUM('requested', 'approved', 'declined');--> statement-breakpoint
CREATE TYPE "public"."interview_recommendation" AS ENUM('recommend', 'undecided', 'notRecommended');--> statement-breakpoint
CREATE TABLE "fair_companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"rooms" integer DEFAULT 1 NOT NULL,
	"room_names" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_companies_unique" UNIQUE("fair_id","organization_id"),
	CONSTRAINT "fair_companies_rooms_check" CHECK ("fair_companies"."rooms" between 1 and 50)
);
--> statement-breakpoint
ALTER TABLE "fair_companies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "fair_interpreters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "fair_interpreters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "fair_interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" "interview_status" DEFAULT 'requested' NOT NULL,
	"requested_by" "interview_requester" NOT NULL,
	"needs_interpreter" boolean DEFAULT false NOT NULL,
	"slot_id" uuid,
	"room" integer,
	"interpreter_id" uuid,
	"pinned" boolean DEFAULT false NOT NULL,
	"unscheduled_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_interviews_pair_unique" UNIQUE("fair_id","application_id","organization_id"),
	CONSTRAINT "fair_interviews_placed_check" CHECK (("fair_interviews"."slot_id" is null) = ("fair_interviews"."room" is null) and ("fair_interviews"."slot_id" is null or "fair_interviews"."status" = 'approved'))
);
--> statement-breakpoint
ALTER TABLE "fair_interviews" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "fair_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"day" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "fair_slots_position_unique" UNIQUE("fair_id","position")
);
--> statement-breakpoint
ALTER TABLE "fair_slots" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "fair_unavailability" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"organization_id" uuid,
	"application_id" uuid,
	"interpreter_id" uuid,
	CONSTRAINT "fair_unavailability_one_party" CHECK (num_nonnulls("fair_unavailability"."organization_id", "fair_unavailability"."application_id", "fair_unavailability"."interpreter_id") = 1)
);
--> statement-breakpoint
ALTER TABLE "fair_unavailability" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "interview_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"scores" jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"recommendation" "interview_recommendation" NOT NULL,
	"evaluated_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interview_evaluations_interview_unique" UNIQUE("interview_id")
);
--> statement-breakpoint
ALTER TABLE "interview_evaluations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "interview_fairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"venue" text,
	"time_zone" text DEFAULT 'Asia/Ulaanbaatar' NOT NULL,
	"slot_minutes" integer DEFAULT 20 NOT NULL,
	"days" jsonb NOT NULL,
	"max_interviews_per_student" integer,
	"max_interviews_per_company" integer,
	"rubric" jsonb NOT NULL,
	"status" "fair_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"schedule_revision" integer DEFAULT 0 NOT NULL,
	"last_run" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interview_fairs_slot_minutes_check" CHECK ("interview_fairs"."slot_minutes" between 5 and 240)
);
--> statement-breakpoint
ALTER TABLE "interview_fairs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "fair_companies" ADD CONSTRAINT "fair_companies_fair_id_interview_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."interview_fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_companies" ADD CONSTRAINT "fair_companies_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_companies" ADD CONSTRAINT "fair_companies_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_interpreters" ADD CONSTRAINT "fair_interpreters_fair_id_interview_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."interview_fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_interpreters" ADD CONSTRAINT "fair_interpreters_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_interviews" ADD CONSTRAINT "fair_interviews_fair_id_interview_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."interview_fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_interviews" ADD CONSTRAINT "fair_interviews_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_interviews" ADD CONSTRAINT "fair_interviews_application_id_student_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."student_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_interviews" ADD CONSTRAINT "fair_interviews_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_interviews" ADD CONSTRAINT "fair_interviews_slot_id_fair_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."fair_slots"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_interviews" ADD CONSTRAINT "fair_interviews_interpreter_id_fair_interpreters_id_fk" FOREIGN KEY ("interpreter_id") REFERENCES "public"."fair_interpreters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_slots" ADD CONSTRAINT "fair_slots_fair_id_interview_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."interview_fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_slots" ADD CONSTRAINT "fair_slots_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_unavailability" ADD CONSTRAINT "fair_unavailability_fair_id_interview_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."interview_fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_unavailability" ADD CONSTRAINT "fair_unavailability_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_unavailability" ADD CONSTRAINT "fair_unavailability_slot_id_fair_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."fair_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_unavailability" ADD CONSTRAINT "fair_unavailability_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_unavailability" ADD CONSTRAINT "fair_unavailability_application_id_student_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."student_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_unavailability" ADD CONSTRAINT "fair_unavailability_interpreter_id_fair_interpreters_id_fk" FOREIGN KEY ("interpreter_id") REFERENCES "public"."fair_interpreters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_evaluations" ADD CONSTRAINT "interview_evaluations_interview_id_fair_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."fair_interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_evaluations" ADD CONSTRAINT "interview_evaluations_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_evaluations" ADD CONSTRAINT "interview_evaluations_evaluated_by_user_id_users_id_fk" FOREIGN KEY ("evaluated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_fairs" ADD CONSTRAINT "interview_fairs_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fair_interpreters_fair_idx" ON "fair_interpreters" USING btree ("fair_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_interviews_student_slot_unique" ON "fair_interviews" USING btree ("slot_id","application_id") WHERE "fair_interviews"."slot_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "fair_interviews_room_slot_unique" ON "fair_interviews" USING btree ("slot_id","organization_id","room") WHERE "fair_interviews"."slot_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "fair_interviews_interpreter_slot_unique" ON "fair_interviews" USING btree ("slot_id","interpreter_id") WHERE "fair_interviews"."interpreter_id" is not null;--> statement-breakpoint
CREATE INDEX "fair_interviews_fair_idx" ON "fair_interviews" USING btree ("fair_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_unavailability_company_unique" ON "fair_unavailability" USING btree ("slot_id","organization_id") WHERE "fair_unavailability"."organization_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "fair_unavailability_student_unique" ON "fair_unavailability" USING btree ("slot_id","application_id") WHERE "fair_unavailability"."application_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "fair_unavailability_interpreter_unique" ON "fair_unavailability" USING btree ("slot_id","interpreter_id") WHERE "fair_unavailability"."interpreter_id" is not null;--> statement-breakpoint
CREATE INDEX "fair_unavailability_fair_idx" ON "fair_unavailability" USING btree ("fair_id");--> statement-breakpoint
CREATE INDEX "interview_fairs_program_idx" ON "interview_fairs" USING btree ("program_id");--> statement-breakpoint
CREATE POLICY "fair_companies_by_program" ON "fair_companies" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("fair_companies"."program_id")) WITH CHECK (kakehashi_program_visible("fair_companies"."program_id"));--> statement-breakpoint
CREATE POLICY "fair_interpreters_by_program" ON "fair_interpreters" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("fair_interpreters"."program_id")) WITH CHECK (kakehashi_program_visible("fair_interpreters"."program_id"));--> statement-breakpoint
CREATE POLICY "fair_interviews_by_program" ON "fair_interviews" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("fair_interviews"."program_id")) WITH CHECK (kakehashi_program_visible("fair_interviews"."program_id"));--> statement-breakpoint
CREATE POLICY "fair_slots_by_program" ON "fair_slots" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("fair_slots"."program_id")) WITH CHECK (kakehashi_program_visible("fair_slots"."program_id"));--> statement-breakpoint
CREATE POLICY "fair_unavailability_by_program" ON "fair_unavailability" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("fair_unavailability"."program_id")) WITH CHECK (kakehashi_program_visible("fair_unavailability"."program_id"));--> statement-breakpoint
CREATE POLICY "interview_evaluations_by_program" ON "interview_evaluations" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("interview_evaluations"."program_id")) WITH CHECK (kakehashi_program_visible("interview_evaluations"."program_id"));--> statement-breakpoint
CREATE POLICY "interview_fairs_by_program" ON "interview_fairs" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("interview_fairs"."program_id")) WITH CHECK (kakehashi_program_visible("interview_fairs"."program_id"));