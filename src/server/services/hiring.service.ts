// Hiring after the internship (issue 8 item 3): an intern applies to a host company (or the
// operator records it for them); the company moves the application through its steps; it makes
// an offer (内定) with conditions, a date of issue and an expiry; the student accepts or declines;
// the company or the operator may withdraw an offer not yet answered, which stays on record. The
// student's pipeline follows (intern → offered on the first offer, offered → hired on
// acceptance, as the transition table allows); acceptance starts the employment and its
// residence paperwork.
import type { HiringApplicationInput, HiringApplicationPatch, HiringApplicationView, HiringBoard, OfferInput, OfferView } from '../../contracts/hiring.ts';
import { hiringViewer, readsInternalNote, type HiringViewer } from '../../domain/access/hiring-policy.ts';
import type { HiringApplicationFacts } from '../../domain/access/hiring-policy.ts';
import { forbidden } from '../../domain/errors/app-error.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { changedFields, type RequestContext } from '../../domain/audit/audit-event.ts';
import { AppError, duplicate, invalid, notFound, versionConflict } from '../../domain/errors/app-error.ts';
import { answerRefusal, offerState, withdrawRefusal } from '../../domain/hiring/offers.ts';
import type { PipelineStatus } from '../../domain/pipeline/pipeline-status.ts';
import type { ActorKind } from '../../domain/pipeline/pipeline-status.ts';
import { ruleFor } from '../../domain/pipeline/transition-table.ts';
import { japanDate } from '../../domain/shared/japan-time.ts';
import type { Db } from '../db/database.ts';
import { programFacts } from '../repositories/access-facts.repository.ts';
import { findApplication, insertTransition, updateApplicationStatus } from '../repositories/applications.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Executor } from '../repositories/executor.ts';
import {
  employmentOfApplication,
  findHiringApplication,
  findOffer,
  insertCase,
  insertEmployment,
  insertHiringApplication,
  insertOffer,
  listHiringApplications,
  listOffers,
  updateHiringApplication,
  updateOffer,
  type HiringWithStudent,
  type OfferRow,
} from '../repositories/hiring.repository.ts';
import { organizationNames } from '../repositories/housing-parties.repository.ts';
import { listInterns, programParties } from '../repositories/housing.repository.ts';
import type { ResidenceRemindersService } from './residence-reminders.service.ts';


export class HiringService {
  constructor(
    private readonly db: Db,
    private readonly reminders: ResidenceRemindersService,
    private readonly now: () => Date,
  ) {}

  private today = () => japanDate(this.now());

  async board(actor: Actor, programId: string): Promise<HiringBoard> {
    const program = await programFacts(this.db, programId);
    if (!program) throw notFound('program');
    const rows = (await listHiringApplications(this.db, programId)).filter((r) => hiringViewer(actor, { program, studentUserId: r.studentUserId, companyId: r.row.companyId, collegeId: r.collegeId }) !== null);
    const items = await this.views(this.db, rows, (r) => hiringViewer(actor, { program, studentUserId: r.studentUserId, companyId: r.row.companyId, collegeId: r.collegeId }));
    const operator = hiringViewer(actor, { program, studentUserId: '', companyId: '' }) === 'operator';
    const interns = (await listInterns(this.db, programId)).filter((i) => (i.status === 'intern' || i.status === 'offered') && (operator || i.userId === actor.userId));
    const companies = (await programParties(this.db, programId, 'host_company')).map((c) => ({ id: c.id, name: c.name }));
    return { today: this.today(), items, canApply: interns.map((i) => ({ applicationId: i.applicationId, student: { nameLatin: i.nameLatin, nameCyrillic: i.nameCyrillic, nameKatakana: i.nameKatakana } })), companies };
  }

