// The canary test of issue 3: the people of every organization (a member and an invitee, with
// their e-mail) carry a marker naming their organization. Every role in both operators' worlds
// reads every list, search, record and mailbox it can reach; the markers it meets must be
// exactly those it should: an operator's admins see their own world's people, a college's
// coordinator its own, nobody else anyone's, and nobody ever the other operator's.
// Applications (issue 4) carry their student's college marker too: one applicant chose the
// host company under a consent naming it; another (marked WITHDRAWN) chose it and then withdrew
// the consent. The program's operators (admins and staff) and the college's coordinator see
// both; the host company only the first; nobody else either.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MembershipRole } from '../../src/domain/access/roles.ts';
import { applyAs, createPerson, giveConsent, injectAs, signInAs } from '../support/people.ts';
import { useTestApp } from '../support/test-app.ts';
import { ROLES, buildWorld, type Role, type Side, type World } from './access-world.ts';

const t = useTestApp();
let world: World;

const ORG_KEYS = ['operator', 'company', 'company2', 'college', 'housing', 'education', 'funder'] as const;
type OrgKey = (typeof ORG_KEYS)[number];
const PERSON_ROLE: Record<OrgKey, MembershipRole> = {
  operator: 'operator_staff',
  company: 'host_company',
  company2: 'host_company',
  college: 'student',
  housing: 'housing_partner',
  education: 'education_partner',
  funder: 'funder',
};
const marker = (side: 'A' | 'B', key: OrgKey | 'withdrawn') => `PII-${side}-${key}`.toUpperCase();
const plantedApplications: string[] = [];
const orgId = (side: Side, key: OrgKey) => (key === 'operator' ? side.operator : side.orgs[key]);

async function plantMarkers(sideName: 'A' | 'B', side: Side): Promise<void> {
  for (const key of ORG_KEYS) {
    const m = marker(sideName, key);
    await createPerson(t.database.db, t.hasher, orgId(side, key), PERSON_ROLE[key], `${m} member`);
    const invited = await side.api({
      method: 'POST',
      url: '/api/invitations',
      payload: { name: `${m} invitee`, email: `${m.toLowerCase()}@canary.example`, organizationId: orgId(side, key), role: PERSON_ROLE[key], language: 'ja' },
    });
    if (invited.statusCode !== 201) throw new Error(`invitation: ${invited.statusCode} ${invited.body}`);
  }
  for (const key of ['college', 'withdrawn'] as const) {
    const m = marker(sideName, key);
    const applicant = await signInAs(t, side.orgs.college, 'student', `${marker(sideName, 'college')} applicant`);
    if ((await giveConsent(t.app, applicant, side.program, [side.operator, side.orgs.company])).statusCode !== 201) throw new Error('consent');
    const applied = await applyAs(t.app, applicant, side.program, { nameLatin: `${m} applicant`, companiesOfInterest: [side.orgs.company] });
    if (applied.statusCode !== 201) throw new Error(`application: ${applied.statusCode} ${applied.body}`);
    plantedApplications.push(applied.json().id);
    if (key === 'withdrawn') {
      const withdrawn = await injectAs(t.app, applicant)({ method: 'POST', url: `/api/programs/${side.program}/consent/withdraw` });
      if (withdrawn.statusCode !== 200) throw new Error(`withdraw: ${withdrawn.statusCode}`);
    }
  }
}

beforeAll(async () => {
  world = await buildWorld(t);
  await plantMarkers('A', world.A);
  await plantMarkers('B', world.B);
}, 120_000);

/** Every GET a person can make: the lists, searches for the marker, and every record of both worlds. */
function readableUrls(): string[] {
  const lists = ['/api/programs', '/api/organizations', '/api/members', '/api/invitations', '/api/audit-events', '/api/outbox'].flatMap((url) => [`${url}?pageSize=200`, `${url}?pageSize=200&q=PII`]);
  const records = [world.A, world.B].flatMap((side) => [
    ...[side.program, side.program2].map((id) => `/api/programs/${id}`),
    ...ORG_KEYS.map((key) => `/api/organizations/${orgId(side, key)}`),
    ...[side.program, side.program2].flatMap((id) => [`/api/programs/${id}/applications`, `/api/programs/${id}/consent`, `/api/programs/${id}/attendance`]),
  ]);
  const applications = [...plantedApplications, world.applications.A, world.applications.B].map((id) => `/api/applications/${id}`);
  return [...lists, '/api/account', '/api/account/sessions', '/api/auth/demo-accounts', ...records, ...applications];
}

function expectedMarkers(sideName: 'A' | 'B', role: Role): string[] {
  const applicants = [marker(sideName, 'college'), marker(sideName, 'withdrawn')];
  if (role === 'operator_admin') return [...ORG_KEYS.map((k) => marker(sideName, k)), marker(sideName, 'withdrawn')];
  if (role === 'operator_staff' || role === 'college_coordinator') return applicants;
  // Only the applicant who chose the company under a consent that still names it.
  if (role === 'host_company') return [marker(sideName, 'college')];
  return [];
}

describe('the canary markers of personal data', () => {
  for (const sideName of ['A', 'B'] as const) {
    for (const role of ROLES) {
      it(`reach ${role} of operator ${sideName} only from its own world, as its role allows`, async () => {
        const person = sideName === 'A' ? world.people[role] : world.peopleB[role];
        const seen = new Set<string>();
        for (const url of readableUrls()) {
          const res = await t.app.inject({ method: 'GET', url, headers: person.headers });
          for (const m of res.body.toUpperCase().matchAll(/PII-[AB]-[A-Z0-9]+/g)) seen.add(m[0]);
        }
        expect([...seen].sort()).toEqual(expectedMarkers(sideName, role).sort());
      });
    }
  }

  it('are in no e-mail to anyone outside their organization', async () => {
    const { rows } = await t.database.pool.query<{ to_address: string; subject: string; body_text: string }>('select to_address, subject, body_text from outbox_messages');
    expect(rows.length).toBeGreaterThanOrEqual(2 * ORG_KEYS.length);
    for (const mail of rows) {
      const own = mail.to_address.toUpperCase().match(/^PII-[AB]-[A-Z0-9]+/)?.[0];
      const found = [...`${mail.subject}\n${mail.body_text}`.toUpperCase().matchAll(/PII-[AB]-[A-Z0-9]+/g)].map((m) => m[0]);
      expect(found.filter((m) => m !== own), mail.to_address).toEqual([]);
    }
  });
});
