// After hiring (issue 7 item 6): a hiring company asks the housing partner for a flat for its new
// employee (someone it offered a job or hired); the request reaches the partner by mail and in
// its list; the partner accepts (naming a flat) or declines, and the company hears back. The
// operators see and may make every request of their program.
import type { HousingRequestAnswer, HousingRequestInput, HousingRequestView } from '../../contracts/housing.ts';
import { can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import { AppError, forbidden, invalid, notFound, versionConflict } from '../../domain/errors/app-error.ts';
import { isLanguage, pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import type { Db } from '../db/database.ts';
import { renderMail } from '../mail/render-mail.ts';
import type { Mailer } from '../mail/mailer.ts';
import { studentNameFor } from '../mail/matching-mail.ts';
import { translate } from '../i18n/server-i18n.ts';
import { programHousingFacts } from '../repositories/access-facts.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { findUnit, listInterns } from '../repositories/housing.repository.ts';
import { memberRecipients, organizationNames } from '../repositories/housing-parties.repository.ts';
import { findRequest, insertRequest, listRequests, updateRequest, type HousingRequestRow } from '../repositories/housing-requests.repository.ts';

/** Who a company may ask a flat for: someone it offered a job or hired. */
const HIRED = ['offered', 'hired'];

export class HousingRequestsService {
  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
    private readonly now: () => Date,
  ) {}

  async list(actor: Actor, programId: string): Promise<{ items: HousingRequestView[] }> {
    const facts = await programHousingFacts(this.db, programId);
    if (!facts) throw notFound('program');
    const byRole = (role: string) => actor.memberships.filter((m) => m.role === role).map((m) => m.organizationId);
    const rows = await listRequests(this.db, programId, { all: can(actor, 'read', facts.program), companyIds: byRole('host_company'), partnerIds: byRole('housing_partner') });
    return { items: await Promise.all(rows.map((r) => this.view(this.db, r))) };
  }

  async create(ctx: RequestContext, programId: string, input: HousingRequestInput): Promise<HousingRequestView> {
    const facts = await programHousingFacts(this.db, programId);
    if (!facts) throw notFound('program');
    const [hire] = await listInterns(this.db, programId, [input.applicationId]);
    if (!hire || !HIRED.includes(hire.status) || hire.companyId === null) throw invalid([{ field: 'applicationId', code: 'housing.notHired' }]);
    if (!facts.partnerIds.includes(input.partnerId)) throw invalid([{ field: 'partnerId', code: 'housing.partnerUnknown' }]);
    if (!can(ctx.actor!, 'create', { type: 'housingRequest', program: facts.program, companyId: hire.companyId, partnerId: input.partnerId })) throw forbidden();
    const id = await this.db.transaction(async (tx) => {
      const created = await insertRequest(tx, { programId, companyId: hire.companyId!, partnerId: input.partnerId, applicationId: hire.applicationId, moveInOn: input.moveInOn, note: input.note });
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'housing_request', resourceId: created, fields: ['applicationId', 'partnerId', 'moveInOn', 'note'] });
      const view = await this.view(tx, (await findRequest(tx, created))!);
      for (const r of await memberRecipients(tx, input.partnerId, 'housing_partner')) {
        const language = languageOf(r.language);
        const mail = renderMail('housingRequested', language, r.email, { company: pickLocalized(view.company.name, language), employee: studentNameFor(language, view.employee), moveInOn: input.moveInOn, note: input.note ?? '—', link: this.link() });
        await this.mailer.send({ ...mail, organizationId: input.partnerId }, tx);
      }
      return created;
    });
    return this.view(this.db, (await findRequest(this.db, id))!);
  }

  async answer(ctx: RequestContext, id: string, input: HousingRequestAnswer): Promise<HousingRequestView> {
    await this.db.transaction(async (tx) => {
      const request = await findRequest(tx, id);
      if (!request) throw notFound('housing_request');
      if (request.status !== 'requested') throw new AppError('housing.requestAnswered');
      if (input.unitId !== null && (await findUnit(tx, input.unitId))?.organizationId !== request.partnerId) throw invalid([{ field: 'unitId', code: 'housing.unitUnknown' }]);
      const outcome = await updateRequest(tx, id, input.version, { status: input.status, answer: input.answer, unitId: input.status === 'accepted' ? input.unitId : null, answeredByUserId: ctx.actorUserId, answeredAt: this.now() });
      if (outcome !== 'updated') throw versionConflict('housing_request', request.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'housing_request', resourceId: id, fields: ['status', 'answer', 'unitId'] });
      const view = await this.view(tx, (await findRequest(tx, id))!);
      for (const r of await memberRecipients(tx, request.companyId, 'host_company')) {
        const language = languageOf(r.language);
        const mail = renderMail('housingAnswered', language, r.email, {
          partner: pickLocalized(view.partner.name, language),
          employee: studentNameFor(language, view.employee),
          answer: translate(language, 'mail', `housingAnswer.${input.status}`),
          unit: view.unit ? `${view.unit.name}（${view.unit.address}）` : '—',
          link: this.link(),
        });
        await this.mailer.send({ ...mail, organizationId: request.companyId }, tx);
      }
    });
    return this.view(this.db, (await findRequest(this.db, id))!);
  }

  async withdraw(ctx: RequestContext, id: string, version: number): Promise<HousingRequestView> {
    await this.db.transaction(async (tx) => {
      const request = await findRequest(tx, id);
      if (!request) throw notFound('housing_request');
      if (request.status !== 'requested') throw new AppError('housing.requestAnswered');
      if ((await updateRequest(tx, id, version, { status: 'withdrawn' })) !== 'updated') throw versionConflict('housing_request', request.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'housing_request', resourceId: id, fields: ['status'] });
    });
    return this.view(this.db, (await findRequest(this.db, id))!);
  }

  private link = () => `${this.publicUrl}/housing`;

  private async view(db: Executor, row: HousingRequestRow): Promise<HousingRequestView> {
    const names = await organizationNames(db, [row.companyId, row.partnerId]);
    const [employee] = await listInterns(db, row.programId, [row.applicationId]);
    const unit = row.unitId ? await findUnit(db, row.unitId) : null;
    return {
      id: row.id,
      programId: row.programId,
      company: { id: row.companyId, name: names.get(row.companyId) ?? {} },
      partner: { id: row.partnerId, name: names.get(row.partnerId) ?? {} },
      applicationId: row.applicationId,
      employee: { nameLatin: employee?.nameLatin ?? '', nameCyrillic: employee?.nameCyrillic ?? '', nameKatakana: employee?.nameKatakana ?? '' },
      moveInOn: row.moveInOn,
      note: row.note,
      status: row.status,
      answer: row.answer,
      unit: unit ? { id: unit.id, name: unit.name, address: unit.address } : null,
      answeredAt: row.answeredAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      version: row.version,
    };
  }
}

const languageOf = (value: string): Language => (isLanguage(value) ? value : 'ja');
