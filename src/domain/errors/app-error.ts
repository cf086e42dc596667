// The error-code catalogue. The domain and the services speak in codes; one HTTP error
// handler maps each code to a status, and the UI and the API translate it (never English
// sentences in the core).

import { PIPELINE_REFUSAL_CODES } from '../pipeline/pipeline-state.ts';
import { MOVE_REFUSALS } from '../fairs/fair-moves.ts';
import { IMPORT_ERROR_CODES } from './import-error-codes.ts';
import { HOUSING_REFUSALS } from '../housing/housing.ts';
import { INTERNSHIP_REFUSALS } from '../internship/internship.ts';
import { HIRING_REFUSALS } from '../hiring/hiring.ts';

export const APP_ERROR_CODES = [
  'validation.failed',
  'request.malformed',
  'request.tooLarge',
  'request.crossSite',
  'resource.notFound',
  'resource.versionConflict',
  'resource.duplicate',
  'route.notFound',
  'request.rateLimited',
  'auth.required',
  'auth.invalidCredentials',
  'auth.throttled',
  'auth.busy',
  'auth.invalidCode',
  'auth.twoFactorSetupRequired',
  'auth.linkInvalid',
  'access.forbidden',
  'invitation.notPending',
  'invitation.alreadyMember',
  'mail.unavailable',
  // A refused import file (src/server/import/import-error.ts), and a file whose rows did not pass
  // validation (its issues as field issues located by row and column).
  ...IMPORT_ERROR_CODES,
  'import.invalidRows',
  // Consent and applications (issue 4): applying needs an active consent covering the program's
  // operator; a consent must be given to the current notice; a pipeline move the rules refuse
  // answers with the pipeline's own refusal code.
  'consent.required',
  'consent.noticeOutdated',
  ...PIPELINE_REFUSAL_CODES,
  // A bulk status change the pipeline refuses for one or more students: nothing moved, each
  // refusal listed as a field issue `items.<index>` with the pipeline's code.
  'application.bulkRefused',
  // CV and portfolio uploads: empty, over the kind's size limit, or not a type the kind takes
  // (told by the content).
  'file.empty',
  'file.tooLarge',
  'file.unsupportedType',
  // The call for host companies (issue 4 item 1): a company's write after the deadline, or to a
  // call that is not open, needs the operator.
  'hostCall.closed',
  // Donated lectures (issue 4 item 5): a QR check-in with a forged, expired or foreign code, or
  // by someone without a screened application in the session's program.
  'attendance.tokenInvalid',
  'attendance.tokenExpired',
  'attendance.wrongSession',
  'attendance.notEnrolled',
  // A certificate of attendance before any session was attended.
  'attendance.noneAttended',
  // The interview fair (issue 5): a manual move the fair's rules refuse (domain/fairs/fair-moves),
  // an approval over the caps (each interview named as items.<i>), a change of days while
  // interviews are placed, withdrawing a placed interview, moving or evaluating an interview that
  // is not approved or not placed.
  ...MOVE_REFUSALS,
  'fair.capExceeded',
  'fair.scheduleExists',
  'fair.interviewPlaced',
  'fair.notApproved',
  'fair.notInterviewed',
  // Intern selection: the round no longer takes changes (published or frozen), the lists'
  // deadline has passed, a step out of order (publishing before a run, freezing before
  // publication, a second round after a round not frozen).
  'matching.roundClosed',
  'matching.deadlinePassed',
  'matching.notRun',
  'matching.notPublished',
  'matching.previousNotFrozen',
  // Housing: a stay the database refuses (the person elsewhere, no free bed, outside the
  // partner's lending, the same-gender rule), no internship phase to take the season from,
  // fewer beds than booked, a contract step out of order, a request already answered or for
  // someone not hired, a signed scan not there.
  ...HOUSING_REFUSALS,
  // The internship: no plan yet, a report of a day to come or after the mentor's comment, a
  // comment without a report, dates that would drop days with records, not an intern.
  ...INTERNSHIP_REFUSALS,
  // Hiring: not an intern, an application closed, an offer not open or expired, one pending, a
  // student already hired; a check-in not open yet or answered; a residence step not one's own.
  ...HIRING_REFUSALS,
  'service.unavailable',
  'idempotency.keyInvalid',
  'idempotency.keyReused',
  'idempotency.inProgress',
  'internal.unexpected',
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** One problem with one input field; `field` is a dotted path such as `name.ja`. A problem inside
 * an uploaded file also names its place `at`: the row a person sees in the spreadsheet and the
 * column header as written (the message then reads "row 12, column “E-mail”: …"). */
export type FieldIssue = {
  field: string;
  code: string;
  params?: Record<string, string | number>;
  at?: { row: number; column: string };
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly details: { fields?: FieldIssue[]; params?: Record<string, string | number> } = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const invalid = (fields: FieldIssue[]) => new AppError('validation.failed', { fields });
export const notFound = (resource: string) => new AppError('resource.notFound', { params: { resource } });
export const versionConflict = (resource: string, currentVersion: number) =>
  new AppError('resource.versionConflict', { params: { resource, currentVersion } });
export const duplicate = (resource: string, fields: FieldIssue[] = []) =>
  new AppError('resource.duplicate', { params: { resource }, fields });
export const forbidden = () => new AppError('access.forbidden');
