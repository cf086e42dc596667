CREATE TYPE "public"."attendance_method" AS ENUM('staff_tick', 'qr_scan');--> statement-breakpoint
CREATE TYPE "public"."attendance_status" AS ENUM('present', 'late', 'absent');--> statement-breakpoint
CREATE TYPE "public"."course_kind" AS ENUM('lecture_series', 'curriculum');--> statement-breakpoint
CREATE TYPE "public"."material_kind" AS ENUM('slides', 'video', 'document', 'exercise', 'link');--> statement-breakpoint
CREATE TABLE "attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"status" "attendance_status" NOT NULL,
	"method" "attendance_method" NOT NULL,
	"recorded_by_user_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_session_application_unique" UNIQUE("session_id","application_id")
);
--> statement-breakpoint
ALTER TABLE "attendance" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "attendance_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"minimum_sessions" integer NOT NULL,
	"late_after_minutes" integer DEFAULT 10 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_rules_program_unique" UNIQUE("program_id"),
	CONSTRAINT "attendance_rules_minimum_check" CHECK ("attendance_rules"."minimum_sessions" between 0 and 1000),
	CONSTRAINT "attendance_rules_late_check" CHECK ("attendance_rules"."late_after_minutes" between 0 and 600)
);
--> statement-breakpoint
ALTER TABLE "attendance_rules" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "course_modules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"position" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "course_modules" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"giving_organization_id" uuid NOT NULL,
	"language" text NOT NULL,
	"kind" "course_kind" DEFAULT 'lecture_series' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "courses_language_check" CHECK ("courses"."language" in ('ja', 'mn', 'en'))
);
--> statement-breakpoint
ALTER TABLE "courses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "learning_materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"module_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"url" text NOT NULL,
	"kind" "material_kind" NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "learning_materials" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "lecture_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"module_id" uuid,
	"date" date NOT NULL,
	"start_time" time NOT NULL,
	"time_zone" text DEFAULT 'Asia/Ulaanbaatar' NOT NULL,
	"duration_minutes" integer DEFAULT 90 NOT NULL,
	"room" text,
	"venue" text,
	"instructor_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lecture_sessions_duration_check" CHECK ("lecture_sessions"."duration_minutes" between 1 and 600)
);
--> statement-breakpoint
ALTER TABLE "lecture_sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "material_progress" (
	"material_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"completed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "material_progress_material_id_application_id_pk" PRIMARY KEY("material_id","application_id")
);
--> statement-breakpoint
ALTER TABLE "material_progress" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "session_roster" (
	"session_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_roster_session_id_application_id_pk" PRIMARY KEY("session_id","application_id")
);
--> statement-breakpoint
ALTER TABLE "session_roster" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_session_id_lecture_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."lecture_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_application_id_student_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."student_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_rules" ADD CONSTRAINT "attendance_rules_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_modules" ADD CONSTRAINT "course_modules_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "courses" ADD CONSTRAINT "courses_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "courses" ADD CONSTRAINT "courses_giving_organization_id_organizations_id_fk" FOREIGN KEY ("giving_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_materials" ADD CONSTRAINT "learning_materials_module_id_course_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."course_modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lecture_sessions" ADD CONSTRAINT "lecture_sessions_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lecture_sessions" ADD CONSTRAINT "lecture_sessions_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lecture_sessions" ADD CONSTRAINT "lecture_sessions_module_id_course_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."course_modules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_progress" ADD CONSTRAINT "material_progress_material_id_learning_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."learning_materials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_progress" ADD CONSTRAINT "material_progress_application_id_student_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."student_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_roster" ADD CONSTRAINT "session_roster_session_id_lecture_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."lecture_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_roster" ADD CONSTRAINT "session_roster_application_id_student_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."student_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attendance_application_idx" ON "attendance" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "course_modules_course_idx" ON "course_modules" USING btree ("course_id","position");--> statement-breakpoint
CREATE INDEX "courses_program_idx" ON "courses" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "learning_materials_module_idx" ON "learning_materials" USING btree ("module_id","position");--> statement-breakpoint
CREATE INDEX "lecture_sessions_program_idx" ON "lecture_sessions" USING btree ("program_id","date","start_time");--> statement-breakpoint
CREATE INDEX "lecture_sessions_course_idx" ON "lecture_sessions" USING btree ("course_id");--> statement-breakpoint
CREATE POLICY "attendance_by_session" ON "attendance" AS PERMISSIVE FOR ALL TO public USING (exists (select 1 from lecture_sessions s where s.id = "attendance"."session_id")) WITH CHECK (exists (select 1 from lecture_sessions s where s.id = "attendance"."session_id"));--> statement-breakpoint
CREATE POLICY "attendance_rules_by_program" ON "attendance_rules" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("attendance_rules"."program_id")) WITH CHECK (kakehashi_program_visible("attendance_rules"."program_id"));--> statement-breakpoint
CREATE POLICY "course_modules_by_course" ON "course_modules" AS PERMISSIVE FOR ALL TO public USING (exists (select 1 from courses c where c.id = "course_modules"."course_id")) WITH CHECK (exists (select 1 from courses c where c.id = "course_modules"."course_id"));--> statement-breakpoint
CREATE POLICY "courses_by_program" ON "courses" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("courses"."program_id")) WITH CHECK (kakehashi_program_visible("courses"."program_id"));--> statement-breakpoint
CREATE POLICY "learning_materials_by_module" ON "learning_materials" AS PERMISSIVE FOR ALL TO public USING (exists (select 1 from course_modules m where m.id = "learning_materials"."module_id")) WITH CHECK (exists (select 1 from course_modules m where m.id = "learning_materials"."module_id"));--> statement-breakpoint
CREATE POLICY "lecture_sessions_by_program" ON "lecture_sessions" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("lecture_sessions"."program_id")) WITH CHECK (kakehashi_program_visible("lecture_sessions"."program_id"));--> statement-breakpoint
CREATE POLICY "material_progress_by_application" ON "material_progress" AS PERMISSIVE FOR ALL TO public USING (exists (select 1 from student_applications a where a.id = "material_progress"."application_id")) WITH CHECK (exists (select 1 from student_applications a where a.id = "material_progress"."application_id"));--> statement-breakpoint
CREATE POLICY "session_roster_by_session" ON "session_roster" AS PERMISSIVE FOR ALL TO public USING (exists (select 1 from lecture_sessions s where s.id = "session_roster"."session_id")) WITH CHECK (exists (select 1 from lecture_sessions s where s.id = "session_roster"."session_id"));