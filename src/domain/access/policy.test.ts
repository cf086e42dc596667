import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, applicationActorKind, type ApplicationImportFacts, importCollegeFor, applicationScope, can, hostApplicationActorKind, hostApplicationScope, hostCallScope, type HostApplicationFacts, type HostCallFacts, inPeopleScope, peopleScope, programScope, type ApplicationFacts, type OrganizationFacts, type PersonFacts, type ProgramFacts } from './policy.ts';
import { MEMBERSHIP_ROLES, type Actor, type MembershipRole } from './roles.ts';

const HITACHI = 'org-hitachi-center';
const NAGAOKA = 'org-nagaoka-city';
const NAZE = 'org-naze';
const COMPANY = 'org-company-a';
const COLLEGE = 'org-new-mongol-kosen';

const actor = (...memberships: [string, MembershipRole][]): Actor => ({
  userId: 'u1',
  memberships: memberships.map(([organizationId, role]) => ({ organizationId, role })),
});

const hitachiProgram: ProgramFacts = { type: 'program', operatorIds: [HITACHI], participantIds: [HITACHI, COMPANY, COLLEGE] };
const nagaokaProgram: ProgramFacts = { type: 'program', operatorIds: [NAGAOKA, NAZE], participantIds: [NAGAOKA, NAZE, COLLEGE] };

describe('programs', () => {
  it('lets an operator admin do everything with its own programs and nothing with another operator’s', () => {
    const admin = actor([HITACHI, 'operator_admin']);
    for (const action of ['read', 'readPublic', 'update', 'archive'] as const) {
      expect(can(admin, action, hitachiProgram)).toBe(true);
      expect(can(admin, action, nagaokaProgram)).toBe(false);
    }
    expect(can(admin, 'create', { type: 'newProgram', operatorId: HITACHI })).toBe(true);
    expect(can(admin, 'create', { type: 'newProgram', operatorId: NAGAOKA })).toBe(false);
  });

  it('lets operator staff read and edit but not archive or create', () => {
    const staff = actor([HITACHI, 'operator_staff']);
    expect(can(staff, 'read', hitachiProgram)).toBe(true);
    expect(can(staff, 'update', hitachiProgram)).toBe(true);
    expect(can(staff, 'archive', hitachiProgram)).toBe(false);
    expect(can(staff, 'create', { type: 'newProgram', operatorId: HITACHI })).toBe(false);
  });

  it('treats a co-operator (NAZE in Nagaoka’s project) as an operator of the program', () => {
    expect(can(actor([NAZE, 'operator_staff']), 'update', nagaokaProgram)).toBe(true);
  });

  it('shows participants only the public form of the programs they take part in', () => {
    for (const who of [actor([COMPANY, 'host_company']), actor([COLLEGE, 'college_coordinator'])]) {
      expect(can(who, 'readPublic', hitachiProgram)).toBe(true);
      expect(can(who, 'read', hitachiProgram)).toBe(false);
      expect(can(who, 'update', hitachiProgram)).toBe(false);
    }
    expect(can(actor([COMPANY, 'host_company']), 'readPublic', nagaokaProgram)).toBe(false);
    expect(can(actor([COLLEGE, 'college_coordinator']), 'readPublic', nagaokaProgram)).toBe(true);
  });

  it('gives a member of an operator in a non-operator role no operator rights', () => {
    expect(can(actor([HITACHI, 'funder']), 'read', hitachiProgram)).toBe(false);
    expect(can(actor([HITACHI, 'funder']), 'readPublic', hitachiProgram)).toBe(true);
  });
});

