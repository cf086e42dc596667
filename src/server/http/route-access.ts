// Every route declares who may call it (config.access); the app refuses to start with an API
// route that does not. The checks themselves are the domain policy's `can`, asked here and
// nowhere else in a handler: resources the actor may not even see answer 404, so another
// operator's records do not reveal that they exist; visible ones the actor may not change
// answer 403.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { can, importCollegeFor, type Action, type Resource } from '../../domain/access/policy.ts';
import type { MembershipRole } from '../../domain/access/roles.ts';
import { AppError, forbidden, invalid, notFound } from '../../domain/errors/app-error.ts';
import type { Db } from '../db/database.ts';
import { programReportsFacts, type ReportRecord } from '../repositories/access-facts.repository.ts';
import { applicationFacts, applicationFilesFacts, fairFacts, arrivalTaskFacts, internshipPlanFacts, reportPresentationFacts, visaPackFacts, hiringApplicationFacts, employmentFacts, housingAgreementFacts, housingRequestFacts, housingUnitFacts, loanContractFacts, programHousingFacts, matchingRoundFacts, fairInterviewFacts, hostApplicationFacts, hostCallFacts, invitationFacts, organizationFacts, personFacts, programFacts, programStudentFacts } from '../repositories/access-facts.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { programIdOfLectureRecord } from '../repositories/lectures.repository.ts';
import { partnerOfUnit, programOfStay } from '../repositories/housing.repository.ts';
import type { SignedInActor } from './authenticate.ts';
import { contextOf } from './request-context.ts';

export type RouteAccess =
  /** Anyone, signed in or not (sign-in itself, health checks, invitation links). */
  | { kind: 'public' }
  /** Any signed-in person, about themselves; `duringTwoFactorSetup` keeps it open to an admin who must still enrol. */
  | { kind: 'signedIn'; duringTwoFactorSetup?: boolean }
  /** A list the service scopes to what the actor may see (policy.programScope and friends). */
  | { kind: 'scopedList' }
  /** The program in params.id. */
  | { kind: 'program'; action: Action }
  /** The organization in params.id. */
  | { kind: 'organization'; action: Action }
  /** A new program for the operator in body.operatorId. */
  | { kind: 'newProgram' }
  | { kind: 'newOrganization' }
  /** Operator administrators; the service scopes the data to their own operator. */
  | { kind: 'operatorAdmin' }
  /** An invitation into body.organizationId for body.role, or for the route's fixed `role` (class lists). */
  | { kind: 'newInvitation'; role?: MembershipRole }
  /** The invitation in params.id. */
  | { kind: 'invitation'; action: Action }
  /** The person in params.userId. */
  | { kind: 'person'; action: Action }
  /** The identity documents of the person in params.userId; refused reveals leave an audit event too. */
  | { kind: 'identity'; action: 'read' | 'update'; auditRefusal?: boolean }
  /** The program in params.id, as a student of one of its sending colleges (consent, applying). */
  | { kind: 'programStudent' }
  /** The student application in params.id. */
  | { kind: 'application'; action: 'read' | 'update' }
  /** The CV and portfolio of the student application in params.id. */
  | { kind: 'applicationFiles'; action: 'read' | 'update' }
  /** The call for host companies in params.id; `create` is applying to it. */
  | { kind: 'hostCall'; action: 'read' | 'update' | 'create' }
  /** A company's application to a call in params.id; `select` is scoring and deciding (operators). */
  | { kind: 'hostApplication'; action: 'read' | 'update' | 'select' }
  /**
   * A lecture record in params.id (course, session, module, material), judged by its program:
   * hidden (404) from those who do not see the program; `update` is the program's operators'.
   */
  | { kind: 'lectureRecord'; record: LectureRecord; action: 'readPublic' | 'update' }
  /** A roster import into the program in params.id for the college in query.collegeId (or the coordinator's own); `read` is its template. */
  | { kind: 'applicationImport'; action: 'read' | 'create' }
  /** The interview fair in params.id: `readPublic` its participants, `update` its operators, `create` asking for an interview. */
  | { kind: 'fair'; action: 'readPublic' | 'update' | 'create' }
  | { kind: 'matchingRound'; action: 'readPublic' | 'update' | 'create' }
  /** The housing partner in params.id: `read` its units, `create` a unit. */
  | { kind: 'housingPartner'; action: 'read' | 'create' }
  /** The housing unit in params.id. */
  | { kind: 'housingUnit'; action: 'read' | 'update' }
  /** The housing of the program in params.id: `read`/`update` its operators' board, `readPublic` the occupancy calendar. */
  | { kind: 'programHousing'; action: 'read' | 'readPublic' | 'update' }
  /** The stay in params.id, changed by its program's operators. */
  | { kind: 'stay'; action: 'update' }
  /** The arrival task in params.id: `update` is ticking it (the operators, or the party that owns it). */
  | { kind: 'arrivalTask'; action: 'update' }
  /** The housing request in params.id: `update` answering it (the partner), `archive` withdrawing it. */
  | { kind: 'housingRequest'; action: 'update' | 'archive' }
  /** A new framework agreement between body.operatorId and body.partnerId. */
  | { kind: 'newHousingAgreement' }
  /** The framework agreement in params.id. */
  | { kind: 'housingAgreement'; action: 'read' | 'update' }
  /** The loan-for-use contract in params.id: `read` it, `update` (edit, send, reopen), `create` the signed scan. */
  | { kind: 'loanContract'; action: 'read' | 'update' | 'create' }
  /** The fair interview in params.id: `read` whoever takes part in it, `update` the operators, `archive` withdrawing it. */
  | { kind: 'fairInterview'; action: 'read' | 'update' | 'archive' }
  /** The evaluation of the fair interview in params.id: the interviewing company writes it, it and the operators read it. */
  | { kind: 'fairEvaluation'; action: 'read' | 'update' }
  /**
   * The internship plan in params.id, or the plan of the day or incident in params.id: `read` it,
   * `update` (planning, attendance, comments, incidents: the operators and the company),
   * `create` (the intern's own daily report).
   */
  | { kind: 'internshipPlan'; record: 'plan' | 'day' | 'incident'; action: 'read' | 'update' | 'create' }
  /** An intern's visa pack: `plan` when the id is the plan's (issuing, the list), `pack` when it is the pack's. */
  | { kind: 'visaPack'; record: 'plan' | 'pack'; action: 'read' | 'create' }
  /** The final presentation in params.id: `read` its slides, `update` upload them, `create` score the talk. */
  | { kind: 'reportPresentation'; action: 'read' | 'update' | 'create' }
  /**
   * The intern's application to a company in params.id, or the application of the offer in
   * params.id: `read`, `update` (steps, offers, withdrawing an offer), `create` (answering an offer).
   */
  | { kind: 'hiringApplication'; record: 'application' | 'offer'; action: 'read' | 'update' | 'create' }
  /** The employment in params.id: `read`, `update` (residence facts, retention), `create` (the employee's or the company's own answers and steps). */
  | { kind: 'employment'; action: 'read' | 'update' | 'create' }
  /**
   * The reports of a program, by the program in params.id or a record of its funded projects
   * there: hidden (404) from those who do not see the program; `read` its operators and funders,
   * `update` its operators (policy reports-policy.ts).
   */
  | { kind: 'programReports'; record?: ReportRecord; action: 'read' | 'update' };

