// The framework agreement and each season's loan-for-use contract (issue 7 item 4). The
// agreement (Hitachi: from 17 July 2025, one year, renewed automatically) tells the operator
// when the next renewal comes and reminds them before it. A season's contract is drawn from the
// program's stays in the partner's flats: every edit of a draft is a new revision, kept, so the
// version that was sent can always be printed again; draft → sent → signed (the signed scan
// uploaded by either party), and a sent contract reopened as a draft for changes.
import type { AgreementInput, AgreementPatch, AgreementView, ContractInput, ContractPatch, ContractView } from '../../contracts/housing.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { isOperatorRole } from '../../domain/access/roles.ts';
import { changedFields, type RequestContext } from '../../domain/audit/audit-event.ts';
import { AppError, invalid, notFound, versionConflict } from '../../domain/errors/app-error.ts';
import { agreementDates, reminderSent } from '../../domain/housing/agreement.ts';
import { japanDate } from '../../domain/shared/japan-time.ts';
import { sniffMediaType } from '../../domain/applications/application-file.ts';
import type { LocalizedText } from '../../domain/shared/localized-text.ts';
import type { Db } from '../db/database.ts';
import { renderLoanContract, type LoanContractInput } from '../pdf/loan-contract.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { listUnits, programStays } from '../repositories/housing.repository.ts';
import { organizationNames } from '../repositories/housing-parties.repository.ts';
import {
  findAgreement,
  findContract,
  findRevision,
  insertAgreement,
  insertContract,
  insertRevision,
  listAgreements,
  listContracts,
  listRevisions,
  lockContract,
  nextContractNumber,
  updateAgreement,
  updateContract,
  type AgreementRow,
  type ContractRow,
} from '../repositories/loan-contracts.repository.ts';
import { findOrganization } from '../repositories/organizations.repository.ts';
import { findProgram } from '../repositories/programs.repository.ts';
import type { FileStore } from '../storage/file-store.ts';

/** What a revision keeps: the contract as drawn, without its status or the translation asked for. */
type ContractContent = Omit<LoanContractInput, 'status' | 'version' | 'translation'>;

const SCAN_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const MAX_SCAN_BYTES = 20 * 1024 * 1024;

export class LoanContractsService {
  constructor(
    private readonly db: Db,
    private readonly files: FileStore,
    private readonly now: () => Date,
  ) {}

  // Japan's date, as the agreement's reminder mail counts it, so the card and the mail agree on the day.
  private today = () => japanDate(this.now());

  // ---- Agreements ---------------------------------------------------------------------------

  async agreements(actor: Actor): Promise<{ items: AgreementView[] }> {
    const operatorIds = actor.memberships.filter((m) => isOperatorRole(m.role)).map((m) => m.organizationId);
    const partnerIds = actor.memberships.filter((m) => m.role === 'housing_partner').map((m) => m.organizationId);
    const rows = await listAgreements(this.db, operatorIds, partnerIds);
    return { items: await Promise.all(rows.map((r) => this.agreementView(r))) };
  }

