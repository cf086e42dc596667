CREATE TYPE "public"."jlpt_level" AS ENUM('N1', 'N2', 'N3', 'N4', 'N5', 'none');--> statement-breakpoint
CREATE TYPE "public"."pipeline_actor_kind" AS ENUM('operator', 'college', 'student', 'host_company', 'system');--> statement-breakpoint
CREATE TYPE "public"."pipeline_status" AS ENUM('applied', 'screened', 'lecture_attendee', 'interviewee', 'intern_candidate', 'intern', 'offered', 'hired', 'withdrawn', 'declined');--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"notice_version" text NOT NULL,
	"language" text NOT NULL,
	"recipient_ids" uuid[] NOT NULL,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "consents" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pipeline_transitions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pipeline_transitions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"application_id" uuid NOT NULL,
	"from" "pipeline_status" NOT NULL,
	"to" "pipeline_status" NOT NULL,
	"by_user_id" uuid,
	"by_kind" "pipeline_actor_kind" NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"reason_code" text,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "pipeline_transitions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "student_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"college_id" uuid NOT NULL,
	"name_latin" text NOT NULL,
	"name_cyrillic" text NOT NULL,
	"name_katakana" text NOT NULL,
	"department" text NOT NULL,
	"graduation_year" integer NOT NULL,
	"jlpt_level" "jlpt_level" NOT NULL,
	"jlpt_date" date,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"companies_of_interest" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"status" "pipeline_status" DEFAULT 'applied' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "student_applications_program_user_unique" UNIQUE("program_id","user_id"),
	CONSTRAINT "student_applications_graduation_year_check" CHECK ("student_applications"."graduation_year" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "student_applications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pipeline_transitions" ADD CONSTRAINT "pipeline_transitions_application_id_student_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."student_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pipeline_transitions" ADD CONSTRAINT "pipeline_transitions_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_applications" ADD CONSTRAINT "student_applications_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_applications" ADD CONSTRAINT "student_applications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_applications" ADD CONSTRAINT "student_applications_college_id_organizations_id_fk" FOREIGN KEY ("college_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consents_active_unique" ON "consents" USING btree ("user_id","program_id") WHERE "consents"."withdrawn_at" is null;--> statement-breakpoint
CREATE INDEX "pipeline_transitions_application_idx" ON "pipeline_transitions" USING btree ("application_id","id");--> statement-breakpoint
CREATE INDEX "student_applications_college_idx" ON "student_applications" USING btree ("program_id","college_id");--> statement-breakpoint
CREATE POLICY "consents_by_program" ON "consents" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("consents"."program_id")) WITH CHECK (kakehashi_program_visible("consents"."program_id"));--> statement-breakpoint
CREATE POLICY "pipeline_transitions_by_application" ON "pipeline_transitions" AS PERMISSIVE FOR ALL TO public USING (exists (select 1 from student_applications a where a.id = "pipeline_transitions"."application_id")) WITH CHECK (exists (select 1 from student_applications a where a.id = "pipeline_transitions"."application_id"));--> statement-breakpoint
CREATE POLICY "student_applications_by_program" ON "student_applications" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("student_applications"."program_id")) WITH CHECK (kakehashi_program_visible("student_applications"."program_id"));