CREATE TYPE "public"."incident_kind" AS ENUM('health', 'safety', 'conduct', 'other');--> statement-breakpoint
CREATE TYPE "public"."incident_severity" AS ENUM('low', 'medium', 'high');--> statement-breakpoint
CREATE TYPE "public"."internship_attendance" AS ENUM('present', 'late', 'absent', 'excused');--> statement-breakpoint
CREATE TYPE "public"."report_language" AS ENUM('mn', 'ja', 'en');--> statement-breakpoint
CREATE TABLE "internship_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"on" date NOT NULL,
	"tasks" text DEFAULT '' NOT NULL,
	"attendance" "internship_attendance",
	"attendance_note" text,
	"report_body" text,
	"report_language" "report_language",
	"report_submitted_at" timestamp with time zone,
	"mentor_comment" text,
	"mentor_commented_at" timestamp with time zone,
	"mentor_comment_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internship_days_plan_day_unique" UNIQUE("plan_id","on")
);
--> statement-breakpoint
ALTER TABLE "internship_days" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "internship_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"kind" "incident_kind" NOT NULL,
	"severity" "incident_severity" NOT NULL,
	"description_encrypted" text NOT NULL,
	"action_taken_encrypted" text,
	"notifications" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reported_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "internship_incidents" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "internship_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"mentor_name" text,
	"mentor_user_id" uuid,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"weekends" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internship_plans_application_unique" UNIQUE("program_id","application_id"),
	CONSTRAINT "internship_plans_dates_check" CHECK ("internship_plans"."ends_on" >= "internship_plans"."starts_on")
);
--> statement-breakpoint
ALTER TABLE "internship_plans" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "presentation_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"presentation_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"scores" jsonb NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"scored_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "presentation_scores_company_unique" UNIQUE("presentation_id","company_id")
);
--> statement-breakpoint
ALTER TABLE "presentation_scores" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "report_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"starts_at" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"minutes_per_talk" smallint NOT NULL,
	"rubric" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_meetings_program_unique" UNIQUE("program_id"),
	CONSTRAINT "report_meetings_minutes_check" CHECK ("report_meetings"."minutes_per_talk" between 1 and 120)
);
--> statement-breakpoint
ALTER TABLE "report_meetings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "report_presentations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"slides_storage_name" text,
	"slides_original_name" text,
	"slides_media_type" text,
	"slides_size_bytes" integer,
	"slides_uploaded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_presentations_student_unique" UNIQUE("meeting_id","application_id")
);
--> statement-breakpoint
ALTER TABLE "report_presentations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "internship_days" ADD CONSTRAINT "internship_days_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_days" ADD CONSTRAINT "internship_days_plan_id_internship_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."internship_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_days" ADD CONSTRAINT "internship_days_mentor_comment_by_user_id_users_id_fk" FOREIGN KEY ("mentor_comment_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_incidents" ADD CONSTRAINT "internship_incidents_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_incidents" ADD CONSTRAINT "internship_incidents_plan_id_internship_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."internship_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_incidents" ADD CONSTRAINT "internship_incidents_reported_by_user_id_users_id_fk" FOREIGN KEY ("reported_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_plans" ADD CONSTRAINT "internship_plans_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_plans" ADD CONSTRAINT "internship_plans_application_id_student_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."student_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_plans" ADD CONSTRAINT "internship_plans_company_id_organizations_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_plans" ADD CONSTRAINT "internship_plans_mentor_user_id_users_id_fk" FOREIGN KEY ("mentor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentation_scores" ADD CONSTRAINT "presentation_scores_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentation_scores" ADD CONSTRAINT "presentation_scores_presentation_id_report_presentations_id_fk" FOREIGN KEY ("presentation_id") REFERENCES "public"."report_presentations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentation_scores" ADD CONSTRAINT "presentation_scores_company_id_organizations_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentation_scores" ADD CONSTRAINT "presentation_scores_scored_by_user_id_users_id_fk" FOREIGN KEY ("scored_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_meetings" ADD CONSTRAINT "report_meetings_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_presentations" ADD CONSTRAINT "report_presentations_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_presentations" ADD CONSTRAINT "report_presentations_meeting_id_report_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."report_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_presentations" ADD CONSTRAINT "report_presentations_application_id_student_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."student_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "internship_incidents_plan_idx" ON "internship_incidents" USING btree ("plan_id");--> statement-breakpoint
CREATE POLICY "internship_days_by_program" ON "internship_days" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("internship_days"."program_id")) WITH CHECK (kakehashi_program_visible("internship_days"."program_id"));--> statement-breakpoint
CREATE POLICY "internship_incidents_by_program" ON "internship_incidents" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("internship_incidents"."program_id")) WITH CHECK (kakehashi_program_visible("internship_incidents"."program_id"));--> statement-breakpoint
CREATE POLICY "internship_plans_by_program" ON "internship_plans" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("internship_plans"."program_id")) WITH CHECK (kakehashi_program_visible("internship_plans"."program_id"));--> statement-breakpoint
CREATE POLICY "presentation_scores_by_program" ON "presentation_scores" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("presentation_scores"."program_id")) WITH CHECK (kakehashi_program_visible("presentation_scores"."program_id"));--> statement-breakpoint
CREATE POLICY "report_meetings_by_program" ON "report_meetings" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("report_meetings"."program_id")) WITH CHECK (kakehashi_program_visible("report_meetings"."program_id"));--> statement-breakpoint
CREATE POLICY "report_presentations_by_program" ON "report_presentations" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("report_presentations"."program_id")) WITH CHECK (kakehashi_program_visible("report_presentations"."program_id"));