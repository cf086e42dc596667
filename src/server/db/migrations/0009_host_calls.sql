CREATE TYPE "public"."host_call_status" AS ENUM('draft', 'open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."host_decision" AS ENUM('pending', 'accepted', 'declined');--> statement-breakpoint
CREATE TABLE "host_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"industry" text NOT NULL,
	"employee_count" integer NOT NULL,
	"city" text NOT NULL,
	"positions" text[] NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"interviewer_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"interviewer_count" integer NOT NULL,
	"can_host_in_internship_period" boolean NOT NULL,
	"wants_to_hire" boolean NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"scores" jsonb,
	"decision" "host_decision" DEFAULT 'pending' NOT NULL,
	"decision_reason" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "host_applications_call_company_unique" UNIQUE("call_id","company_id"),
	CONSTRAINT "host_applications_employee_count_check" CHECK ("host_applications"."employee_count" >= 1)
);
--> statement-breakpoint
ALTER TABLE "host_applications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "host_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"intern_cap_per_company" integer,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rubric" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "host_call_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "host_calls_program_unique" UNIQUE("program_id"),
	CONSTRAINT "host_calls_intern_cap_check" CHECK ("host_calls"."intern_cap_per_company" is null or "host_calls"."intern_cap_per_company" >= 0)
);
--> statement-breakpoint
ALTER TABLE "host_calls" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "host_applications" ADD CONSTRAINT "host_applications_call_id_host_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."host_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "host_applications" ADD CONSTRAINT "host_applications_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "host_applications" ADD CONSTRAINT "host_applications_company_id_organizations_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "host_applications" ADD CONSTRAINT "host_applications_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "host_calls" ADD CONSTRAINT "host_calls_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "host_calls" ADD CONSTRAINT "host_calls_operator_id_organizations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "host_applications_program_idx" ON "host_applications" USING btree ("program_id");--> statement-breakpoint
CREATE POLICY "host_applications_by_program_or_company" ON "host_applications" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("host_applications"."program_id") or "host_applications"."company_id" = any (kakehashi_actor_organizations())) WITH CHECK (kakehashi_program_visible("host_applications"."program_id") or "host_applications"."company_id" = any (kakehashi_actor_organizations()));--> statement-breakpoint
CREATE POLICY "host_calls_read" ON "host_calls" AS PERMISSIVE FOR SELECT TO public USING (kakehashi_program_visible("host_calls"."program_id") or ("host_calls"."status" <> 'draft' and cardinality(kakehashi_actor_organizations()) > 0));--> statement-breakpoint
CREATE POLICY "host_calls_write" ON "host_calls" AS PERMISSIVE FOR INSERT TO public WITH CHECK (kakehashi_program_visible("host_calls"."program_id"));--> statement-breakpoint
CREATE POLICY "host_calls_update" ON "host_calls" AS PERMISSIVE FOR UPDATE TO public USING (kakehashi_program_visible("host_calls"."program_id")) WITH CHECK (kakehashi_program_visible("host_calls"."program_id"));--> statement-breakpoint
CREATE POLICY "host_calls_delete" ON "host_calls" AS PERMISSIVE FOR DELETE TO public USING (kakehashi_program_visible("host_calls"."program_id"));