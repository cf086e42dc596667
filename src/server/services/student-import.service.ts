// A college's student roster imported into a program (issue 4 item 4), all or nothing. The
// file is parsed off the event loop under limits (import core), every row checked with the
// roster's columns, then with the same rules as a student's own application (the contract's
// applicationInput), then against the database (whose address it is, the student's consents);
// only a file without a single problem is written, in one transaction: new students' accounts
// (no password: an invitation lets them set one), consents given on the college's paper form
// (recorded by the importer, to the current notice, naming the program's operators and host
// companies), and applications created or updated. The e-mail address is the natural key: the
// same file imported again reports every row unchanged.
import { applicationInput, type ApplicationInput } from '../../contracts/applications.ts';
import { STUDENT_IMPORT_FILE_LIMITS, type ImportPhase, type ImportRowOutcome, type StudentImportResult } from '../../contracts/student-import.ts';
import { importCollegeFor } from '../../domain/access/policy.ts';
import type { AuditEntry, RequestContext } from '../../domain/audit/audit-event.ts';
import { CURRENT_NOTICE_VERSION } from '../../domain/consent/consent.ts';
import { AppError, invalid, notFound } from '../../domain/errors/app-error.ts';
import type { Language } from '../../domain/shared/localized-text.ts';
import type { Db } from '../db/database.ts';
import { detectFileType } from '../import/detect-file-type.ts';
import { invalidImport } from '../import/import-error.ts';
import type { ImportIssue } from '../import/import-issue.ts';
import { importLimits, type ImportLimits } from '../import/import-limits.ts';
import { matchHeader } from '../import/match-header.ts';
import { parseTable } from '../import/parse-table.ts';
import { checkFileSize } from '../import/read-table.ts';
import { cellIssueOf, STUDENT_ROSTER_COLUMNS, type StudentRosterKey } from '../import/student-roster-columns.ts';
import { EXAMPLE_EMAIL } from '../import/student-roster-template.ts';
import { validateRows, type ValidRow } from '../import/validate-rows.ts';
import { programStudentFacts } from '../repositories/access-facts.repository.ts';
import { participantIdsByRole, type ApplicationRow, type ConsentRow } from '../repositories/applications.repository.ts';
import { recordAudits } from '../repositories/audit.repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { findOrganization } from '../repositories/organizations.repository.ts';
import { isUniqueViolation } from '../repositories/pg-errors.ts';
import {
  accountsByEmail,
  applicationsByUser,
  consentsByUser,
  emailsWithOpenInvitation,
  insertPaperConsents,
  insertRosterApplications,
  insertRosterStudents,
  lockProgramImport,
  updateRosterApplication,
  withdrawConsents,
  type NewRosterApplication,
} from '../repositories/student-import.repository.ts';
import type { InvitationsService } from './invitations.service.ts';

/** A college's roster, not a national register: 2,000 students a file is far above any class. */
export const STUDENT_IMPORT_LIMITS: ImportLimits = importLimits(STUDENT_IMPORT_FILE_LIMITS);

export type ImportProgress = (progress: { phase: ImportPhase; done: number; total?: number }) => void;

type Columns = typeof STUDENT_ROSTER_COLUMNS;
type RosterRow = { rowNumber: number; email: string; input: ApplicationInput; consentDate: string; consentLanguage: Language };

/** Fields of an application the roster sets; compared to tell updated from unchanged. */
const ROSTER_FIELDS = ['nameLatin', 'nameCyrillic', 'nameKatakana', 'department', 'graduationYear', 'jlptLevel', 'jlptDate', 'skills'] as const;
const PROGRESS_EVERY = 100;

export class StudentImportService {
  constructor(
    private readonly db: Db,
    private readonly invitations: InvitationsService,
    private readonly now: () => Date,
    private readonly limits: ImportLimits = STUDENT_IMPORT_LIMITS,
  ) {}

  /** The checks that need no parse (size, a kind of file we read), so a streaming answer starts only for a file worth reading. */
  precheck(bytes: Uint8Array): void {
    checkFileSize(bytes, this.limits);
    detectFileType(bytes);
  }