export type LectureRecord = 'course' | 'session' | 'module' | 'material';
const LECTURE_RESOURCE: Record<LectureRecord, string> = { course: 'course', session: 'lecture_session', module: 'course_module', material: 'learning_material' };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

export type RouteEntry = { method: string; url: string; access: RouteAccess };

/** Paths served by plugins we do not write (the OpenAPI browser): public documentation. */
const PLUGIN_PREFIXES = ['/api/docs'];

export function registerRouteAccess(app: FastifyInstance, db: Db, routeTable: RouteEntry[]): void {
  app.addHook('onRoute', (route) => {
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    if (!route.url.startsWith('/api/') || PLUGIN_PREFIXES.some((p) => route.url.startsWith(p))) return;
    if (!access) throw new Error(`${String(route.method)} ${route.url} declares no access policy (config.access)`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeTable.push({ method, url: route.url, access });
  });

  // Before validation: the anonymous and the admins still owing two-step setup stop here.
  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || access.kind === 'public') return;
    if (!request.actor) throw new AppError('auth.required');
    if (request.actor.mustEnrollTwoFactor && !(access.kind === 'signedIn' && access.duringTwoFactorSetup)) {
      throw new AppError('auth.twoFactorSetupRequired');
    }
  });

  // After validation: params and body are well-formed, so resources can be looked up.
  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || access.kind === 'public' || !request.actor) return;
    await authorize(db, request, request.actor, access);
  });
}

