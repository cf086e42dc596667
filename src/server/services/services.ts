import type { Auth } from '../auth/auth.ts';
import type { PasswordHasher } from '../auth/password-hasher.ts';
import type { Db } from '../db/database.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { Mailer } from '../mail/mailer.ts';
import { AccountService } from './account.service.ts';
import { ApplicationsService } from './applications.service.ts';
import { AuditLogService } from './audit-log.service.ts';
import { CohortsService } from './cohorts.service.ts';
import { ConsentsService } from './consents.service.ts';
import { DemoAccountsService } from './demo-accounts.service.ts';
import { HostCallsService } from './host-calls.service.ts';
import { IdentityService } from './identity.service.ts';
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

export type Services = ReturnType<typeof createServices>;

export type ServiceOptions = {
  auth: Auth;
  demoAccounts: boolean;
  mailer: Mailer;
  hasher: PasswordHasher;
  /** Where people reach the app, for the links in e-mails. */
  publicUrl: string;
  fieldCipher: FieldCipher;
  now?: () => Date;
};

/** Wires the services; each takes only what it uses. */
export function createServices(db: Db, { auth, demoAccounts, mailer, hasher, publicUrl, fieldCipher, now = () => new Date() }: ServiceOptions) {
  const programs = new ProgramsService(db, now);
  const invitations = new InvitationsService(db, mailer, publicUrl, now);
  return {
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
    identity: new IdentityService(db, fieldCipher),
    consents: new ConsentsService(db, now),
    applications: new ApplicationsService(db, now),
    hostCalls: new HostCallsService(db, now),
    studentImport: new StudentImportService(db, invitations, now),
  };
}