  async import(ctx: RequestContext, programId: string, requestedCollegeId: string | undefined, bytes: Uint8Array, language: Language, onProgress: ImportProgress = () => undefined): Promise<StudentImportResult> {
    const facts = await programStudentFacts(this.db, programId);
    if (!facts || !ctx.actor) throw notFound('program');
    const collegeId = importCollegeFor(ctx.actor, facts.sendingCollegeIds, requestedCollegeId);
    if (!collegeId || !facts.sendingCollegeIds.includes(collegeId)) throw invalid([{ field: 'collegeId', code: collegeId ? 'import.notSendingCollege' : 'required' }]);

    const table = await parseTable(bytes, { limits: this.limits, onProgress: (rows) => onProgress({ phase: 'parsing', done: rows }) });
    const validated = validateRows(table, STUDENT_ROSTER_COLUMNS, { naturalKey: ['email'], language, maxIssues: this.limits.maxIssues });
    const header = matchHeader(table.header, table.headerRowNumber, STUDENT_ROSTER_COLUMNS, { unknownColumns: 'reject', language });
    const keyAt = new Map([...header.indexOf].map(([key, index]) => [index + 1, key]));
    const issues: ImportIssue[] = [];
    let validRows = validated.ok ? validated.rows : [];
    if (!validated.ok) {
      const clarified = validated.issues.map((issue) => clarify(issue, keyAt));
      if (validated.truncated || header.issues.length > 0) throw invalidImport(clarified, validated.truncated);
      // Every problem at once: the rows without one are checked further, as if alone.
      issues.push(...clarified);
      const bad = new Set(validated.issues.map((i) => i.row));
      const rest = validateRows({ ...table, rows: table.rows.filter((r) => !bad.has(r.rowNumber)) }, STUDENT_ROSTER_COLUMNS, { naturalKey: ['email'], language });
      validRows = rest.ok ? rest.rows : [];
    }

    const at = (row: number, key: StudentRosterKey, code: string, params?: ImportIssue['params']): ImportIssue => {
      const index = header.indexOf.get(key)!;
      return { row, column: table.header[index]!.trim(), columnIndex: index + 1, code, ...(params ? { params } : {}) };
    };
    const total = table.rows.length;
    const rows: RosterRow[] = [];
    const latestConsentDate = isoDay(new Date(this.now().getTime() + 24 * 3600 * 1000)); // Ulaanbaatar is 8 hours ahead of UTC
    validRows.forEach((row, i) => {
      const checked = this.checkRow(row, latestConsentDate, at);
      if ('issues' in checked) issues.push(...checked.issues);
      else rows.push(checked);
      if ((i + 1) % PROGRESS_EVERY === 0) onProgress({ phase: 'validating', done: i + 1, total });
    });
    issues.push(...(await loadStudents(this.db, programId, collegeId, rows, at)).issues);
    onProgress({ phase: 'validating', done: total, total });
    if (issues.length > 0) throw this.refusal(issues);

    try {
      return await this.db.transaction(async (tx) => {
        await lockProgramImport(tx, programId);
        // Read again under the lock: what was checked may have changed since.
        const loaded = await loadStudents(tx, programId, collegeId, rows, at);
        if (loaded.issues.length > 0) throw this.refusal(loaded.issues);
        const college = await findOrganization(tx, collegeId);
        if (!college) throw notFound('organization');
        const recipientIds = [...new Set([...facts.program.operatorIds, ...(await participantIdsByRole(tx, programId, 'host_company'))])];
        return this.write(tx, ctx, { programId, college, recipientIds, rows, ...loaded, onProgress });
      });
    } catch (error) {
      // Another import or invitation took one of these addresses a moment ago.
      if (isUniqueViolation(error)) throw new AppError('resource.duplicate', { params: { resource: 'student_application' } });
      throw error;
    }
  }

  /** One valid row against the application's own rules, and its consent date. */
  private checkRow(row: ValidRow<Columns>, latestConsentDate: string, at: (row: number, key: StudentRosterKey, code: string, params?: ImportIssue['params']) => ImportIssue): RosterRow | { issues: ImportIssue[] } {
    const v = row.values;
    const parsed = applicationInput.safeParse({
      nameLatin: v.nameLatin,
      nameCyrillic: v.nameCyrillic,
      nameKatakana: v.nameKatakana,
      department: v.department,
      graduationYear: v.graduationYear,
      jlptLevel: v.jlptLevel ?? 'none',
      jlptDate: v.jlptDate,
      skills: v.skills ?? [],
      companiesOfInterest: [],
    });
    const issues: ImportIssue[] = [];
    if (!parsed.success) {
      // The columns already checked each field with the contract's own schema; what is left is the whole.
      for (const issue of parsed.error.issues) {
        const { code, params } = cellIssueOf(issue);
        issues.push(at(row.rowNumber, String(issue.path[0]) as StudentRosterKey, code, params));
      }
    }
    if (v.email === EXAMPLE_EMAIL) issues.push(at(row.rowNumber, 'email', 'import.exampleRow'));
    if (v.consentDate > latestConsentDate) issues.push(at(row.rowNumber, 'consentDate', 'cell.futureDate'));
    if (issues.length > 0 || !parsed.success) return { issues };
    return { rowNumber: row.rowNumber, email: v.email, input: parsed.data, consentDate: v.consentDate, consentLanguage: v.consentLanguage ?? 'mn' };
  }

