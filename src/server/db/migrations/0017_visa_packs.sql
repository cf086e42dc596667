CREATE TYPE "public"."visa_pack_guarantor" AS ENUM('inviter', 'hostCompany');--> statement-breakpoint
CREATE TABLE "visa_packs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"issued_on" date NOT NULL,
	"planned_application_on" date,
	"guarantor" "visa_pack_guarantor" NOT NULL,
	"arrival_on" date NOT NULL,
	"departure_on" date NOT NULL,
	"content_encrypted" text NOT NULL,
	"issued_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visa_packs_application_check" CHECK ("visa_packs"."planned_application_on" is null or "visa_packs"."planned_application_on" >= "visa_packs"."issued_on"),
	CONSTRAINT "visa_packs_stay_check" CHECK ("visa_packs"."departure_on" >= "visa_packs"."arrival_on")
);
--> statement-breakpoint
ALTER TABLE "visa_packs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "address" jsonb;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "representative" jsonb;--> statement-breakpoint
ALTER TABLE "visa_packs" ADD CONSTRAINT "visa_packs_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visa_packs" ADD CONSTRAINT "visa_packs_plan_id_internship_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."internship_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visa_packs" ADD CONSTRAINT "visa_packs_issued_by_user_id_users_id_fk" FOREIGN KEY ("issued_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "visa_packs_plan_idx" ON "visa_packs" USING btree ("plan_id","issued_on");--> statement-breakpoint
CREATE POLICY "visa_packs_by_program" ON "visa_packs" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("visa_packs"."program_id")) WITH CHECK (kakehashi_program_visible("visa_packs"."program_id"));