// The facts the access policy needs about one record, loaded in one query each.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { FairFacts, FairInterviewFacts } from '../../domain/access/fair-policy.ts';
import type { ArrivalFacts, HousingAgreementFacts, HousingRequestFacts, HousingUnitFacts, LoanContractFacts, ProgramHousingFacts } from '../../domain/access/housing-policy.ts';
import type { EmploymentFacts, HiringApplicationFacts } from '../../domain/access/hiring-policy.ts';
import type { InternshipPlanFacts, ReportPresentationFacts, VisaPackFacts } from '../../domain/access/internship-policy.ts';
import type { MatchingRoundFacts } from '../../domain/access/matching-policy.ts';
import type { ProgramReportsFacts } from '../../domain/access/reports-policy.ts';
import type { ApplicationFacts, ApplicationFilesFacts, HostApplicationFacts, HostCallFacts, InvitationFacts, OrganizationFacts, PersonFacts, ProgramFacts, ProgramStudentFacts } from '../../domain/access/policy.ts';
import { budgetLines, fundedProjects, indicatorActuals, projectActivities, projectExpenses, projectIndicators } from '../db/schema/index.ts';
import { consents, housingAgreements, housingRequests, loanContracts, fairCompanies, fairInterviews, hostApplications, hostCalls, interviewFairs, invitations, matchingCompanies, matchingRounds, memberships, organizations, participations, programs, studentApplications, users } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { taskOwnerFacts } from './arrivals.repository.ts';
import { listInterns } from './housing.repository.ts';
import { findPlan, planIdOf } from './internship.repository.ts';
import { findPresentation } from './report-meeting.repository.ts';
import { findEmployment, findHiringApplication, findOffer } from './hiring.repository.ts';

export async function programFacts(db: Executor, programId: string): Promise<ProgramFacts | null> {
  const rows = await db
    .select({
      operatorId: programs.operatorId,
      coOperatorIds: sql<string[]>`coalesce(array_agg(${participations.organizationId}) filter (where ${participations.role} = 'operator'), '{}')`,
      participantIds: sql<string[]>`coalesce(array_agg(${participations.organizationId}) filter (where ${participations.organizationId} is not null), '{}')`,
    })
    .from(programs)
    .leftJoin(participations, eq(participations.programId, programs.id))
    .where(eq(programs.id, programId))
    .groupBy(programs.id);
  const row = rows[0];
  if (!row) return null;
  return { type: 'program', operatorIds: [...new Set([row.operatorId, ...row.coOperatorIds])], participantIds: row.participantIds };
}

export async function organizationFacts(db: Executor, organizationId: string): Promise<OrganizationFacts | null> {
  const rows = await db
    .select({
      registeredBy: organizations.registeredBy,
      operatorIds: sql<string[]>`array(
        select distinct p.operator_id from ${participations} pa join ${programs} p on p.id = pa.program_id where pa.organization_id = ${organizationId}
        union
        select distinct op.organization_id from ${participations} pa join ${participations} op on op.program_id = pa.program_id and op.role = 'operator'
        where pa.organization_id = ${organizationId})`,
    })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  const row = rows[0];
  if (!row) return null;
  const operatorIds = new Set(row.operatorIds);
  if (row.registeredBy) operatorIds.add(row.registeredBy);
  return { type: 'organization', id: organizationId, operatorIdsOfItsPrograms: [...operatorIds] };
}

export async function invitationFacts(db: Executor, invitationId: string): Promise<InvitationFacts | null> {
  const [row] = await db.select({ organizationId: invitations.organizationId, role: invitations.role }).from(invitations).where(eq(invitations.id, invitationId));
  const organization = row ? await organizationFacts(db, row.organizationId) : null;
  return row && organization ? { type: 'invitation', organization, role: row.role } : null;
}

export async function personFacts(db: Executor, userId: string): Promise<PersonFacts | null> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!user) return null;
  const rows = await db.select({ organizationId: memberships.organizationId, role: memberships.role }).from(memberships).where(eq(memberships.userId, userId));
  const facts = await Promise.all(rows.map(async (m) => ({ organization: (await organizationFacts(db, m.organizationId))!, role: m.role })));
  return { type: 'person', userId, memberships: facts };
}

