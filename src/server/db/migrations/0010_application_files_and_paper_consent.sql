CREATE TYPE "public"."application_file_kind" AS ENUM('cv', 'portfolio');--> statement-breakpoint
CREATE TYPE "public"."consent_channel" AS ENUM('self', 'college_paper_form');--> statement-breakpoint
CREATE TABLE "application_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" "application_file_kind" NOT NULL,
	"storage_name" text NOT NULL,
	"original_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_files_storage_name_unique" UNIQUE("storage_name"),
	CONSTRAINT "application_files_size_check" CHECK ("application_files"."size_bytes" > 0)
);
--> statement-breakpoint
ALTER TABLE "application_files" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "channel" "consent_channel" DEFAULT 'self' NOT NULL;--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "recorded_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_application_id_student_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."student_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_files_application_idx" ON "application_files" USING btree ("application_id","kind");--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "application_files_by_application" ON "application_files" AS PERMISSIVE FOR ALL TO public USING (exists (select 1 from student_applications a where a.id = "application_files"."application_id")) WITH CHECK (exists (select 1 from student_applications a where a.id = "application_files"."application_id"));