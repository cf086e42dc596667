CREATE TYPE "public"."budget_category" AS ENUM('personnel', 'travel', 'equipment', 'training', 'housing', 'operations', 'other');--> statement-breakpoint
CREATE TYPE "public"."indicator_metric" AS ENUM('lectureSessions', 'lectureAttendees', 'interviewees', 'interns', 'offers', 'hires', 'retained12Months', 'hostCompanies');--> statement-breakpoint
CREATE TYPE "public"."indicator_unit" AS ENUM('people', 'companies', 'sessions', 'hours', 'percent', 'yen', 'count');--> statement-breakpoint
CREATE TABLE "budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"ordinal" smallint NOT NULL,
	"name" jsonb NOT NULL,
	"category" "budget_category" NOT NULL,
	"planned_yen" bigint NOT NULL,
	"in_kind" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_lines_ordinal_unique" UNIQUE("project_id","ordinal"),
	CONSTRAINT "budget_lines_planned_check" CHECK ("budget_lines"."planned_yen" >= 0)
);
--> statement-breakpoint
ALTER TABLE "budget_lines" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "funded_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"funder_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"budget_yen" bigint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funded_projects_period_check" CHECK ("funded_projects"."starts_on" <= "funded_projects"."ends_on"),
	CONSTRAINT "funded_projects_budget_check" CHECK ("funded_projects"."budget_yen" >= 0)
);
--> statement-breakpoint
ALTER TABLE "funded_projects" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "indicator_actuals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"value" numeric NOT NULL,
	"evidence" text NOT NULL,
	"entered_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_actuals_period_unique" UNIQUE("indicator_id","period_start","period_end"),
	CONSTRAINT "indicator_actuals_period_check" CHECK ("indicator_actuals"."period_start" <= "indicator_actuals"."period_end")
);
--> statement-breakpoint
ALTER TABLE "indicator_actuals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "population_series" (
	"operator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"working_age" integer NOT NULL,
	"forecast" boolean DEFAULT false NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "population_series_operator_id_year_pk" PRIMARY KEY("operator_id","year"),
	CONSTRAINT "population_series_year_check" CHECK ("population_series"."year" between 1900 and 2200),
	CONSTRAINT "population_series_working_age_check" CHECK ("population_series"."working_age" >= 0)
);
--> statement-breakpoint
CREATE TABLE "project_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"ordinal" smallint NOT NULL,
	"name" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_activities_ordinal_unique" UNIQUE("project_id","ordinal")
);
--> statement-breakpoint
ALTER TABLE "project_activities" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "project_expenses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"budget_line_id" uuid NOT NULL,
	"spent_on" date NOT NULL,
	"amount_yen" bigint NOT NULL,
	"description" text NOT NULL,
	"contributor_id" uuid,
	"entered_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_expenses_amount_check" CHECK ("project_expenses"."amount_yen" >= 0)
);
--> statement-breakpoint
ALTER TABLE "project_expenses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "project_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"activity_id" uuid,
	"ordinal" smallint NOT NULL,
	"name" jsonb NOT NULL,
	"unit" "indicator_unit" NOT NULL,
	"metric" "indicator_metric",
	"baseline" numeric DEFAULT 0 NOT NULL,
	"target" numeric NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_indicators_ordinal_unique" UNIQUE("project_id","ordinal")
);
--> statement-breakpoint
ALTER TABLE "project_indicators" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "publishes_aggregates" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "student_applications" ADD COLUMN "furthest_status" "pipeline_status" DEFAULT 'applied' NOT NULL;--> statement-breakpoint
ALTER TABLE "housing_agreements" ADD COLUMN "renewal_reminded_for" date;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_project_id_funded_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."funded_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funded_projects" ADD CONSTRAINT "funded_projects_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funded_projects" ADD CONSTRAINT "funded_projects_funder_id_organizations_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_actuals" ADD CONSTRAINT "indicator_actuals_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_actuals" ADD CONSTRAINT "indicator_actuals_indicator_id_project_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."project_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_actuals" ADD CONSTRAINT "indicator_actuals_entered_by_user_id_users_id_fk" FOREIGN KEY ("entered_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "population_series" ADD CONSTRAINT "population_series_operator_id_organizations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_activities" ADD CONSTRAINT "project_activities_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_activities" ADD CONSTRAINT "project_activities_project_id_funded_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."funded_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_expenses" ADD CONSTRAINT "project_expenses_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_expenses" ADD CONSTRAINT "project_expenses_budget_line_id_budget_lines_id_fk" FOREIGN KEY ("budget_line_id") REFERENCES "public"."budget_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_expenses" ADD CONSTRAINT "project_expenses_contributor_id_organizations_id_fk" FOREIGN KEY ("contributor_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_expenses" ADD CONSTRAINT "project_expenses_entered_by_user_id_users_id_fk" FOREIGN KEY ("entered_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_indicators" ADD CONSTRAINT "project_indicators_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_indicators" ADD CONSTRAINT "project_indicators_project_id_funded_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."funded_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_indicators" ADD CONSTRAINT "project_indicators_activity_id_project_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."project_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "funded_projects_program_idx" ON "funded_projects" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "project_expenses_line_idx" ON "project_expenses" USING btree ("budget_line_id","spent_on");--> statement-breakpoint
CREATE INDEX "student_applications_funnel_idx" ON "student_applications" USING btree ("program_id","furthest_status","college_id");--> statement-breakpoint
CREATE POLICY "budget_lines_by_program" ON "budget_lines" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("budget_lines"."program_id")) WITH CHECK (kakehashi_program_visible("budget_lines"."program_id"));--> statement-breakpoint
CREATE POLICY "funded_projects_by_program" ON "funded_projects" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("funded_projects"."program_id")) WITH CHECK (kakehashi_program_visible("funded_projects"."program_id"));--> statement-breakpoint
CREATE POLICY "indicator_actuals_by_program" ON "indicator_actuals" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("indicator_actuals"."program_id")) WITH CHECK (kakehashi_program_visible("indicator_actuals"."program_id"));--> statement-breakpoint
CREATE POLICY "project_activities_by_program" ON "project_activities" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("project_activities"."program_id")) WITH CHECK (kakehashi_program_visible("project_activities"."program_id"));--> statement-breakpoint
CREATE POLICY "project_expenses_by_program" ON "project_expenses" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("project_expenses"."program_id")) WITH CHECK (kakehashi_program_visible("project_expenses"."program_id"));--> statement-breakpoint
CREATE POLICY "project_indicators_by_program" ON "project_indicators" AS PERMISSIVE FOR ALL TO public USING (kakehashi_program_visible("project_indicators"."program_id")) WITH CHECK (kakehashi_program_visible("project_indicators"."program_id"));--> statement-breakpoint
-- The funnel counts students by the furthest status of the chain they reached (domain/reports/funnel.ts).
-- Kept here, on every change of status whichever code makes it: forward moves raise it, the
-- two ways out (withdrawn, declined) keep it, and a step back along the chain (a correction of
-- a move made by mistake) lowers it, since what was reached by mistake was not reached.
CREATE FUNCTION kakehashi_keep_furthest_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IN ('withdrawn', 'declined') THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' OR NEW.status > NEW.furthest_status THEN
    NEW.furthest_status := NEW.status;
  ELSIF OLD.status NOT IN ('withdrawn', 'declined') AND NEW.status < OLD.status THEN
    NEW.furthest_status := NEW.status;
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER student_applications_furthest_status BEFORE INSERT OR UPDATE OF status ON student_applications
  FOR EACH ROW EXECUTE FUNCTION kakehashi_keep_furthest_status();--> statement-breakpoint
UPDATE student_applications a SET furthest_status = reached.status
  FROM (
    SELECT a2.id, max(s.status) AS status
      FROM student_applications a2
      CROSS JOIN LATERAL (
        SELECT a2.status WHERE a2.status NOT IN ('withdrawn', 'declined')
        UNION ALL
        SELECT t."to" FROM pipeline_transitions t WHERE t.application_id = a2.id AND t."to" NOT IN ('withdrawn', 'declined')
      ) s(status)
     GROUP BY a2.id
  ) reached
 WHERE reached.id = a.id AND reached.status IS NOT NULL;
