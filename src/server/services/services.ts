import type { Auth } from '../auth/auth.ts';
import type { PasswordHasher } from '../auth/password-hasher.ts';
import type { Db } from '../db/database.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { attendanceTokenSigner } from '../crypto/attendance-token.ts';
import type { Mailer } from '../mail/mailer.ts';
import { AccountService } from './account.service.ts';
import { ApplicationFilesService } from './application-files.service.ts';
import { ApplicationsService } from './applications.service.ts';
import { DataExportService } from './data-export.service.ts';
import type { FileStore } from '../storage/file-store.ts';
import { AuditLogService } from './audit-log.service.ts';
import { CohortsService } from './cohorts.service.ts';
import { ConsentsService } from './consents.service.ts';
import { DemoAccountsService } from './demo-accounts.service.ts';
import { FairInterviewsService } from './fair-interviews.service.ts';
import { FairScheduleService } from './fair-schedule.service.ts';
import { FairsService } from './fairs.service.ts';
import { HostCallsService } from './host-calls.service.ts';
import { IdentityService } from './identity.service.ts';
import { LecturesService } from './lectures.service.ts';
import { MatchingRoundsService } from './matching-rounds.service.ts';
import { MatchingRunsService } from './matching-runs.service.ts';
import { InvitationAcceptanceService } from './invitation-acceptance.service.ts';
import { InvitationsService } from './invitations.service.ts';
import { MembersService } from './members.service.ts';
import { OrganizationsService } from './organizations.service.ts';
import { OutboxService } from './outbox.service.ts';
import { ParticipationsService } from './participations.service.ts';
import { PhasesService } from './phases.service.ts';
import { ProgramsService } from './programs.service.ts';
import { SignInService } from './sign-in.service.ts';
import { StudentImportService } from './student-import.service.ts';
import { HousingUnitsService } from './housing-units.service.ts';
import { StaysService } from './stays.service.ts';
import { LoanContractsService } from './loan-contracts.service.ts';
import { ArrivalsService } from './arrivals.service.ts';
import { HousingRequestsService } from './housing-requests.service.ts';
import { InternshipService } from './internship.service.ts';
import { VisaPacksService } from './visa-packs.service.ts';
import { ListExportsService } from './list-exports.service.ts';
import { HiringHousingExportsService } from './hiring-housing-exports.service.ts';
import { ProgramExportsService } from './program-exports.service.ts';
import { PeopleExportsService } from './people-exports.service.ts';
import { ReportsService } from './reports.service.ts';
import { ReportMeetingService } from './report-meeting.service.ts';
import { HiringService } from './hiring.service.ts';
import { EmploymentsService } from './employments.service.ts';
import { ResidenceRemindersService } from './residence-reminders.service.ts';
import { AgreementRemindersService } from './agreement-reminders.service.ts';
import { ReadinessService } from './readiness.service.ts';
import { FundedProjectsService } from './funded-projects.service.ts';
import { ProjectFiguresService } from './project-figures.service.ts';
import { FunderReportService } from './funder-report.service.ts';
import type { JobQueue } from '../jobs/job-queue.ts';

export type Services = ReturnType<typeof createServices>;

export type ServiceOptions = {
  auth: Auth;
  demoAccounts: boolean;
  mailer: Mailer;
  hasher: PasswordHasher;
  /** Where people reach the app, for the links in e-mails. */
  publicUrl: string;
  fieldCipher: FieldCipher;
  /** Where the bytes of uploaded files live. */
  fileStore: FileStore;
  /** Told when a replaced or deleted file's bytes could not be removed (after the commit). */
  onFileCleanupError?: (error: unknown) => void;
  /** Signs the QR codes of lecture sessions (derived from the auth secret). */
  attendanceKey: Buffer;
  /** Background jobs (reminders); null where nothing runs them (a CLI command, most tests). */
  jobQueue?: JobQueue | null;
  now?: () => Date;
};

/** Wires the services; each takes only what it uses. */
export function createServices(db: Db, { auth, demoAccounts, mailer, hasher, publicUrl, fieldCipher, attendanceKey, fileStore, onFileCleanupError, jobQueue = null, now = () => new Date() }: ServiceOptions) {
  const programs = new ProgramsService(db, now);
  const identity = new IdentityService(db, fieldCipher);
  const invitations = new InvitationsService(db, mailer, publicUrl, now);
  const fairs = new FairsService(db);
  const fairInterviews = new FairInterviewsService(db);
  const matchingRounds = new MatchingRoundsService(db, now);
  const residenceReminders = new ResidenceRemindersService(db, mailer, jobQueue, publicUrl, now);
  const applications = new ApplicationsService(db, now);
  const services = {
    organizations: new OrganizationsService(db, now),
    programs,
    phases: new PhasesService(db, programs),
    cohorts: new CohortsService(db, programs),
    participations: new ParticipationsService(db, programs),
    signIn: new SignInService(db, auth, now, hasher),
    account: new AccountService(db, auth),
    demo: new DemoAccountsService(db, demoAccounts),
    invitations,
    invitationAcceptance: new InvitationAcceptanceService(db, hasher, now),
    members: new MembersService(db, now),
    auditLog: new AuditLogService(db),
    outbox: new OutboxService(db, mailer),
    identity,
    consents: new ConsentsService(db, now),
    applications,
    applicationFiles: new ApplicationFilesService(db, fileStore, onFileCleanupError),
    dataExport: new DataExportService(db, identity, now),
    hostCalls: new HostCallsService(db, now),
    lectures: new LecturesService(db, now, attendanceTokenSigner(attendanceKey)),
    studentImport: new StudentImportService(db, invitations, now),
    fairs,
    fairInterviews,
    fairSchedule: new FairScheduleService(db, mailer, publicUrl, now, fairs, fairInterviews),
    matchingRounds,
    matchingRuns: new MatchingRunsService(db, matchingRounds, mailer, publicUrl, now),
    housingUnits: new HousingUnitsService(db, fileStore, now),
    stays: new StaysService(db, now),
    loanContracts: new LoanContractsService(db, fileStore, now),
    agreementReminders: new AgreementRemindersService(db, mailer, jobQueue, publicUrl, now),
    arrivals: new ArrivalsService(db, now),
    housingRequests: new HousingRequestsService(db, mailer, publicUrl, now),
    internship: new InternshipService(db, fieldCipher, now),
    reportMeeting: new ReportMeetingService(db, fileStore, onFileCleanupError),
    residenceReminders,
    hiring: new HiringService(db, residenceReminders, now),
    employments: new EmploymentsService(db, fieldCipher, residenceReminders, now),
    readiness: new ReadinessService(db),
    visaPacks: new VisaPacksService(db, fieldCipher, now),
    fundedProjects: new FundedProjectsService(db, now),
    projectFigures: new ProjectFiguresService(db),
    funderReport: new FunderReportService(db, now),
    reports: new ReportsService(db, now),
  };
  // The lists' downloads read each list through the service its route calls, with the same reader.
  return {
    ...services,
    listExports: new ListExportsService(db, services, now),
    programExports: new ProgramExportsService(services, now),
    peopleExports: new PeopleExportsService(db, services, now),
    hiringHousingExports: new HiringHousingExportsService(db, services, now),
  };
}