describe('organizations', () => {
  const company = { type: 'organization' as const, id: COMPANY, operatorIdsOfItsPrograms: [HITACHI] };

  it('lets members see and edit their own organization, students only see it', () => {
    expect(can(actor([COMPANY, 'host_company']), 'update', company)).toBe(true);
    expect(can(actor([COMPANY, 'student']), 'read', company)).toBe(true);
    expect(can(actor([COMPANY, 'student']), 'update', company)).toBe(false);
  });

  it('lets the operators of its programs see and edit it, and only their admins archive it', () => {
    expect(can(actor([HITACHI, 'operator_staff']), 'update', company)).toBe(true);
    expect(can(actor([HITACHI, 'operator_staff']), 'archive', company)).toBe(false);
    expect(can(actor([HITACHI, 'operator_admin']), 'archive', company)).toBe(true);
    expect(can(actor([NAGAOKA, 'operator_admin']), 'read', company)).toBe(false);
  });

  it('lets only operator members register new organizations', () => {
    expect(can(actor([NAGAOKA, 'operator_staff']), 'create', { type: 'newOrganization' })).toBe(true);
    expect(can(actor([COMPANY, 'host_company']), 'create', { type: 'newOrganization' })).toBe(false);
  });
});

describe('invitations and people', () => {
  const company: OrganizationFacts = { type: 'organization', id: COMPANY, operatorIdsOfItsPrograms: [HITACHI] };
  const college: OrganizationFacts = { type: 'organization', id: COLLEGE, operatorIdsOfItsPrograms: [HITACHI, NAGAOKA] };
  const hitachi: OrganizationFacts = { type: 'organization', id: HITACHI, operatorIdsOfItsPrograms: [] };
  const invite = (organization: OrganizationFacts, role: MembershipRole) => ({ type: 'invitation' as const, organization, role });
  const person = (userId: string, ...memberships: [OrganizationFacts, MembershipRole][]) => ({
    type: 'person' as const,
    userId,
    memberships: memberships.map(([organization, role]) => ({ organization, role })),
  });

  it('lets an operator admin invite into its own operator and into the organizations in its scope', () => {
    const admin = actor([HITACHI, 'operator_admin']);
    expect(can(admin, 'create', invite(hitachi, 'operator_admin'))).toBe(true);
    expect(can(admin, 'create', invite(company, 'host_company'))).toBe(true);
    expect(can(admin, 'create', invite(college, 'student'))).toBe(true);
    expect(can(actor([NAGAOKA, 'operator_admin']), 'read', invite(company, 'host_company'))).toBe(false);
  });

  it('keeps operator roles to the operator’s own admins', () => {
    expect(can(actor([HITACHI, 'operator_admin']), 'create', invite(company, 'operator_admin'))).toBe(false);
    expect(can(actor([HITACHI, 'operator_staff']), 'create', invite(hitachi, 'operator_staff'))).toBe(false);
  });

  it('lets a college coordinator invite students into its own college only', () => {
    const coordinator = actor([COLLEGE, 'college_coordinator']);
    expect(can(coordinator, 'create', invite(college, 'student'))).toBe(true);
    expect(can(coordinator, 'create', invite(college, 'college_coordinator'))).toBe(false);
    expect(can(coordinator, 'read', invite(college, 'college_coordinator'))).toBe(true);
    expect(can(coordinator, 'read', invite(company, 'host_company'))).toBe(false);
  });

  it('lets no company member or student invite anyone', () => {
    expect(can(actor([COMPANY, 'host_company']), 'create', invite(company, 'host_company'))).toBe(false);
    expect(can(actor([COLLEGE, 'student']), 'create', invite(college, 'student'))).toBe(false);
  });

  it('deactivates only people whose every role the actor manages, and never oneself', () => {
    const admin = actor([HITACHI, 'operator_admin']);
    const coordinator = actor([COLLEGE, 'college_coordinator']);
    expect(can(admin, 'update', person('u2', [company, 'host_company']))).toBe(true);
    expect(can(admin, 'update', person('u1', [hitachi, 'operator_admin']))).toBe(false);
    expect(can(coordinator, 'update', person('u3', [college, 'student']))).toBe(true);
    expect(can(coordinator, 'update', person('u4', [college, 'college_coordinator']))).toBe(false);
    const nagaokaStaff: OrganizationFacts = { type: 'organization', id: NAGAOKA, operatorIdsOfItsPrograms: [] };
    const shared = person('u5', [company, 'host_company'], [nagaokaStaff, 'operator_staff']);
    expect(can(admin, 'read', shared)).toBe(true);
    expect(can(admin, 'update', shared)).toBe(false);
  });
});

