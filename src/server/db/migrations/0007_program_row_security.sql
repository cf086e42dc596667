-- Row-level security on programs and everything in them, keyed on the operator: defence in
-- depth under the access policy. Each connection says whose request it serves in the setting
-- kakehashi.actor_organizations (db/actor-scope.ts): the comma-separated organizations of the
-- signed-in person, '*' for the system's own work (demo seed, migrations' data steps), and
-- nothing at all (unset or empty) sees no program. A program is visible to the members of its
-- operator and of every organization taking part in it; changes must stay within that.
-- The app connects as a role without BYPASSRLS; the functions below run as the schema owner,
-- to whom the policies do not apply, so they can look at programs without recursing.
CREATE FUNCTION kakehashi_actor_organizations() RETURNS uuid[]
LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN current_setting('kakehashi.actor_organizations', true) IS NULL THEN '{}'::uuid[]
    WHEN current_setting('kakehashi.actor_organizations', true) IN ('', '*') THEN '{}'::uuid[]
    ELSE string_to_array(current_setting('kakehashi.actor_organizations', true), ',')::uuid[]
  END
$$;--> statement-breakpoint
CREATE FUNCTION kakehashi_acting_as_system() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('kakehashi.actor_organizations', true), '') = '*'
$$;--> statement-breakpoint
CREATE FUNCTION kakehashi_program_visible(program uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT kakehashi_acting_as_system() OR EXISTS (
    SELECT 1 FROM programs p
    WHERE p.id = program
      AND (p.operator_id = ANY (kakehashi_actor_organizations())
        OR EXISTS (SELECT 1 FROM participations pa WHERE pa.program_id = p.id AND pa.organization_id = ANY (kakehashi_actor_organizations())))
  )
$$;--> statement-breakpoint
ALTER TABLE programs ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
-- The operator's own test comes first: it is cheap, and it is the only one a row being
-- inserted (RETURNING it) can pass, since the lookup function does not see it yet. A new
-- program must be its creator's operator's; an existing one stays writable by whoever sees it.
CREATE POLICY programs_by_operator ON programs
  USING (kakehashi_acting_as_system() OR operator_id = ANY (kakehashi_actor_organizations()) OR kakehashi_program_visible(id))
  WITH CHECK (kakehashi_acting_as_system() OR operator_id = ANY (kakehashi_actor_organizations()) OR kakehashi_program_visible(id));--> statement-breakpoint
ALTER TABLE phases ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY phases_by_operator ON phases USING (kakehashi_program_visible(program_id)) WITH CHECK (kakehashi_program_visible(program_id));--> statement-breakpoint
ALTER TABLE cohorts ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY cohorts_by_operator ON cohorts USING (kakehashi_program_visible(program_id)) WITH CHECK (kakehashi_program_visible(program_id));--> statement-breakpoint
ALTER TABLE participations ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY participations_by_operator ON participations USING (kakehashi_program_visible(program_id)) WITH CHECK (kakehashi_program_visible(program_id));