async function authorize(db: Db, request: FastifyRequest, actor: SignedInActor, access: RouteAccess): Promise<void> {
  switch (access.kind) {
    case 'public':
    case 'signedIn':
    case 'scopedList':
      return;
    case 'operatorAdmin':
      if (!actor.memberships.some((m) => m.role === 'operator_admin')) throw forbidden();
      return;
    case 'newOrganization':
      if (!can(actor, 'create', { type: 'newOrganization' })) throw forbidden();
      return;
    case 'newProgram': {
      const operatorId = (request.body as { operatorId: string }).operatorId;
      if (!can(actor, 'create', { type: 'newProgram', operatorId })) throw forbidden();
      return;
    }
    case 'program': {
      const facts = await programFacts(db, idParam(request));
      if (!facts || !(can(actor, 'read', facts) || can(actor, 'readPublic', facts))) throw notFound('program');
      if (!can(actor, access.action, facts)) throw forbidden();
      return;
    }
    case 'organization': {
      const facts = await organizationFacts(db, idParam(request));
      if (!facts || !can(actor, 'readPublic', facts)) throw notFound('organization');
      if (!can(actor, access.action, facts)) throw forbidden();
      return;
    }
    case 'newInvitation': {
      const body = request.body as { organizationId: string; role?: MembershipRole };
      const organization = await organizationFacts(db, body.organizationId);
      if (!organization || !can(actor, 'readPublic', organization)) throw notFound('organization');
      if (!can(actor, 'create', { type: 'invitation', organization, role: access.role ?? body.role! })) throw forbidden();
      return;
    }
    case 'invitation':
      return readableThenAllowed(actor, await invitationFacts(db, idParam(request)), 'invitation', access.action);
    case 'person':
      return readableThenAllowed(actor, await personFacts(db, (request.params as { userId: string }).userId), 'user', access.action);
    case 'identity':
      return authorizeIdentity(db, request, actor, access);
    case 'programStudent': {
      const facts = await programStudentFacts(db, idParam(request));
      if (!facts || !(can(actor, 'read', facts.program) || can(actor, 'readPublic', facts.program))) throw notFound('program');
      if (!can(actor, 'create', facts)) throw forbidden();
      return;
    }
    case 'application':
      return readableThenAllowed(actor, await applicationFacts(db, idParam(request)), 'student_application', access.action);
    case 'applicationFiles':
      return readableThenAllowed(actor, await applicationFilesFacts(db, idParam(request)), 'student_application', access.action);
    case 'hostCall':
      return readableThenAllowed(actor, await hostCallFacts(db, idParam(request)), 'host_call', access.action);
    case 'applicationImport':
      return authorizeApplicationImport(db, request, actor, access.action);
    case 'hostApplication': {
      const facts = await hostApplicationFacts(db, idParam(request));
      if (access.action !== 'select') return readableThenAllowed(actor, facts, 'host_application', access.action);
      if (!facts || !can(actor, 'read', facts)) throw notFound('host_application');
      if (!can(actor, 'update', { type: 'hostSelection', application: facts })) throw forbidden();
      return;
    }
    case 'fair': {
      const facts = await fairFacts(db, idParam(request));
      if (!facts || !can(actor, 'readPublic', facts)) throw notFound('interview_fair');
      if (!can(actor, access.action, facts)) throw forbidden();
      return;
    }
    case 'fairInterview':
      return readableThenAllowed(actor, await fairInterviewFacts(db, idParam(request)), 'fair_interview', access.action);
    case 'matchingRound': {
      const facts = await matchingRoundFacts(db, idParam(request));
      if (!facts || !can(actor, 'readPublic', facts)) throw notFound('matching_round');
      if (!can(actor, access.action, facts)) throw forbidden();
      return;
    }
    case 'housingPartner': {
      const facts = await housingUnitFacts(db, idParam(request));
      if (!facts || !can(actor, 'read', facts)) throw notFound('organization');
      return;
    }
    case 'housingUnit': {
      const partnerId = await partnerOfUnit(db, idParam(request));
      const facts = partnerId ? await housingUnitFacts(db, partnerId) : null;
      if (!facts || !can(actor, access.action, facts)) throw notFound('housing_unit');
      return;
    }
    case 'programHousing':
      return authorizeProgramHousing(db, actor, idParam(request), access.action);
    case 'stay': {
      const programId = await programOfStay(db, idParam(request));
      if (!programId) throw notFound('stay');
      return authorizeProgramHousing(db, actor, programId, access.action, 'stay');
    }
    case 'internshipPlan':
      return readableThenAllowed(actor, await internshipPlanFacts(db, idParam(request), access.record), `internship_${access.record}`, access.action);
    case 'visaPack':
      return readableThenAllowed(actor, await visaPackFacts(db, idParam(request), access.record), 'visa_pack', access.action);
    case 'reportPresentation':
      return readableThenAllowed(actor, await reportPresentationFacts(db, idParam(request)), 'report_presentation', access.action);
    case 'hiringApplication':
      return readableThenAllowed(actor, await hiringApplicationFacts(db, idParam(request), access.record), access.record === 'offer' ? 'job_offer' : 'hiring_application', access.action);
    case 'employment':
      return readableThenAllowed(actor, await employmentFacts(db, idParam(request)), 'employment', access.action);
    case 'programReports': {
      const facts = await programReportsFacts(db, idParam(request), access.record);
      if (!facts || !(can(actor, 'read', facts.program) || can(actor, 'readPublic', facts.program))) throw notFound(access.record && access.record !== 'program' ? 'report_record' : 'program');
      if (!can(actor, access.action, facts)) throw forbidden();
      return;
    }
    case 'arrivalTask':
      return readableThenAllowed(actor, await arrivalTaskFacts(db, idParam(request)), 'arrival_task', access.action);
    case 'housingRequest':
      return readableThenAllowed(actor, await housingRequestFacts(db, idParam(request)), 'housing_request', access.action);
    case 'newHousingAgreement': {
      const body = request.body as { operatorId: string; partnerId: string };
      if (!can(actor, 'create', { type: 'housingAgreement', operatorId: body.operatorId, partnerId: body.partnerId })) throw forbidden();
      return;
    }
    case 'housingAgreement':
      return readableThenAllowed(actor, await housingAgreementFacts(db, idParam(request)), 'housing_agreement', access.action);
    case 'loanContract':
      return readableThenAllowed(actor, await loanContractFacts(db, idParam(request)), 'loan_contract', access.action);
    case 'fairEvaluation': {
      const interview = await fairInterviewFacts(db, idParam(request));
      if (!interview || !can(actor, 'read', interview)) throw notFound('fair_interview');
      if (!can(actor, access.action, { type: 'fairEvaluation', interview })) throw forbidden();
      return;
    }
    case 'lectureRecord': {
      const programId = await programIdOfLectureRecord(db, access.record, idParam(request));
      const facts = programId ? await programFacts(db, programId) : null;
      if (!facts || !can(actor, 'readPublic', facts)) throw notFound(LECTURE_RESOURCE[access.record]);
      if (!can(actor, access.action, facts)) throw forbidden();
      return;
    }
  }
}