describe('properties', () => {
  const orgId = fc.constantFrom('o1', 'o2', 'o3', 'o4', 'o5');
  const arbActor = fc.record({
    userId: fc.constant('u'),
    memberships: fc.array(fc.record({ organizationId: orgId, role: fc.constantFrom(...MEMBERSHIP_ROLES) }), { maxLength: 4 }),
  });
  const arbProgram = fc.record({
    type: fc.constant('program' as const),
    operatorIds: fc.uniqueArray(orgId, { minLength: 1, maxLength: 2 }),
    participantIds: fc.uniqueArray(orgId, { maxLength: 4 }),
  });

  it('never grants anything on a program to someone outside all of its organizations', () => {
    fc.assert(
      fc.property(arbActor, arbProgram, (a, p) => {
        const outsider = { ...a, memberships: a.memberships.filter((m) => !p.operatorIds.includes(m.organizationId) && !p.participantIds.includes(m.organizationId)) };
        return ACTIONS.every((action) => !can(outsider, action, p));
      }),
    );
  });

  it('list scopes agree with can(): a list shows exactly what may be read', () => {
    fc.assert(
      fc.property(arbActor, arbProgram, (a, p) => {
        const scope = programScope(a);
        const full = p.operatorIds.some((id) => scope.operatorIds.includes(id));
        const pub = full || p.participantIds.some((id) => scope.participantIds.includes(id)) || p.operatorIds.some((id) => scope.participantIds.includes(id));
        return can(a, 'read', p) === full && can(a, 'readPublic', p) === pub;
      }),
      { numRuns: 2000 },
    );
  });

  const arbOrganization = fc.record({
    type: fc.constant('organization' as const),
    id: orgId,
    operatorIdsOfItsPrograms: fc.uniqueArray(orgId, { maxLength: 3 }),
  });
  const arbRole = fc.constantFrom(...MEMBERSHIP_ROLES);

  it('people lists agree with can(): a list shows exactly the invitations that may be read', () => {
    fc.assert(
      fc.property(arbActor, arbOrganization, arbRole, (a, o, role) => can(a, 'read', { type: 'invitation', organization: o, role }) === inPeopleScope(peopleScope(a), o)),
      { numRuns: 2000 },
    );
  });

  it('whoever may invite into or revoke a role may also see it, and may deactivate nobody they cannot see', () => {
    fc.assert(
      fc.property(arbActor, arbOrganization, arbRole, (a, o, role) => {
        const invitation = { type: 'invitation' as const, organization: o, role };
        const person = { type: 'person' as const, userId: 'v', memberships: [{ organization: o, role }] };
        return (!can(a, 'create', invitation) || can(a, 'read', invitation)) && (!can(a, 'update', person) || can(a, 'read', person));
      }),
    );
  });

  it('never lets anyone deactivate themselves', () => {
    fc.assert(fc.property(arbActor, fc.array(fc.tuple(arbOrganization, arbRole)), (a, ms) => !can(a, 'update', { type: 'person', userId: a.userId, memberships: ms.map(([organization, role]) => ({ organization, role })) })));
  });

  it('whoever may update or archive a program may also read it', () => {
    fc.assert(fc.property(arbActor, arbProgram, (a, p) => (!can(a, 'update', p) && !can(a, 'archive', p)) || can(a, 'read', p)));
  });
});