  private refusal(issues: ImportIssue[]): AppError {
    const sorted = [...issues].sort((a, b) => a.row - b.row || (a.columnIndex ?? 0) - (b.columnIndex ?? 0));
    return invalidImport(sorted.slice(0, this.limits.maxIssues), sorted.length > this.limits.maxIssues);
  }

  private async write(
    tx: Executor,
    ctx: RequestContext,
    w: {
      programId: string;
      college: NonNullable<Awaited<ReturnType<typeof findOrganization>>>;
      recipientIds: string[];
      rows: RosterRow[];
      accounts: Awaited<ReturnType<typeof accountsByEmail>>;
      applications: Map<string, ApplicationRow>;
      consents: Map<string, ConsentRow[]>;
      onProgress: ImportProgress;
    },
  ): Promise<StudentImportResult> {
    const total = w.rows.length;
    w.onProgress({ phase: 'writing', done: 0, total });
    // New students: an account in the college without a password, and the invitation to set one;
    // a student imported before who never set a password and whose invitation lapsed gets a new one.
    const newcomers = w.rows.filter((r) => !w.accounts.has(r.email));
    const waiting = w.rows.filter((r) => w.accounts.get(r.email)?.hasPassword === false);
    const open = await emailsWithOpenInvitation(tx, w.college.id, waiting.map((r) => r.email), this.now());
    const reinvited = waiting.filter((r) => !open.has(r.email));
    const invitee = (r: RosterRow) => ({ name: r.input.nameLatin, email: r.email, language: r.consentLanguage });
    const people = newcomers.map(invitee);
    const newIds = await insertRosterStudents(tx, w.college.id, people);
    const userIdOf = new Map(w.rows.map((r) => [r.email, w.accounts.get(r.email)?.userId]));
    for (const [i, id] of newIds.entries()) userIdOf.set(newcomers[i]!.email, id);
    await recordAudits(tx, ctx, newIds.map((id) => ({ action: 'create', resourceType: 'user', resourceId: id, fields: ['email', 'language', 'membership', 'name'] })));
    // Writing each new student's invitation mail is most of the work: it carries the progress.
    const existing = total - newcomers.length - reinvited.length;
    await this.invitations.inviteWithin(tx, ctx, w.college, 'student', [...people, ...reinvited.map(invitee)], (sent) => {
      if (sent % PROGRESS_EVERY === 0) w.onProgress({ phase: 'writing', done: Math.min(total - 1, existing + sent), total });
    });

    // Consents on the paper form: kept when the student's own or an equal paper one is active.
    const replaced: string[] = [];
    const given: Parameters<typeof insertPaperConsents>[1][number][] = [];
    const recordedAt = this.now();
    const consentChanged = new Set<string>();
    for (const row of w.rows) {
      const userId = userIdOf.get(row.email)!;
      const active = (w.consents.get(userId) ?? []).find((c) => c.withdrawnAt === null);
      if (active && (active.channel === 'self' || sameSet(active.recipientIds, w.recipientIds))) continue;
      if (active) replaced.push(active.id);
      consentChanged.add(userId);
      given.push({ userId, programId: w.programId, noticeVersion: CURRENT_NOTICE_VERSION, language: row.consentLanguage, recipientIds: w.recipientIds, givenAt: new Date(`${row.consentDate}T00:00:00Z`), recordedByUserId: ctx.actorUserId! });
    }
    await withdrawConsents(tx, replaced, recordedAt);
    await recordAudits(tx, ctx, replaced.map((id) => ({ action: 'revoke', resourceType: 'consent', resourceId: id, fields: ['withdrawnAt'] })));
    const consents = await insertPaperConsents(tx, given);
    await recordAudits(tx, ctx, consents.map((c) => ({ action: 'create', resourceType: 'consent', resourceId: c.id, fields: ['channel', 'givenAt', 'language', 'noticeVersion', 'recipientIds', 'recordedByUserId'] })));

    // Applications: created as applied, or their roster fields updated (the status never moves).
    const outcomes = new Map<number, { outcome: ImportRowOutcome; applicationId: string }>();
    const creating: { row: RosterRow; values: NewRosterApplication }[] = [];
    const updated: AuditEntry[] = [];
    for (const row of w.rows) {
      const userId = userIdOf.get(row.email)!;
      const values = rosterValues(row.input);
      const existing = w.applications.get(userId);
      if (!existing) {
        creating.push({ row, values: { programId: w.programId, userId, collegeId: w.college.id, companiesOfInterest: [], ...values } });
        continue;
      }
      const changed = ROSTER_FIELDS.filter((f) => !sameValue(existing[f], values[f]));
      if (changed.length > 0) {
        const outcome = await updateRosterApplication(tx, existing.id, existing.version, Object.fromEntries(changed.map((f) => [f, values[f]])));
        if (outcome !== 'updated') throw new AppError('resource.versionConflict', { params: { resource: 'student_application', currentVersion: existing.version } });
        updated.push({ action: 'update', resourceType: 'student_application', resourceId: existing.id, fields: [...changed].sort() });
      }
      outcomes.set(row.rowNumber, { outcome: changed.length > 0 || consentChanged.has(userId) ? 'updated' : 'unchanged', applicationId: existing.id });
    }
    await recordAudits(tx, ctx, updated);
    const created = await insertRosterApplications(tx, creating.map((c) => c.values));
    for (const [i, application] of created.entries()) outcomes.set(creating[i]!.row.rowNumber, { outcome: 'created', applicationId: application.id });
    await recordAudits(tx, ctx, created.map((a) => ({ action: 'create', resourceType: 'student_application', resourceId: a.id, fields: [...ROSTER_FIELDS, 'collegeId'].sort() })));
    w.onProgress({ phase: 'writing', done: total, total });

    const rows = w.rows.map((r) => ({ row: r.rowNumber, ...outcomes.get(r.rowNumber)! }));
    const count = (outcome: ImportRowOutcome) => rows.filter((r) => r.outcome === outcome).length;
    return { total, created: count('created'), updated: count('updated'), unchanged: count('unchanged'), invited: newIds.length + reinvited.length, rows };
  }
}

