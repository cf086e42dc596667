// An intern's short-stay visa pack (issue 8 item 5). The operators issue it on a day from the
// program's data — their own organization as the inviter, the host company, the intern's
// application and identity documents, the flat, the internship's days and the report meeting —
// and the documents are kept as drawn, encrypted: a pack prints the same whenever it is
// downloaded, and a new issue (data changed, or the old one stale) is a new pack beside it.
// Its validity (3 months for the embassy) is judged on the planned application day or today.
import type { VisaPackApplicationPatch, VisaPackIntern, VisaPackIssueInput, VisaPackOverview, VisaPackView } from '../../contracts/visa-packs.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import { invalid, notFound, versionConflict, type FieldIssue } from '../../domain/errors/app-error.ts';
import { addDays } from '../../domain/housing/dates.ts';
import type { Letterhead } from '../../domain/organizations/organization.ts';
import { scheduleOfStay, stayRefusals } from '../../domain/residence/visa-pack-schedule.ts';
import { visaPackGaps, visaPackStatus, visaPackValidity, type VisaPackDocument } from '../../domain/residence/visa-pack.ts';
import { japanDate } from '../../domain/shared/japan-time.ts';
import type { LocalizedText } from '../../domain/shared/localized-text.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { Db } from '../db/database.ts';
import { renderVisaPack, type VisaPackInput } from '../pdf/visa-pack.ts';
import { findApplication } from '../repositories/applications.repository.ts';
import { listArrivals } from '../repositories/arrivals.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { findIdentity } from '../repositories/identity.repository.ts';
import { findPlan, listDays, listPlans, type PlanWithPeople } from '../repositories/internship.repository.ts';
import { findOrganization, type OrganizationRow } from '../repositories/organizations.repository.ts';
import { findProgram } from '../repositories/programs.repository.ts';
import { findMeeting } from '../repositories/report-meeting.repository.ts';
import { findPack, insertPack, internshipStaysOf, listPacks, updatePack, type VisaPackRow } from '../repositories/visa-packs.repository.ts';

/** The name bound into the content's ciphertext; the identity documents' names for what it reads. */
const CONTENT = 'visa_packs.content_encrypted';
const BIRTH_DATE = 'birthDateEncrypted';
const PASSPORT_NUMBER = 'passportNumberEncrypted';

const letterhead = (org: OrganizationRow | null): Letterhead => ({ address: org?.address ?? null, phone: org?.phone ?? null, representative: org?.representative ?? null });