/** A program as its students see it: the colleges sending students, and its own operator. */
export async function programStudentFacts(db: Executor, programId: string): Promise<(ProgramStudentFacts & { operatorId: string }) | null> {
  const program = await programFacts(db, programId);
  if (!program) return null;
  const [row] = await db
    .select({
      operatorId: programs.operatorId,
      collegeIds: sql<string[]>`array(select pa.organization_id from ${participations} pa where pa.program_id = ${programId} and pa.role = 'sending_college')`,
    })
    .from(programs)
    .where(eq(programs.id, programId));
  return row ? { type: 'programStudent', program, sendingCollegeIds: row.collegeIds, operatorId: row.operatorId } : null;
}

/** An application with its program's facts and the recipients of the student's active consent. */
export async function applicationFacts(db: Executor, applicationId: string): Promise<ApplicationFacts | null> {
  const [row] = await db
    .select({
      programId: studentApplications.programId,
      userId: studentApplications.userId,
      collegeId: studentApplications.collegeId,
      companiesOfInterest: studentApplications.companiesOfInterest,
    })
    .from(studentApplications)
    .where(eq(studentApplications.id, applicationId));
  const program = row ? await programFacts(db, row.programId) : null;
  if (!row || !program) return null;
  const [consent] = await db
    .select({ recipientIds: consents.recipientIds })
    .from(consents)
    .where(and(eq(consents.userId, row.userId), eq(consents.programId, row.programId), isNull(consents.withdrawnAt)));
  return {
    type: 'application',
    program,
    studentUserId: row.userId,
    collegeId: row.collegeId,
    companiesOfInterest: row.companiesOfInterest,
    consentedRecipientIds: consent?.recipientIds ?? [],
  };
}

/** An application's files: the application's facts and whether it was withdrawn. */
export async function applicationFilesFacts(db: Executor, applicationId: string): Promise<ApplicationFilesFacts | null> {
  const application = await applicationFacts(db, applicationId);
  if (!application) return null;
  const [row] = await db.select({ status: studentApplications.status }).from(studentApplications).where(eq(studentApplications.id, applicationId));
  return { type: 'applicationFiles', application, withdrawn: row?.status === 'withdrawn' };
}

/**
 * The program's facts as the actor's connection sees them; a company that does not take part
 * in the program cannot read it (row-level security), so the call's copy of its operator stands in.
 */
async function programFactsOrOperator(db: Executor, programId: string, operatorId: string): Promise<ProgramFacts> {
  return (await programFacts(db, programId)) ?? { type: 'program', operatorIds: [operatorId], participantIds: [] };
}

/** A call for host companies with its program's facts. */
export async function hostCallFacts(db: Executor, callId: string): Promise<HostCallFacts | null> {
  const [row] = await db.select({ programId: hostCalls.programId, operatorId: hostCalls.operatorId, status: hostCalls.status }).from(hostCalls).where(eq(hostCalls.id, callId));
  if (!row) return null;
  return { type: 'hostCall', program: await programFactsOrOperator(db, row.programId, row.operatorId), status: row.status };
}

/** A company's application to a call, with its program's facts. */
export async function hostApplicationFacts(db: Executor, applicationId: string): Promise<HostApplicationFacts | null> {
  const [row] = await db
    .select({ programId: hostApplications.programId, companyId: hostApplications.companyId, operatorId: hostCalls.operatorId })
    .from(hostApplications)
    .innerJoin(hostCalls, eq(hostCalls.id, hostApplications.callId))
    .where(eq(hostApplications.id, applicationId));
  if (!row) return null;
  return { type: 'hostApplication', program: await programFactsOrOperator(db, row.programId, row.operatorId), companyId: row.companyId };
}

/** An interview fair: its program's facts, the program's sending colleges and the fair's companies. */
export async function fairFacts(db: Executor, fairId: string): Promise<FairFacts | null> {
  const [row] = await db
    .select({
      programId: interviewFairs.programId,
      // Parameters, not columns: inside a subquery drizzle would name a bare "id" of the inner table.
      collegeIds: sql<string[]>`array(select pa.organization_id from ${participations} pa join ${interviewFairs} f on f.program_id = pa.program_id where f.id = ${fairId} and pa.role = 'sending_college')`,
      companyIds: sql<string[]>`array(select fc.organization_id from ${fairCompanies} fc where fc.fair_id = ${fairId} order by fc.position)`,
    })
    .from(interviewFairs)
    .where(eq(interviewFairs.id, fairId));
  const program = row ? await programFacts(db, row.programId) : null;
  if (!row || !program) return null;
  return { type: 'fair', program, sendingCollegeIds: row.collegeIds, companyIds: row.companyIds };
}

