-- The dashboards' reads (issue 9 item 6): the same rows the reports read under row-level
-- security, but with the visibility of each program asked ONCE instead of once per row.
-- Under the policies of migration 0007 every row of student_applications, pipeline_transitions,
-- employments, fair_interviews, … calls kakehashi_program_visible(program_id), a SECURITY DEFINER
-- function that cannot be inlined: about 20 µs a row for an operator's staff, 60 µs for a
-- funder, two seconds for the 100,000 applications of the regions comparison.
--
-- Each function below runs as the schema owner (to whom the policies do not apply) and returns
-- only rows of programs for which kakehashi_program_visible(program) holds in the caller's
-- scope: exactly the rows the policies would let the caller read, nothing more. Every table
-- read here is guarded by that same predicate (pipeline_transitions through its application,
-- which is the application joined here; participations and programs by the program itself).
-- The functions take program (or operator) ids, never a scope: the scope is always the
-- caller's own setting, kakehashi.actor_organizations.

-- The unarchived programs of these operators the caller sees, with who operates and funds each.
CREATE FUNCTION kakehashi_report_programs(of_operators uuid[])
RETURNS TABLE (id uuid, operator_id uuid, fiscal_year integer, name jsonb, reported_figures jsonb, operator_ids uuid[], funder_ids uuid[])
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH visible AS (
    SELECT p.id, p.operator_id, p.fiscal_year, p.name, p.reported_figures
      FROM programs p
     WHERE p.operator_id = ANY (of_operators) AND p.archived_at IS NULL AND kakehashi_program_visible(p.id)
  ), parties AS (
    SELECT pa.program_id,
           array_agg(pa.organization_id) FILTER (WHERE pa.role = 'operator') AS operators,
           array_agg(pa.organization_id) FILTER (WHERE pa.role = 'funder') AS funders
      FROM participations pa
     WHERE pa.program_id IN (SELECT v.id FROM visible v) AND pa.role IN ('operator', 'funder')
     GROUP BY pa.program_id
  )
  SELECT v.id, v.operator_id, v.fiscal_year, v.name, v.reported_figures,
         ARRAY(SELECT v.operator_id UNION SELECT unnest(pt.operators)),
         coalesce(pt.funders, '{}')
    FROM visible v LEFT JOIN parties pt ON pt.program_id = v.id
   ORDER BY v.fiscal_year
$$;--> statement-breakpoint
-- How many applications of each program stopped furthest at each status, by college. The
-- visible programs are listed once (an init plan), then counted over the index
-- student_applications_funnel_idx (program_id, furthest_status, college_id).
CREATE FUNCTION kakehashi_report_furthest(of_programs uuid[])
RETURNS TABLE (program_id uuid, college_id uuid, status pipeline_status, students integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT a.program_id, a.college_id, a.furthest_status, count(*)::int
    FROM student_applications a
   WHERE a.program_id = ANY (ARRAY(SELECT v FROM unnest(of_programs) v WHERE kakehashi_program_visible(v)))
   GROUP BY a.program_id, a.furthest_status, a.college_id
$$;--> statement-breakpoint
CREATE FUNCTION kakehashi_report_employments(of_programs uuid[])
RETURNS TABLE (program_id uuid, company_id uuid, starts_on date, retention retention_status, retention_changed_on date)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT e.program_id, e.company_id, e.starts_on, e.retention, e.retention_changed_on
    FROM employments e
   WHERE e.program_id = ANY (ARRAY(SELECT v FROM unnest(of_programs) v WHERE kakehashi_program_visible(v)))
$$;--> statement-breakpoint
-- Per company: the students it interviewed at the fair, hosted, made an offer to and hired.
-- The program's test has no column in it: the planner runs it once, before any scan. An offer's
-- hiring application is read under its own program's test, as its policy would.
CREATE FUNCTION kakehashi_report_companies(of_program uuid)
RETURNS TABLE (company_id uuid, stage text, students integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT f.organization_id, 'interviewees', count(DISTINCT f.application_id)::int
    FROM fair_interviews f
   WHERE f.program_id = of_program AND f.status = 'approved' AND kakehashi_program_visible(of_program)
   GROUP BY f.organization_id
  UNION ALL
  SELECT i.company_id, 'interns', count(DISTINCT i.application_id)::int
    FROM internship_plans i
   WHERE i.program_id = of_program AND kakehashi_program_visible(of_program)
   GROUP BY i.company_id
  UNION ALL
  SELECT h.company_id, 'offers', count(DISTINCT h.application_id)::int
    FROM job_offers o JOIN hiring_applications h ON h.id = o.hiring_application_id
   WHERE o.program_id = of_program AND kakehashi_program_visible(of_program)
     AND (h.program_id = of_program OR kakehashi_program_visible(h.program_id))
   GROUP BY h.company_id
  UNION ALL
  SELECT e.company_id, 'hires', count(*)::int
    FROM employments e
   WHERE e.program_id = of_program AND kakehashi_program_visible(of_program)
   GROUP BY e.company_id
$$;--> statement-breakpoint
-- Each application of the program with the first time it moved to each status of the chain
-- (one row per application and status; a single row with no status for one that never moved).
-- Lateral, so that each application's moves are looked up by pipeline_transitions_application_idx
-- rather than all moves of all programs hashed.
CREATE FUNCTION kakehashi_report_histories(of_program uuid)
RETURNS TABLE (application_id uuid, applied_at timestamptz, status pipeline_status, first_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT a.id, a.created_at, m.status, m.first_at
    FROM student_applications a
    LEFT JOIN LATERAL (
      SELECT t."to" AS status, min(t.at) AS first_at
        FROM pipeline_transitions t
       WHERE t.application_id = a.id AND t."to" NOT IN ('withdrawn', 'declined')
       GROUP BY t."to"
    ) m ON true
   WHERE a.program_id = of_program AND kakehashi_program_visible(of_program)
$$;