/** The accounts behind the rows' addresses, their applications and consents, and what refuses a row: an address that is not this college's student, a form signed before the student withdrew. */
async function loadStudents(db: Executor, programId: string, collegeId: string, rows: readonly RosterRow[], at: (row: number, key: StudentRosterKey, code: string) => ImportIssue) {
  const accounts = await accountsByEmail(db, rows.map((r) => r.email));
  const existingIds = [...accounts.values()].map((a) => a.userId);
  const applications = await applicationsByUser(db, programId, existingIds);
  const consents = await consentsByUser(db, programId, existingIds);
  const issues: ImportIssue[] = [];
  for (const row of rows) {
    const account = accounts.get(row.email);
    if (!account) continue;
    const problem = accountProblem(account, collegeId);
    if (problem) issues.push(at(row.rowNumber, 'email', problem));
    else if (withdrawnSince(consents.get(account.userId) ?? [], row.consentDate)) issues.push(at(row.rowNumber, 'consentDate', 'import.consentWithdrawn'));
  }
  return { accounts, applications, consents, issues };
}

/** An empty required signature cell says the same as a “no”: the row has no signed form. */
function clarify(issue: ImportIssue, keyAt: Map<number, string>): ImportIssue {
  return issue.code === 'cell.required' && issue.columnIndex !== undefined && keyAt.get(issue.columnIndex) === 'consentSigned' ? { ...issue, code: 'consent.paperFormMissing' } : issue;
}

function accountProblem(account: Awaited<ReturnType<typeof accountsByEmail>> extends Map<string, infer A> ? A : never, collegeId: string): string | null {
  if (account.memberships.some((m) => m.role === 'student' && m.organizationId === collegeId)) return account.disabledAt ? 'import.accountDisabled' : null;
  if (account.memberships.some((m) => m.role === 'student')) return 'import.otherCollege';
  return 'import.notStudent';
}

/** No active consent, and the latest was withdrawn on or after the day the paper form was signed. */
function withdrawnSince(consents: readonly ConsentRow[], signedOn: string): boolean {
  if (consents.some((c) => c.withdrawnAt === null)) return false;
  return consents.some((c) => c.withdrawnAt !== null && isoDay(c.withdrawnAt) >= signedOn);
}

function rosterValues(input: ApplicationInput) {
  return {
    nameLatin: input.nameLatin,
    nameCyrillic: input.nameCyrillic,
    nameKatakana: input.nameKatakana,
    department: input.department,
    graduationYear: input.graduationYear,
    jlptLevel: input.jlptLevel,
    jlptDate: input.jlptDate ?? null,
    skills: input.skills,
  };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set([...a, ...b]).size === new Set(a).size;
const sameValue = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : (a ?? null) === (b ?? null));