/** A matching round: its program, the program's sending colleges and the round's companies. */
export async function matchingRoundFacts(db: Executor, roundId: string): Promise<MatchingRoundFacts | null> {
  const [row] = await db
    .select({
      programId: matchingRounds.programId,
      collegeIds: sql<string[]>`array(select pa.organization_id from ${participations} pa join ${matchingRounds} r on r.program_id = pa.program_id where r.id = ${roundId} and pa.role = 'sending_college')`,
      companyIds: sql<string[]>`array(select mc.organization_id from ${matchingCompanies} mc where mc.round_id = ${roundId} order by mc.position)`,
    })
    .from(matchingRounds)
    .where(eq(matchingRounds.id, roundId));
  const program = row ? await programFacts(db, row.programId) : null;
  if (!row || !program) return null;
  return { type: 'matchingRound', program, sendingCollegeIds: row.collegeIds, companyIds: row.companyIds };
}

/** One interview of a fair: the fair's facts, the company, the student and their active consent's recipients. */
export async function fairInterviewFacts(db: Executor, interviewId: string): Promise<FairInterviewFacts | null> {
  const [row] = await db
    .select({ fairId: fairInterviews.fairId, companyId: fairInterviews.organizationId, applicationId: fairInterviews.applicationId })
    .from(fairInterviews)
    .where(eq(fairInterviews.id, interviewId));
  const fair = row ? await fairFacts(db, row.fairId) : null;
  const application = row ? await applicationFacts(db, row.applicationId) : null;
  if (!row || !fair || !application) return null;
  return { type: 'fairInterview', fair, companyId: row.companyId, studentUserId: application.studentUserId, collegeId: application.collegeId, consentedRecipientIds: application.consentedRecipientIds };
}

/** A program's housing: the program and its housing partners. */
export async function programHousingFacts(db: Executor, programId: string): Promise<ProgramHousingFacts | null> {
  const program = await programFacts(db, programId);
  if (!program) return null;
  const partners = await db
    .select({ id: participations.organizationId })
    .from(participations)
    .where(and(eq(participations.programId, programId), eq(participations.role, 'housing_partner')));
  return { type: 'programHousing', program, partnerIds: partners.map((p) => p.id) };
}

/** A housing partner's unit (or the partner itself, for a new unit), with the operators of the partner's programs. */
export async function housingUnitFacts(db: Executor, partnerId: string): Promise<HousingUnitFacts | null> {
  const partner = await organizationFacts(db, partnerId);
  return partner ? { type: 'housingUnit', partnerId, operatorIdsOfItsPrograms: partner.operatorIdsOfItsPrograms } : null;
}

export async function housingAgreementFacts(db: Executor, agreementId: string): Promise<HousingAgreementFacts | null> {
  const [row] = await db.select({ operatorId: housingAgreements.operatorId, partnerId: housingAgreements.partnerId }).from(housingAgreements).where(eq(housingAgreements.id, agreementId));
  return row ? { type: 'housingAgreement', ...row } : null;
}

export async function loanContractFacts(db: Executor, contractId: string): Promise<LoanContractFacts | null> {
  const [row] = await db
    .select({ programId: loanContracts.programId, status: loanContracts.status, partnerId: housingAgreements.partnerId })
    .from(loanContracts)
    .innerJoin(housingAgreements, eq(housingAgreements.id, loanContracts.agreementId))
    .where(eq(loanContracts.id, contractId));
  const housing = row ? await programHousingFacts(db, row.programId) : null;
  return row && housing ? { type: 'loanContract', housing, partnerId: row.partnerId, status: row.status } : null;
}

/** One arrival task: the intern's checklist and the party that owns the task. */
export async function arrivalTaskFacts(db: Executor, taskId: string): Promise<ArrivalFacts | null> {
  const owner = await taskOwnerFacts(db, taskId);
  const program = owner ? await programFacts(db, owner.programId) : null;
  const [intern] = owner ? await listInterns(db, owner.programId, [owner.applicationId]) : [];
  return owner && program && intern ? { type: 'arrival', program, studentUserId: intern.userId, companyId: intern.companyId, collegeId: intern.collegeId, owner: owner.owner } : null;
}