describe('identity documents', () => {
  const collegeFacts: OrganizationFacts = { type: 'organization', id: COLLEGE, operatorIdsOfItsPrograms: [HITACHI, NAGAOKA] };
  const student: PersonFacts = { type: 'person', userId: 'student-1', memberships: [{ organization: collegeFacts, role: 'student' }] };
  const identity = { type: 'identity', person: student } as const;

  it('shows a student’s documents to the student, the admins of the operators they take part with and their coordinator', () => {
    for (const reader of [
      { ...actor([COLLEGE, 'student']), userId: 'student-1' },
      actor([HITACHI, 'operator_admin']),
      actor([NAGAOKA, 'operator_admin']),
      actor([COLLEGE, 'college_coordinator']),
    ]) {
      expect(can(reader, 'read', identity)).toBe(true);
      expect(can(reader, 'update', identity)).toBe(true);
    }
  });

  it('never to operator staff, host companies, other students or partners', () => {
    for (const reader of [
      actor([HITACHI, 'operator_staff']),
      actor([COMPANY, 'host_company']),
      actor([COLLEGE, 'student']),
      actor(['org-leopalace21', 'housing_partner']),
      actor(['org-jica', 'funder']),
      actor([NAZE, 'operator_admin']), // administers another operator than the student's
    ]) {
      for (const action of ['read', 'update', 'readPublic', 'create', 'archive'] as const) expect(can(reader, action, identity)).toBe(false);
    }
  });
});