  /** The intern applies to a company (or an operator records it for them). */
  async apply(ctx: RequestContext, actor: Actor, programId: string, input: HiringApplicationInput): Promise<HiringApplicationView> {
    const program = await programFacts(this.db, programId);
    if (!program) throw notFound('program');
    const [intern] = await listInterns(this.db, programId, [input.applicationId]);
    if (!intern || (intern.status !== 'intern' && intern.status !== 'offered')) throw invalid([{ field: 'applicationId', code: 'hiring.notIntern' }]);
    const viewer = hiringViewer(actor, { program, studentUserId: intern.userId, companyId: input.companyId });
    if (viewer !== 'operator' && viewer !== 'student') throw forbidden();
    if (!(await programParties(this.db, programId, 'host_company')).some((c) => c.id === input.companyId)) throw invalid([{ field: 'companyId', code: 'hiring.notHostCompany' }]);
    const id = await this.db.transaction(async (tx) => {
      const created = await insertHiringApplication(tx, { programId, applicationId: input.applicationId, companyId: input.companyId, motivation: input.motivation });
      if (!created) throw duplicate('hiring_application', [{ field: 'companyId', code: 'hiring.alreadyApplied' }]);
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'hiring_application', resourceId: created.id, fields: ['companyId', 'motivation'] });
      return created.id;
    });
    return this.view(id, ctx.actor);
  }

  async update(ctx: RequestContext, id: string, patch: HiringApplicationPatch): Promise<HiringApplicationView> {
    const { version, ...changes } = patch;
    await this.db.transaction(async (tx) => {
      const found = await findHiringApplication(tx, id);
      if (!found) throw notFound('hiring_application');
      if ((await updateHiringApplication(tx, id, version, changes)) !== 'updated') throw versionConflict('hiring_application', found.row.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'hiring_application', resourceId: id, fields: changedFields(patch) });
    });
    return this.view(id, ctx.actor);
  }

  /** A job offer; the application is then at its decision, and the student `offered`. */
  async offer(ctx: RequestContext, id: string, input: OfferInput): Promise<HiringApplicationView> {
    await this.db.transaction(async (tx) => {
      const found = await findHiringApplication(tx, id);
      if (!found) throw notFound('hiring_application');
      if (found.row.outcome === 'rejected' || found.row.outcome === 'withdrawn') throw new AppError('hiring.applicationClosed');
      if ((await listOffers(tx, [id])).some((o) => o.status === 'issued' || o.status === 'accepted')) throw new AppError('hiring.offerPending');
      const offer = await insertOffer(tx, { programId: found.row.programId, hiringApplicationId: id, ...input });
      await updateHiringApplication(tx, id, found.row.version, { stage: 'decision', outcome: 'offered' });
      await this.movePipeline(tx, ctx, found.row.applicationId, 'offered', ctx.actor && hiringViewer(ctx.actor, await this.facts(found)) === 'company' ? 'host_company' : 'operator');
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'job_offer', resourceId: offer.id, fields: Object.keys(input).sort() });
    });
    return this.view(id, ctx.actor);
  }

  /** The student's answer; accepting starts the employment and its residence paperwork. */
  async answer(ctx: RequestContext, offerId: string, input: { version: number; accept: boolean }): Promise<HiringApplicationView> {
    const hiringId = await this.db.transaction(async (tx) => {
      const offer = await findOffer(tx, offerId);
      if (!offer) throw notFound('job_offer');
      const refusal = answerRefusal(offer, this.today());
      if (refusal) throw new AppError(refusal);
      const found = (await findHiringApplication(tx, offer.hiringApplicationId))!;
      if (input.accept && (await employmentOfApplication(tx, offer.programId, found.row.applicationId))) throw new AppError('hiring.alreadyHired');
      if ((await updateOffer(tx, offerId, input.version, { status: input.accept ? 'accepted' : 'declined', answeredAt: this.now() })) !== 'updated') throw versionConflict('job_offer', offer.version);
      if (input.accept) {
        const employment = await insertEmployment(tx, { programId: offer.programId, applicationId: found.row.applicationId, companyId: found.row.companyId, offerId, startsOn: offer.startsOn });
        const caseId = (await insertCase(tx, { programId: offer.programId, employmentId: employment.id })).id;
        await this.movePipeline(tx, ctx, found.row.applicationId, 'hired', 'student');
        await recordAudit(tx, ctx, { action: 'create', resourceType: 'employment', resourceId: employment.id, fields: ['offerId', 'startsOn'] });
        await this.reminders.schedule(caseId, tx);
      }
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'job_offer', resourceId: offerId, fields: ['status'] });
      return offer.hiringApplicationId;
    });
    return this.view(hiringId, ctx.actor);
  }

  async withdraw(ctx: RequestContext, offerId: string, input: { version: number; reason: string }): Promise<HiringApplicationView> {
    const hiringId = await this.db.transaction(async (tx) => {
      const offer = await findOffer(tx, offerId);
      if (!offer) throw notFound('job_offer');
      const refusal = withdrawRefusal(offer);
      if (refusal) throw new AppError(refusal);
      if ((await updateOffer(tx, offerId, input.version, { status: 'withdrawn', withdrawnReason: input.reason })) !== 'updated') throw versionConflict('job_offer', offer.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'job_offer', resourceId: offerId, fields: ['status', 'withdrawnReason'] });
      return offer.hiringApplicationId;
    });
    return this.view(hiringId, ctx.actor);
  }

  async facts(found: HiringWithStudent): Promise<HiringApplicationFacts> {
    const program = (await programFacts(this.db, found.row.programId))!;
    return { type: 'hiringApplication', program, studentUserId: found.studentUserId, companyId: found.row.companyId, collegeId: found.collegeId };
  }

  private async view(id: string, actor: Actor | null | undefined): Promise<HiringApplicationView> {
    const found = await findHiringApplication(this.db, id);
    if (!found) throw notFound('hiring_application');
    const facts = await this.facts(found);
    return (await this.views(this.db, [found], () => (actor ? hiringViewer(actor, facts) : null)))[0]!;
  }

  /** `viewerOf` tells who reads each row: the internal note goes only to those who may read it. */
  private async views(db: Executor, rows: HiringWithStudent[], viewerOf: (row: HiringWithStudent) => HiringViewer | null): Promise<HiringApplicationView[]> {
    const offers = await listOffers(db, rows.map((r) => r.row.id));
    const names = await organizationNames(db, [...new Set(rows.map((r) => r.row.companyId))]);
    const employments = new Map<string, string>();
    for (const r of rows) {
      const employment = await employmentOfApplication(db, r.row.programId, r.row.applicationId);
      if (employment && employment.companyId === r.row.companyId) employments.set(r.row.id, employment.id);
    }
    const today = this.today();
    return rows.map((r) => ({
      id: r.row.id,
      applicationId: r.row.applicationId,
      student: { nameLatin: r.nameLatin, nameCyrillic: r.nameCyrillic, nameKatakana: r.nameKatakana },
      company: { id: r.row.companyId, name: names.get(r.row.companyId) ?? {} },
      stage: r.row.stage,
      outcome: r.row.outcome,
      motivation: r.row.motivation,
      note: readsInternalNote(viewerOf(r)) ? r.row.note : '',
      offers: offers.filter((o) => o.hiringApplicationId === r.row.id).map((o) => offerView(o, today)),
      employmentId: employments.get(r.row.id) ?? null,
      version: r.row.version,
    }));
  }

  /** Moves the student's pipeline when the transition table allows it; otherwise leaves it (an earlier offer already moved it). */
  private async movePipeline(tx: Executor, ctx: RequestContext, applicationId: string, to: PipelineStatus, byKind: ActorKind): Promise<void> {
    const application = await findApplication(tx, applicationId);
    if (!application || application.status === to) return;
    const rule = ruleFor(application.status, to);
    if (!rule || !rule.actors.includes(byKind)) return;
    if ((await updateApplicationStatus(tx, applicationId, application.version, to)) !== 'updated') throw versionConflict('student_application', application.version);
    await insertTransition(tx, { applicationId, from: application.status, to, byUserId: ctx.actorUserId, byKind, at: this.now(), reasonCode: null, note: null });
  }
}

function offerView(o: OfferRow, today: string): OfferView {
  return {
    id: o.id,
    position: o.position,
    monthlySalaryYen: o.monthlySalaryYen,
    startsOn: o.startsOn,
    workplace: o.workplace,
    conditions: o.conditions,
    issuedOn: o.issuedOn,
    expiresOn: o.expiresOn,
    state: offerState(o, today),
    answeredAt: o.answeredAt?.toISOString() ?? null,
    withdrawnReason: o.withdrawnReason,
    version: o.version,
  };
}
