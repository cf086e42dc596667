import type { HostApplicationView, HostCallView } from '../../contracts/host-calls.ts';
import { weightedScore, type RubricCriterion } from '../../domain/host-calls/host-call.ts';
import type { LocalizedText } from '../../domain/shared/localized-text.ts';
import type { HostApplicationRow, HostCallRow } from '../repositories/host-calls.repository.ts';

export function presentHostCall(row: HostCallRow, operatorName: LocalizedText | undefined): HostCallView {
  return {
    id: row.id,
    programId: row.programId,
    operatorId: row.operatorId,
    operatorName: operatorName ?? {},
    deadline: row.deadline.toISOString(),
    internCapPerCompany: row.internCapPerCompany,
    questions: row.questions,
    rubric: row.rubric,
    status: row.status,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The scores are the operator's working notes: a company sees its decision and reason, not them. */
export function presentHostApplication(row: HostApplicationRow, companyName: LocalizedText | undefined, rubric: RubricCriterion[], forOperator: boolean): HostApplicationView {
  return {
    id: row.id,
    callId: row.callId,
    programId: row.programId,
    companyId: row.companyId,
    companyName: companyName ?? {},
    industry: row.industry,
    employeeCount: row.employeeCount,
    city: row.city,
    positions: row.positions,
    skills: row.skills,
    interviewerNames: row.interviewerNames,
    interviewerCount: row.interviewerCount,
    canHostInInternshipPeriod: row.canHostInInternshipPeriod,
    wantsToHire: row.wantsToHire,
    answers: row.answers,
    scores: forOperator ? row.scores : null,
    weightedScore: forOperator && row.scores ? weightedScore(row.scores, rubric) : null,
    decision: row.decision,
    decisionReason: row.decisionReason,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