describe('applications', () => {
  const OTHER_COMPANY = 'org-company-b';
  const program: ProgramFacts = { type: 'program', operatorIds: [HITACHI], participantIds: [HITACHI, COMPANY, OTHER_COMPANY, COLLEGE] };
  const application = (overrides: Partial<ApplicationFacts> = {}): ApplicationFacts => ({
    type: 'application',
    program,
    studentUserId: 'student-1',
    collegeId: COLLEGE,
    companiesOfInterest: [COMPANY],
    consentedRecipientIds: [HITACHI, COMPANY],
    ...overrides,
  });
  const student = { userId: 'student-1', memberships: [{ organizationId: COLLEGE, role: 'student' as const }] };

  it('lets students of a sending college give consent and apply, and nobody else', () => {
    const facts = { type: 'programStudent' as const, program, sendingCollegeIds: [COLLEGE] };
    expect(can(student, 'create', facts)).toBe(true);
    expect(can(student, 'read', facts)).toBe(true);
    expect(can(actor([COLLEGE, 'college_coordinator']), 'create', facts)).toBe(false);
    expect(can(actor([HITACHI, 'operator_admin']), 'create', facts)).toBe(false);
    expect(can(student, 'create', { ...facts, sendingCollegeIds: ['org-other-college'] })).toBe(false);
  });

  it('gives each actor the kind the pipeline knows them by', () => {
    expect(applicationActorKind(actor([HITACHI, 'operator_staff']), application())).toBe('operator');
    expect(applicationActorKind(actor([COLLEGE, 'college_coordinator']), application())).toBe('college');
    expect(applicationActorKind(actor([COMPANY, 'host_company']), application())).toBe('host_company');
    expect(applicationActorKind(student, application())).toBe('student');
    expect(applicationActorKind(actor([NAGAOKA, 'operator_admin']), application())).toBeNull();
    expect(applicationActorKind(actor([COLLEGE, 'student']), application())).toBeNull(); // a classmate
  });

  it('shows an application to a host company only while the student chose it under an active consent', () => {
    const company = actor([COMPANY, 'host_company']);
    expect(can(company, 'read', application())).toBe(true);
    expect(can(company, 'read', application({ consentedRecipientIds: [HITACHI] }))).toBe(false); // consent withdrawn or not naming it
    expect(can(company, 'read', application({ companiesOfInterest: [OTHER_COMPANY], consentedRecipientIds: [HITACHI, COMPANY, OTHER_COMPANY] }))).toBe(false);
    expect(can(actor([OTHER_COMPANY, 'host_company']), 'read', application())).toBe(false);
  });

  it('lets whoever sees an application ask to move it, and nobody archive or create it', () => {
    for (const a of [actor([HITACHI, 'operator_admin']), student, actor([COLLEGE, 'college_coordinator'])]) {
      expect(can(a, 'update', application())).toBe(true);
      expect(can(a, 'archive', application())).toBe(false);
      expect(can(a, 'create', application())).toBe(false);
    }
    expect(can(actor([HITACHI, 'funder']), 'read', application())).toBe(false);
  });

  it('lets the readers of an application read its files, and only the student and their college change them, until it is withdrawn', () => {
    const files = (overrides: Partial<ApplicationFacts> = {}, withdrawn = false) => ({ type: 'applicationFiles' as const, application: application(overrides), withdrawn });
    const operator = actor([HITACHI, 'operator_admin']);
    const coordinator = actor([COLLEGE, 'college_coordinator']);
    const company = actor([COMPANY, 'host_company']);
    for (const a of [operator, coordinator, company, student]) expect(can(a, 'read', files())).toBe(true);
    expect(can(company, 'read', files({ consentedRecipientIds: [HITACHI] }))).toBe(false); // consent withdrawn
    expect(can(actor([COLLEGE, 'student']), 'read', files())).toBe(false); // a classmate
    expect(can(student, 'update', files())).toBe(true);
    expect(can(coordinator, 'update', files())).toBe(true);
    expect(can(operator, 'update', files())).toBe(false);
    expect(can(company, 'update', files())).toBe(false);
    expect(can(student, 'update', files({}, true))).toBe(false);
    expect(can(student, 'read', files({}, true))).toBe(true);
  });

  it('list scope agrees with can(): operators all, others their own, their college’s and what is shared with their company', () => {
    const orgId = fc.constantFrom(HITACHI, COMPANY, OTHER_COMPANY, COLLEGE, 'org-x');
    const arbActor = fc.record({
      userId: fc.constantFrom('student-1', 'u2'),
      memberships: fc.array(fc.record({ organizationId: orgId, role: fc.constantFrom(...MEMBERSHIP_ROLES) }), { maxLength: 3 }),
    });
    const arbApplication = fc.record({
      studentUserId: fc.constantFrom('student-1', 'u3'),
      collegeId: fc.constantFrom(COLLEGE, 'org-x'),
      companiesOfInterest: fc.uniqueArray(orgId, { maxLength: 3 }),
      consentedRecipientIds: fc.uniqueArray(orgId, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(arbActor, arbApplication, (a, fields) => {
        const facts = application(fields);
        const scope = applicationScope(a, program);
        const listed =
          scope.all ||
          scope.userId === facts.studentUserId ||
          scope.collegeIds.includes(facts.collegeId) ||
          facts.companiesOfInterest.some((id) => scope.companyIds.includes(id) && facts.consentedRecipientIds.includes(id));
        return can(a, 'read', facts) === listed;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the call for host companies', () => {
  const OTHER_COMPANY = 'org-company-b';
  const call = (status: HostCallFacts['status'], program = hitachiProgram): HostCallFacts => ({ type: 'hostCall', program, status });
  const application: HostApplicationFacts = { type: 'hostApplication', program: hitachiProgram, companyId: OTHER_COMPANY };

  it('keeps a draft to the program’s operators, and shows open and closed calls to every host company', () => {
    const staff = actor([HITACHI, 'operator_staff']);
    const company = actor([COMPANY, 'host_company']);
    const coordinator = actor([COLLEGE, 'college_coordinator']);
    expect(can(staff, 'read', call('draft'))).toBe(true);
    expect(can(staff, 'update', call('draft'))).toBe(true);
    expect(can(actor([NAGAOKA, 'operator_admin']), 'read', call('draft'))).toBe(false);
    expect(can(company, 'read', call('draft'))).toBe(false);
    // Any company, including one that does not take part in the program.
    expect(can(actor([OTHER_COMPANY, 'host_company']), 'read', call('open', nagaokaProgram))).toBe(true);
    expect(can(company, 'read', call('closed'))).toBe(true);
    expect(can(company, 'update', call('open'))).toBe(false);
    expect(can(company, 'create', call('open'))).toBe(true);
    expect(can(company, 'create', call('closed'))).toBe(false);
    expect(can(staff, 'create', call('open'))).toBe(false);
    expect(can(coordinator, 'read', call('open'))).toBe(false);
  });

  it('shows an application to the program’s operators and its own company only; only operators select', () => {
    expect(hostApplicationActorKind(actor([HITACHI, 'operator_staff']), application)).toBe('operator');
    expect(hostApplicationActorKind(actor([OTHER_COMPANY, 'host_company']), application)).toBe('company');
    expect(hostApplicationActorKind(actor([COMPANY, 'host_company']), application)).toBeNull();
    expect(hostApplicationActorKind(actor([OTHER_COMPANY, 'student']), application)).toBeNull();
    expect(can(actor([OTHER_COMPANY, 'host_company']), 'update', application)).toBe(true);
    expect(can(actor([OTHER_COMPANY, 'host_company']), 'update', { type: 'hostSelection', application })).toBe(false);
    expect(can(actor([HITACHI, 'operator_staff']), 'update', { type: 'hostSelection', application })).toBe(true);
    expect(can(actor([NAGAOKA, 'operator_admin']), 'read', application)).toBe(false);
  });

  it('scopes lists: operators their programs’ calls and all applications, companies open calls and their own', () => {
    expect(hostCallScope(actor([HITACHI, 'operator_admin'], [COMPANY, 'host_company']))).toEqual({ operatorIds: [HITACHI], open: true });
    expect(hostCallScope(actor([COLLEGE, 'student']))).toEqual({ operatorIds: [], open: false });
    expect(hostApplicationScope(actor([HITACHI, 'operator_staff']), hitachiProgram)).toEqual({ all: true, companyIds: [] });
    expect(hostApplicationScope(actor([COMPANY, 'host_company']), hitachiProgram)).toEqual({ all: false, companyIds: [COMPANY] });
  });
});

describe('importing a college’s roster into a program', () => {
  const OTHER_COLLEGE = 'org-other-college';
  const facts = (collegeId: string | null): ApplicationImportFacts => ({ type: 'applicationImport', program: hitachiProgram, sendingCollegeIds: [COLLEGE, OTHER_COLLEGE], collegeId });

  it('lets the program’s operators import for any sending college and a coordinator for their own only', () => {
    expect(can(actor([HITACHI, 'operator_staff']), 'create', facts(COLLEGE))).toBe(true);
    expect(can(actor([HITACHI, 'operator_admin']), 'create', facts('org-not-sending'))).toBe(false);
    expect(can(actor([HITACHI, 'operator_admin']), 'create', facts(null))).toBe(false);
    expect(can(actor([COLLEGE, 'college_coordinator']), 'create', facts(COLLEGE))).toBe(true);
    expect(can(actor([COLLEGE, 'college_coordinator']), 'create', facts(OTHER_COLLEGE))).toBe(false);
    for (const role of ['student', 'host_company', 'funder'] as const) expect(can(actor([COLLEGE, role]), 'create', facts(COLLEGE))).toBe(false);
    expect(can(actor([NAGAOKA, 'operator_admin']), 'create', facts(COLLEGE))).toBe(false);
  });

  it('gives the template to the same people, and finds the coordinator’s college when none is named', () => {
    expect(can(actor([OTHER_COLLEGE, 'college_coordinator']), 'read', facts(null))).toBe(true);
    expect(can(actor([COMPANY, 'host_company']), 'read', facts(null))).toBe(false);
    expect(can(actor([COLLEGE, 'student']), 'read', facts(null))).toBe(false);
    expect(importCollegeFor(actor([COLLEGE, 'college_coordinator']), [COLLEGE, OTHER_COLLEGE], undefined)).toBe(COLLEGE);
    expect(importCollegeFor(actor([COLLEGE, 'college_coordinator']), [COLLEGE], OTHER_COLLEGE)).toBe(OTHER_COLLEGE);
    expect(importCollegeFor(actor([HITACHI, 'operator_admin']), [COLLEGE], undefined)).toBeNull();
    expect(importCollegeFor(actor([COLLEGE, 'college_coordinator'], [OTHER_COLLEGE, 'college_coordinator']), [COLLEGE, OTHER_COLLEGE], undefined)).toBeNull();
  });
});