export class VisaPacksService {
  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
    private readonly now: () => Date,
  ) {}

  /** Today in Japan, where the documents are issued. */
  private today = () => japanDate(this.now());

  /** Every intern of the program with what the form starts from, what is missing and their packs. */
  async overview(programId: string): Promise<VisaPackOverview> {
    const program = await findProgram(this.db, programId);
    if (!program) throw notFound('program');
    const inviter = await findOrganization(this.db, program.operatorId);
    const plans = await listPlans(this.db, programId);
    const packs = await listPacks(this.db, plans.map((p) => p.plan.id));
    const genders = new Map((await listArrivals(this.db, programId)).map((a) => [a.applicationId, a.gender]));
    const interns = await Promise.all(
      plans.map(async (found): Promise<VisaPackIntern> => {
        const company = await findOrganization(this.db, found.plan.companyId);
        const birthDateOnFile = Boolean((await findIdentity(this.db, found.studentUserId))?.birthDateEncrypted);
        const facts = { inviter: letterhead(inviter), hostCompany: letterhead(company), birthDateOnFile };
        return {
          planId: found.plan.id,
          userId: found.studentUserId,
          name: { latin: found.nameLatin, cyrillic: found.nameCyrillic, katakana: found.nameKatakana },
          company: { id: found.plan.companyId, name: found.companyName },
          startsOn: found.plan.startsOn,
          endsOn: found.plan.endsOn,
          defaults: { ...(await this.stayDefaults(this.db, found)), gender: genders.get(found.plan.applicationId) ?? null },
          gaps: { inviter: visaPackGaps({ ...facts, guarantor: 'inviter' }), hostCompany: visaPackGaps({ ...facts, guarantor: 'hostCompany' }) },
          packs: this.views(packs.filter((p) => p.planId === found.plan.id)),
        };
      }),
    );
    return { today: this.today(), inviter: { id: program.operatorId, name: inviter?.name ?? {} }, interns };
  }

  /** The packs of one intern, newest first (the intern's and the host company's view). */
  async ofPlan(planId: string): Promise<VisaPackView[]> {
    return this.views(await listPacks(this.db, [planId]));
  }

  async issue(ctx: RequestContext, planId: string, input: VisaPackIssueInput): Promise<VisaPackView> {
    const row = await this.db.transaction(async (tx) => {
      const found = await findPlan(tx, planId);
      if (!found) throw notFound('internship_plan');
      const content = await this.draw(tx, found, input);
      const created = await insertPack(tx, {
        programId: found.plan.programId,
        planId,
        issuedOn: input.issuedOn,
        plannedApplicationOn: input.plannedApplicationOn ?? null,
        guarantor: input.guarantor,
        arrivalOn: input.arrivalOn,
        departureOn: input.departureOn,
        contentEncrypted: this.cipher.encrypt(CONTENT, JSON.stringify(content)),
        issuedByUserId: ctx.actorUserId,
      });
      // The pack copies the birth date and passport number out of the identity documents.
      await recordAudit(tx, ctx, { action: 'read_sensitive', resourceType: 'identity_document', resourceId: found.studentUserId, fields: ['birthDate', 'passportNumber'] });
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'visa_pack', resourceId: created.id, fields: Object.keys(input).sort() });
      return created;
    });
    return this.views(await listPacks(this.db, [planId])).find((v) => v.id === row.id)!;
  }

  async setPlannedApplication(ctx: RequestContext, id: string, patch: VisaPackApplicationPatch): Promise<VisaPackView> {
    const pack = await findPack(this.db, id);
    if (!pack) throw notFound('visa_pack');
    if (patch.plannedApplicationOn !== null && patch.plannedApplicationOn < pack.issuedOn) throw invalid([{ field: 'plannedApplicationOn', code: 'visaPack.applicationBeforeIssue', params: { issuedOn: pack.issuedOn } }]);
    await this.db.transaction(async (tx) => {
      const outcome = await updatePack(tx, id, patch.version, { plannedApplicationOn: patch.plannedApplicationOn });
      if (outcome !== 'updated') throw outcome === 'missing' ? notFound('visa_pack') : versionConflict('visa_pack', (await findPack(tx, id))?.version ?? 0);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'visa_pack', resourceId: id, fields: ['plannedApplicationOn'] });
    });
    return this.views(await listPacks(this.db, [pack.planId])).find((v) => v.id === id)!;
  }

  /** The pack as issued, all three documents or one; reading it is audited (it holds the passport number). */
  async pdf(ctx: RequestContext, id: string, document: VisaPackDocument | undefined): Promise<{ bytes: Buffer; name: string }> {
    const content = await this.db.transaction(async (tx) => {
      const pack = await findPack(tx, id);
      if (!pack) throw notFound('visa_pack');
      await recordAudit(tx, ctx, { action: 'read_sensitive', resourceType: 'visa_pack', resourceId: id, fields: [document ?? 'all'] });
      return JSON.parse(this.cipher.decrypt(CONTENT, pack.contentEncrypted)) as VisaPackInput;
    });
    const bytes = await renderVisaPack(content, document ? [document] : undefined);
    const who = content.invitee.nameLatin.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
    return { bytes, name: `visa-pack-${who}-${content.issuedOn}${document ? `-${document}` : ''}.pdf` };
  }

  /** The documents' content from the data as it is now; refused, naming each field, when something is missing. */
  private async draw(tx: Executor, found: PlanWithPeople, input: VisaPackIssueInput): Promise<VisaPackInput> {
    const { plan } = found;
    const program = (await findProgram(tx, plan.programId))!;
    const [inviter, company, application, identity, days, meeting, lodging] = await Promise.all([
      findOrganization(tx, program.operatorId),
      findOrganization(tx, plan.companyId),
      findApplication(tx, plan.applicationId),
      findIdentity(tx, found.studentUserId),
      listDays(tx, [plan.id]),
      findMeeting(tx, plan.programId),
      this.lodging(tx, found),
    ]);
    const college = application ? await findOrganization(tx, application.collegeId) : null;
    const gaps = visaPackGaps({ inviter: letterhead(inviter), hostCompany: letterhead(company), guarantor: input.guarantor, birthDateOnFile: Boolean(identity?.birthDateEncrypted) });
    const issues: FieldIssue[] = gaps.map((field) => ({ field, code: 'visaPack.missing' }));
    issues.push(...stayRefusals({ arrivalOn: input.arrivalOn, departureOn: input.departureOn, internshipDays: days }));
    if (input.plannedApplicationOn && input.plannedApplicationOn < input.issuedOn) issues.push({ field: 'plannedApplicationOn', code: 'visaPack.applicationBeforeIssue', params: { issuedOn: input.issuedOn } });
    if (input.issuedOn > input.arrivalOn) issues.push({ field: 'issuedOn', code: 'visaPack.issuedAfterArrival' });
    if (issues.length > 0 || !inviter || !company || !application || !identity?.birthDateEncrypted) throw invalid(issues);

    const inviterOrg = organizationOf(inviter);
    const companyOrg = organizationOf(company);
    return {
      issuedOn: input.issuedOn,
      inviter: inviterOrg,
      guarantor: input.guarantor,
      invitee: {
        nameLatin: application.nameLatin,
        nameKatakana: application.nameKatakana || null,
        dateOfBirth: this.cipher.decrypt(BIRTH_DATE, identity.birthDateEncrypted),
        gender: input.gender,
        school: college?.name ?? {},
        department: application.department ? { ja: application.department, en: application.department } : null,
        passportNumber: identity.passportNumberEncrypted ? this.cipher.decrypt(PASSPORT_NUMBER, identity.passportNumberEncrypted) : null,
      },
      program: { name: program.name },
      hostCompany: { ...companyOrg, internshipWork: input.internshipWork ?? null },
      background: input.background ?? null,
      stay: { from: input.arrivalOn, to: input.departureOn, lodging },
      schedule: scheduleOfStay({
        arrivalOn: input.arrivalOn,
        departureOn: input.departureOn,
        internshipDays: days,
        hostCompany: { name: company.name, address: companyOrg.address, phone: company.phone },
        inviter: { address: inviterOrg.address, phone: inviterOrg.phone },
        lodging: lodging?.address ?? null,
        reportMeeting: meeting ? { on: meeting.heldOn, place: meeting.place } : null,
      }),
    };
  }

  /** The intern's flat during the internship (the first internship stay), or null while none is booked. */
  private async lodging(tx: Executor, found: PlanWithPeople): Promise<VisaPackInput['stay']['lodging']> {
    const stay = (await internshipStaysOf(tx, found.plan.programId, found.plan.applicationId))[0];
    return stay ? { name: { ja: stay.unitName, en: stay.unitName }, address: { ja: stay.address, en: stay.address } } : null;
  }

  /** Arrival and departure as the flat's check-in and check-out, else the day before and after the internship. */
  private async stayDefaults(db: Executor, found: PlanWithPeople): Promise<{ arrivalOn: string; departureOn: string }> {
    const booked = await internshipStaysOf(db, found.plan.programId, found.plan.applicationId);
    const first = booked[0];
    const last = booked[booked.length - 1];
    const arrivalOn = first && first.checkIn < found.plan.startsOn ? first.checkIn : addDays(found.plan.startsOn, -1);
    const departureOn = last && last.checkOut > found.plan.endsOn ? last.checkOut : addDays(found.plan.endsOn, 1);
    return { arrivalOn, departureOn };
  }

  private views(rows: readonly VisaPackRow[]): VisaPackView[] {
    const today = this.today();
    const newest = new Map<string, string>();
    for (const row of rows) if (!newest.has(row.planId)) newest.set(row.planId, row.id);
    return rows.map((row) => ({
      id: row.id,
      planId: row.planId,
      issuedOn: row.issuedOn,
      validUntil: visaPackValidity(row.issuedOn),
      plannedApplicationOn: row.plannedApplicationOn,
      status: visaPackStatus(row.issuedOn, row.plannedApplicationOn, today),
      superseded: newest.get(row.planId) !== row.id,
      guarantor: row.guarantor,
      arrivalOn: row.arrivalOn,
      departureOn: row.departureOn,
      issuedAt: row.createdAt.toISOString(),
      version: row.version,
    }));
  }
}

/** An organization as the letters name it; the gaps were checked before. */
function organizationOf(org: OrganizationRow): VisaPackInput['inviter'] {
  const empty: LocalizedText = {};
  return {
    name: org.name,
    address: org.address ?? empty,
    phone: org.phone ?? '',
    representative: org.representative ?? { title: empty, name: empty },
  };
}