export async function housingRequestFacts(db: Executor, requestId: string): Promise<HousingRequestFacts | null> {
  const [row] = await db.select({ programId: housingRequests.programId, companyId: housingRequests.companyId, partnerId: housingRequests.partnerId }).from(housingRequests).where(eq(housingRequests.id, requestId));
  const program = row ? await programFacts(db, row.programId) : null;
  return row && program ? { type: 'housingRequest', program, companyId: row.companyId, partnerId: row.partnerId } : null;
}

/** An intern's plan, or the plan of one of its days or incidents. */
export async function internshipPlanFacts(db: Executor, id: string, record: 'plan' | 'day' | 'incident' = 'plan'): Promise<InternshipPlanFacts | null> {
  const planId = record === 'plan' ? id : await planIdOf(db, record, id);
  const found = planId ? await findPlan(db, planId) : null;
  const program = found ? await programFacts(db, found.plan.programId) : null;
  return found && program ? { type: 'internshipPlan', program, studentUserId: found.studentUserId, companyId: found.plan.companyId, collegeId: found.collegeId } : null;
}

/** A visa pack's plan ('pack': the id is the pack's; 'plan': the plan's). */
export async function visaPackFacts(db: Executor, id: string, record: 'plan' | 'pack'): Promise<VisaPackFacts | null> {
  const planId = record === 'plan' ? id : await planIdOf(db, 'visaPack', id);
  const plan = planId ? await internshipPlanFacts(db, planId) : null;
  return plan ? { type: 'visaPack', plan } : null;
}

export async function reportPresentationFacts(db: Executor, presentationId: string): Promise<ReportPresentationFacts | null> {
  const found = await findPresentation(db, presentationId);
  const program = found ? await programFacts(db, found.talk.programId) : null;
  return found && program ? { type: 'reportPresentation', program, studentUserId: found.studentUserId } : null;
}

/** An intern's application to a company, or the application of one of its offers. */
export async function hiringApplicationFacts(db: Executor, id: string, record: 'application' | 'offer' = 'application'): Promise<HiringApplicationFacts | null> {
  const applicationId = record === 'application' ? id : ((await findOffer(db, id))?.hiringApplicationId ?? null);
  const found = applicationId ? await findHiringApplication(db, applicationId) : null;
  const program = found ? await programFacts(db, found.row.programId) : null;
  return found && program ? { type: 'hiringApplication', program, studentUserId: found.studentUserId, companyId: found.row.companyId, collegeId: found.collegeId } : null;
}

export async function employmentFacts(db: Executor, id: string): Promise<EmploymentFacts | null> {
  const found = await findEmployment(db, id);
  const program = found ? await programFacts(db, found.row.programId) : null;
  return found && program ? { type: 'employment', program, studentUserId: found.studentUserId, companyId: found.row.companyId } : null;
}

/** The records of a program's reports that a route names by id; each carries its program. */
export type ReportRecord = 'program' | 'project' | 'activity' | 'indicator' | 'actual' | 'budgetLine' | 'expense';
const REPORT_TABLES = { project: fundedProjects, activity: projectActivities, indicator: projectIndicators, actual: indicatorActuals, budgetLine: budgetLines, expense: projectExpenses } as const;

/** A program's reports, judged by the program, with the organizations that fund it. */
export async function programReportsFacts(db: Executor, id: string, record: ReportRecord = 'program'): Promise<ProgramReportsFacts | null> {
  const programId = record === 'program' ? id : await programIdOfReportRecord(db, record, id);
  const program = programId ? await programFacts(db, programId) : null;
  if (!programId || !program) return null;
  const funders = await db
    .select({ id: participations.organizationId })
    .from(participations)
    .where(and(eq(participations.programId, programId), eq(participations.role, 'funder')));
  return { type: 'programReports', program, funderIds: funders.map((f) => f.id) };
}

async function programIdOfReportRecord(db: Executor, record: Exclude<ReportRecord, 'program'>, id: string): Promise<string | null> {
  const table = REPORT_TABLES[record];
  const rows = await db.select({ programId: table.programId }).from(table).where(eq(table.id, id));
  return rows[0]?.programId ?? null;
}
