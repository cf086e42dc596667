import type { Actor } from '../access/roles.ts';

// What the audit trail records: who did what to which record, when and from where. Field
// names only, never their values, so the trail itself holds no personal data.
// Invitations are `invite`d, `accept`ed and `revoke`d; people are `deactivate`d and `reactivate`d.
// A sensitive field shown in the clear is `read_sensitive`; an attempt the policy refused is
// `read_sensitive_refused`, so probing for documents leaves a trace too.
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'archive', 'restore', 'read_sensitive', 'invite', 'accept', 'revoke', 'deactivate', 'reactivate', 'read_sensitive_refused'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** `user` is a person (the users table): the subject of deactivation. */
export const AUDITED_RESOURCES = ['organization', 'program', 'phase', 'cohort', 'participation', 'invitation', 'user', 'identity_document', 'consent', 'student_application', 'host_call', 'host_application', 'application_file', 'course', 'course_module', 'learning_material', 'lecture_session', 'attendance', 'attendance_rule', 'interview_fair', 'fair_interview', 'interview_evaluation', 'matching_round', 'rank_list', 'matching_result', 'housing_unit', 'stay', 'housing_agreement', 'loan_contract', 'intern_arrival', 'arrival_task', 'housing_request', 'internship_plan', 'internship_day', 'internship_incident', 'report_meeting', 'report_presentation', 'presentation_score', 'hiring_application', 'job_offer', 'employment', 'residence_case', 'residence_step', 'check_in', 'company_readiness', 'visa_pack', 'population_series', 'funded_project', 'project_activity', 'project_indicator', 'indicator_actual', 'budget_line', 'project_expense'] as const;
export type AuditedResource = (typeof AUDITED_RESOURCES)[number];

export type AuditEntry = {
  action: AuditAction;
  resourceType: AuditedResource;
  resourceId: string;
  fields?: string[];
};

/** Who and from where: filled from the request by the HTTP adapter. */
export type RequestContext = {
  /** The signed-in person and their memberships; null for system jobs such as the demo seed. */
  actor: Actor | null;
  actorUserId: string | null;
  clientAddress: string | null;
  requestId: string | null;
};

export const SYSTEM_CONTEXT: RequestContext = { actor: null, actorUserId: null, clientAddress: null, requestId: null };

/** The names of the fields a patch changes (its version is bookkeeping, not a change). */
export function changedFields(patch: Record<string, unknown>): string[] {
  return Object.keys(patch)
    .filter((k) => k !== 'version' && patch[k] !== undefined)
    .sort();
}