  async createAgreement(ctx: RequestContext, input: AgreementInput): Promise<AgreementView> {
    const partner = await findOrganization(this.db, input.partnerId);
    if (partner?.kind !== 'housing_company') throw invalid([{ field: 'partnerId', code: 'housing.partnerUnknown' }]);
    const id = await this.db.transaction(async (tx) => {
      const created = await insertAgreement(tx, input);
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'housing_agreement', resourceId: created, fields: Object.keys(input).sort() });
      return created;
    });
    return this.agreementView((await findAgreement(this.db, id))!);
  }

  async updateAgreement(ctx: RequestContext, id: string, patch: AgreementPatch): Promise<AgreementView> {
    const { version, ...changes } = patch;
    await this.db.transaction(async (tx) => {
      const outcome = await updateAgreement(tx, id, version, changes);
      if (outcome !== 'updated') throw outcome === 'missing' ? notFound('housing_agreement') : versionConflict('housing_agreement', (await findAgreement(tx, id))?.version ?? 0);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'housing_agreement', resourceId: id, fields: changedFields(changes) });
    });
    return this.agreementView((await findAgreement(this.db, id))!);
  }

  private async agreementView(row: AgreementRow): Promise<AgreementView> {
    const names = await organizationNames(this.db, [row.operatorId, row.partnerId]);
    return {
      id: row.id,
      operator: { id: row.operatorId, name: names.get(row.operatorId) ?? {} },
      partner: { id: row.partnerId, name: names.get(row.partnerId) ?? {} },
      title: row.title,
      startsOn: row.startsOn,
      termMonths: row.termMonths,
      autoRenew: row.autoRenew,
      reminderDays: row.reminderDays,
      endedOn: row.endedOn,
      ...agreementDates(row, this.today()),
      renewalRemindedFor: row.renewalRemindedFor,
      reminderMailed: reminderSent(row, this.today()),
      version: row.version,
    };
  }

  // ---- A season's contract -----------------------------------------------------------------

  /** The program's contracts; a partner sees only those sent to it. */
  async contracts(actor: Actor, programId: string, operator: boolean): Promise<{ items: ContractView[] }> {
    const partnerIds = new Set(actor.memberships.filter((m) => m.role === 'housing_partner').map((m) => m.organizationId));
    const rows = await listContracts(this.db, programId);
    const partnerOf = new Map((await Promise.all([...new Set(rows.map((r) => r.agreementId))].map((id) => findAgreement(this.db, id)))).map((a) => [a!.id, a!.partnerId]));
    const shown = operator ? rows : rows.filter((r) => r.status !== 'draft' && partnerIds.has(partnerOf.get(r.agreementId)!));
    return { items: await Promise.all(shown.map((r) => this.contractView(r))) };
  }

  async createContract(ctx: RequestContext, programId: string, input: ContractInput): Promise<ContractView> {
    const agreement = await findAgreement(this.db, input.agreementId);
    const program = await findProgram(this.db, programId);
    if (!agreement || !program || agreement.operatorId !== program.operatorId) throw invalid([{ field: 'agreementId', code: 'housing.agreementUnknown' }]);
    const id = await this.db.transaction(async (tx) => {
      const contractNumber = await nextContractNumber(tx, programId);
      const created = await insertContract(tx, { programId, agreementId: agreement.id, contractNumber, conditions: input.conditions });
      await insertRevision(tx, { id: created, programId }, await this.draw(tx, programId, agreement, contractNumber, input.conditions), ctx.actorUserId);
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'loan_contract', resourceId: created, fields: ['agreementId', 'conditions'] });
      return created;
    });
    return this.contractView((await findContract(this.db, id))!);
  }

  /** A draft's new revision: its conditions (if given) and the units and periods as the stays are now. */
  async reviseContract(ctx: RequestContext, id: string, patch: ContractPatch): Promise<ContractView> {
    await this.db.transaction(async (tx) => {
      const contract = await this.locked(tx, id, patch.version);
      if (contract.status !== 'draft') throw new AppError('housing.contractNotDraft');
      const conditions = patch.conditions ?? contract.conditions;
      const agreement = (await findAgreement(tx, contract.agreementId))!;
      await insertRevision(tx, contract, await this.draw(tx, contract.programId, agreement, contract.contractNumber, conditions), ctx.actorUserId);
      await updateContract(tx, id, patch.version, { conditions });
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'loan_contract', resourceId: id, fields: patch.conditions ? ['conditions', 'revision'] : ['revision'] });
    });
    return this.contractView((await findContract(this.db, id))!);
  }

  async send(ctx: RequestContext, id: string, version: number): Promise<ContractView> {
    return this.transition(ctx, id, version, 'draft', { status: 'sent', sentAt: this.now() }, 'housing.contractNotDraft');
  }

  /** A sent contract back to draft (the partner asked for a change): the next edit makes a new revision. */
  async reopen(ctx: RequestContext, id: string, version: number): Promise<ContractView> {
    return this.transition(ctx, id, version, 'sent', { status: 'draft', sentAt: null }, 'housing.contractNotSent');
  }

  async attachSignedScan(ctx: RequestContext, id: string, bytes: Uint8Array): Promise<ContractView> {
    const mediaType = sniffMediaType(bytes);
    if (bytes.length === 0) throw new AppError('file.empty');
    if (bytes.length > MAX_SCAN_BYTES) throw new AppError('file.tooLarge', { params: { maxMegabytes: MAX_SCAN_BYTES / 1024 / 1024 } });
    if (!mediaType || !(SCAN_TYPES as readonly string[]).includes(mediaType)) throw invalid([{ field: 'file', code: 'housing.fileType' }]);
    const stored = await this.files.put(bytes);
    try {
      await this.db.transaction(async (tx) => {
        const contract = await lockContract(tx, id);
        if (!contract) throw notFound('loan_contract');
        if (contract.status !== 'sent') throw new AppError('housing.contractNotSent');
        await updateContract(tx, id, contract.version, { status: 'signed', signedAt: this.now(), signedStorageName: stored.storageName, signedMediaType: mediaType, signedSha256: stored.sha256 });
        await recordAudit(tx, ctx, { action: 'update', resourceType: 'loan_contract', resourceId: id, fields: ['status', 'signedScan'] });
      });
    } catch (error) {
      await this.files.remove(stored.storageName);
      throw error;
    }
    return this.contractView((await findContract(this.db, id))!);
  }

  async signedScan(id: string) {
    const contract = await findContract(this.db, id);
    if (!contract?.signedStorageName) throw new AppError('housing.noScan');
    return { mediaType: contract.signedMediaType!, name: `${contract.contractNumber}-signed.${contract.signedMediaType === 'application/pdf' ? 'pdf' : contract.signedMediaType === 'image/png' ? 'png' : 'jpg'}`, stream: await this.files.open(contract.signedStorageName) };
  }

  async pdf(id: string, query: { revision?: number; translation?: 'en' | 'mn' }): Promise<{ bytes: Buffer; name: string }> {
    const contract = await findContract(this.db, id);
    const revision = contract ? await findRevision(this.db, id, query.revision) : null;
    if (!contract || !revision) throw notFound('loan_contract');
    const latest = (await listRevisions(this.db, id))[0]!.revision;
    // An older revision was superseded while a draft: it prints as the draft it was.
    const status = revision.revision === latest ? contract.status : 'draft';
    const bytes = await renderLoanContract({ ...(revision.content as ContractContent), version: revision.revision, status, translation: query.translation ?? null });
    return { bytes, name: `loan-contract-${contract.contractNumber}-v${revision.revision}${query.translation ? `-${query.translation}` : ''}.pdf` };
  }

  private async transition(ctx: RequestContext, id: string, version: number, from: ContractRow['status'], changes: Partial<ContractRow>, refusal: 'housing.contractNotDraft' | 'housing.contractNotSent'): Promise<ContractView> {
    await this.db.transaction(async (tx) => {
      const contract = await this.locked(tx, id, version);
      if (contract.status !== from) throw new AppError(refusal);
      await updateContract(tx, id, version, changes);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'loan_contract', resourceId: id, fields: ['status'] });
    });
    return this.contractView((await findContract(this.db, id))!);
  }

  private async locked(tx: Executor, id: string, version: number): Promise<ContractRow> {
    const contract = await lockContract(tx, id);
    if (!contract) throw notFound('loan_contract');
    if (contract.version !== version) throw versionConflict('loan_contract', contract.version);
    return contract;
  }

  /** The contract as the stays are now: each partner flat the program uses, from its first check-in to its last check-out. */
  private async draw(tx: Executor, programId: string, agreement: AgreementRow, contractNumber: string, conditions: LocalizedText[]): Promise<ContractContent> {
    const units = await listUnits(tx, [agreement.partnerId], { archived: true });
    const stays = (await programStays(tx, programId, null, units.map((u) => u.id))).filter((s) => s.kind === 'internship');
    const lines = units.flatMap((unit) => {
      const own = stays.filter((s) => s.unitId === unit.id);
      if (own.length === 0) return [];
      const from = own.reduce((a, s) => (s.checkIn < a ? s.checkIn : a), own[0]!.checkIn);
      const to = own.reduce((a, s) => (s.checkOut > a ? s.checkOut : a), own[0]!.checkOut);
      return [{ unitId: unit.id, name: unit.name, address: unit.address, layout: unit.layout, capacity: unit.capacity, from, to }];
    });
    const [lender, borrower, program] = await Promise.all([findOrganization(tx, agreement.partnerId), findOrganization(tx, agreement.operatorId), findProgram(tx, programId)]);
    return {
      contractNumber,
      lender: { name: lender?.name ?? {}, address: lender?.city ?? null, representative: null },
      borrower: { name: borrower?.name ?? {}, address: borrower?.city ?? null, representative: null },
      programName: program?.name ?? {},
      agreementStartsOn: agreement.startsOn,
      units: lines,
      conditions,
      issuedOn: this.today(),
    };
  }

  private async contractView(row: ContractRow): Promise<ContractView> {
    const revisions = await listRevisions(this.db, row.id);
    const content = revisions[0]!.content as ContractContent & { units: (ContractContent['units'][number] & { unitId: string })[] };
    return {
      id: row.id,
      programId: row.programId,
      agreementId: row.agreementId,
      contractNumber: row.contractNumber,
      status: row.status,
      conditions: row.conditions,
      revision: revisions[0]!.revision,
      revisions: revisions.map((r) => ({ revision: r.revision, createdAt: r.createdAt.toISOString() })),
      units: content.units,
      sentAt: row.sentAt?.toISOString() ?? null,
      signedAt: row.signedAt?.toISOString() ?? null,
      hasSignedScan: row.signedStorageName !== null,
      version: row.version,
    };
  }
}