/** Hidden (404) from those who do not see the program's housing at all; 403 for a partner asking for the operators' board. */
async function authorizeProgramHousing(db: Db, actor: SignedInActor, programId: string, action: 'read' | 'readPublic' | 'update', resource = 'program'): Promise<void> {
  const facts = await programHousingFacts(db, programId);
  if (!facts || !(can(actor, 'readPublic', facts) || can(actor, 'readPublic', facts.program))) throw notFound(resource);
  if (!can(actor, action, facts)) throw forbidden();
}

/** The program must be visible; an operator names a sending college, a coordinator may leave it to their own. */
async function authorizeApplicationImport(db: Db, request: FastifyRequest, actor: SignedInActor, action: 'read' | 'create'): Promise<void> {
  const facts = await programStudentFacts(db, idParam(request));
  if (!facts || !(can(actor, 'read', facts.program) || can(actor, 'readPublic', facts.program))) throw notFound('program');
  const requested = (request.query as { collegeId?: string } | undefined)?.collegeId;
  const collegeId = action === 'create' ? importCollegeFor(actor, facts.sendingCollegeIds, requested) : null;
  const resource = { type: 'applicationImport', program: facts.program, sendingCollegeIds: facts.sendingCollegeIds, collegeId } as const;
  if (can(actor, action, resource)) return;
  if (action === 'create' && can(actor, 'update', facts.program)) {
    // The program's own operators: what is wrong is the college they named (or did not).
    throw invalid([{ field: 'collegeId', code: collegeId === null ? 'required' : 'import.notSendingCollege' }]);
  }
  throw forbidden();
}

/** One's own documents, or those the policy allows; a refused reveal is recorded before it is answered. */
async function authorizeIdentity(db: Db, request: FastifyRequest, actor: SignedInActor, access: { action: 'read' | 'update'; auditRefusal?: boolean }): Promise<void> {
  const person = await personFacts(db, (request.params as { userId: string }).userId);
  if (person && can(actor, access.action, { type: 'identity', person })) return;
  if (person && access.auditRefusal) {
    const field = (request.body as { field?: string } | undefined)?.field;
    await recordAudit(db, contextOf(request), { action: 'read_sensitive_refused', resourceType: 'identity_document', resourceId: person.userId, fields: field ? [field] : [] });
  }
  if (!person || !(person.userId === actor.userId || can(actor, 'read', person))) throw notFound('user');
  throw forbidden();
}

/** 404 for what the actor may not even see, 403 for what they see but may not do. */
function readableThenAllowed(actor: SignedInActor, facts: Resource | null, name: string, action: Action): void {
  if (!facts || !can(actor, 'read', facts)) throw notFound(name);
  if (!can(actor, action, facts)) throw forbidden();
}

const idParam = (request: FastifyRequest) => (request.params as { id: string }).id;
