// The interview fair end to end on the API: the operator sets up a day at MOJC with a break,
// two companies (one with two rooms) and an interpreter; a company asks for students whose
// consent names it, a student asks for a company, the operator approves within the caps; the
// scheduler places everyone (checked by the independent checker inside the service); a manual
// move is refused when it breaks a rule and made when it does not; publication mails everyone
// their timetable; each person downloads their .ics; evaluations are the company's alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { applyAs, giveConsent, injectAs, programWithApplicants, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { runAsSystem } from '../db/actor-scope.ts';

const t = useTestApp();
let w: Awaited<ReturnType<typeof programWithApplicants>>;
let staff: SignedIn;
let hr: SignedIn;
let hr2: SignedIn;
let coordinator: SignedIn;
const students: SignedIn[] = [];
const applications: string[] = [];
let fairId = '';
let fair: { version: number; slots: { id: string; position: number }[]; interpreters: { id: string }[] };

const as = (who: SignedIn) => injectAs(t.app, who);
const call = async (who: SignedIn, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) => {
  const res = await as(who)({ method, url, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.body ? res.json() : null, raw: res.body };
};
const interviews = async (who: SignedIn) => (await call(who, 'GET', `/api/fairs/${fairId}/interviews`)).body.items as { id: string; applicationId: string; organizationId: string; status: string; slotId: string | null; room: number | null; version: number; interpreterId: string | null; needsInterpreter: boolean; evaluation: unknown; unscheduledReason: string | null }[];

beforeAll(async () => {
  w = await programWithApplicants(t);
  staff = await signInAs(t, w.operatorId, 'operator_staff');
  hr = await signInAs(t, w.company, 'host_company');
  hr2 = await signInAs(t, w.company2, 'host_company');
  coordinator = await signInAs(t, w.college, 'college_coordinator');
  for (const [i, name] of ['BATBAYAR TSETSEG', 'ANAR DORJ', 'ZOL ENKH', 'NOMIN BOLD'].entries()) {
    const student = await signInAs(t, w.college, 'student', name);
    // The last student's consent names the operator and the second company only.
    const recipients = i === 3 ? [w.operatorId, w.company2] : [w.operatorId, w.company, w.company2];
    expect((await giveConsent(t.app, student, w.program, recipients)).statusCode).toBe(201);
    const res = await applyAs(t.app, student, w.program, { nameLatin: name, nameCyrillic: 'Бат', companiesOfInterest: i === 3 ? [w.company2] : [w.company, w.company2] });
    expect(res.statusCode, res.body).toBe(201);
    students.push(student);
    applications.push(res.json().id);
  }
}, 60_000);

describe('setting up the fair', () => {
  it('refuses days whose times make no slots, naming the field', async () => {
    const res = await call(staff, 'POST', `/api/programs/${w.program}/fairs`, { title: { ja: '面接会' }, days: [{ date: '2025-06-22', start: '12:00', end: '09:00' }] });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toMatchObject([{ field: 'days.0.end', code: 'fair.dayOrder' }]);
  });

  it('creates a day at MOJC cut into 20-minute slots around a break, with the default rubric', async () => {
    const res = await call(staff, 'POST', `/api/programs/${w.program}/fairs`, {
      title: { ja: '日立 面接会 2025', en: 'Hitachi interview fair 2025' },
      venue: 'MOJC',
      days: [{ date: '2025-06-22', start: '09:00', end: '11:00', breaks: [{ start: '10:00', end: '10:20' }] }],
      maxInterviewsPerStudent: 2,
    });
    expect(res.status, res.raw).toBe(201);
    expect(res.body).toMatchObject({ timeZone: 'Asia/Ulaanbaatar', slotMinutes: 20, status: 'draft', viewer: 'operator', rubric: [{ id: 'technical' }, { id: 'japanese' }, { id: 'motivation' }, { id: 'fit' }] });
    expect(res.body.slots.map((s: { startsAt: string }) => s.startsAt)).toEqual(['2025-06-22T01:00:00.000Z', '2025-06-22T01:20:00.000Z', '2025-06-22T01:40:00.000Z', '2025-06-22T02:20:00.000Z', '2025-06-22T02:40:00.000Z']);
    fairId = res.body.id;
  });

  it('takes host companies of the program only, and names interpreters', async () => {
    let current = (await call(staff, 'GET', `/api/fairs/${fairId}`)).body;
    const stranger = await w.as({ method: 'POST', url: '/api/organizations', payload: { kind: 'company', name: { en: 'Stranger' }, country: 'JP', city: null, website: null } });
    const refused = await call(staff, 'PUT', `/api/fairs/${fairId}/companies`, { version: current.version, companies: [{ organizationId: stranger.json().id }] });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toMatchObject([{ field: 'companies.0.organizationId', code: 'fair.notHostCompany' }]);
    const set = await call(staff, 'PUT', `/api/fairs/${fairId}/companies`, { version: current.version, companies: [{ organizationId: w.company, rooms: 2, roomNames: ['A', 'B'] }, { organizationId: w.company2, online: true }] });
    expect(set.status, set.raw).toBe(200);
    expect(set.body.companies).toMatchObject([{ organizationId: w.company, rooms: 2 }, { organizationId: w.company2, rooms: 1, online: true }]);
    current = set.body;
    const named = await call(staff, 'PUT', `/api/fairs/${fairId}/interpreters`, { version: current.version, interpreters: [{ name: 'Oyunaa', email: 'oyunaa@example.mn' }] });
    expect(named.status, named.raw).toBe(200);
    expect(named.body.slots.every((s: { interpreters: number }) => s.interpreters === 1)).toBe(true);
    fair = named.body;
  });

  it('lets a company mark its own unavailable slots, not another company’s', async () => {
    const own = await call(hr2, 'PUT', `/api/fairs/${fairId}/unavailability`, { party: { kind: 'company', id: w.company2 }, slotIds: [fair.slots[0]!.id] });
    expect(own.status, own.raw).toBe(200);
    expect(own.body.viewer).toBe('company');
    expect(own.body.unavailable.company).toEqual({ [w.company2]: [fair.slots[0]!.id] });
    const other = await call(hr2, 'PUT', `/api/fairs/${fairId}/unavailability`, { party: { kind: 'company', id: w.company }, slotIds: [] });
    expect(other.status).toBe(403);
  });

  it('hides the fair from a company that does not interview at it', async () => {
    const outsider = await signInAs(t, w.company, 'student');
    expect((await call(outsider, 'GET', `/api/fairs/${fairId}`)).status).toBe(404);
  });
});

describe('asking for interviews', () => {
  it('lets a company ask for students whose consent names it, and nobody else', async () => {
    for (const i of [0, 1, 2]) {
      const res = await call(hr, 'POST', `/api/fairs/${fairId}/interviews`, { applicationId: applications[i], organizationId: w.company, needsInterpreter: i === 0 });
      expect(res.status, res.raw).toBe(201);
      expect(res.body).toMatchObject({ status: 'requested', requestedBy: 'company' });
    }
    const unconsented = await call(hr, 'POST', `/api/fairs/${fairId}/interviews`, { applicationId: applications[3], organizationId: w.company });
    expect(unconsented.status).toBe(409);
    expect(unconsented.body.error.code).toBe('consent.required');
    const twice = await call(hr, 'POST', `/api/fairs/${fairId}/interviews`, { applicationId: applications[0], organizationId: w.company });
    expect(twice.status).toBe(409);
    const forOther = await call(hr, 'POST', `/api/fairs/${fairId}/interviews`, { applicationId: applications[0], organizationId: w.company2 });
    expect(forOther.status).toBe(403);
  });

  it('lets a student ask for a company of the fair for themselves', async () => {
    const own = await call(students[3]!, 'POST', `/api/fairs/${fairId}/interviews`, { applicationId: applications[3], organizationId: w.company2, needsInterpreter: true });
    expect(own.status, own.raw).toBe(201);
    expect(own.body.requestedBy).toBe('student');
    const forClassmate = await call(students[3]!, 'POST', `/api/fairs/${fairId}/interviews`, { applicationId: applications[0], organizationId: w.company2 });
    expect(forClassmate.status).toBe(403);
  });

  it('shows each party its own interviews only', async () => {
    expect(await interviews(staff)).toHaveLength(4);
    expect((await interviews(hr)).map((i) => i.organizationId)).toEqual([w.company, w.company, w.company]);
    expect(await interviews(hr2)).toHaveLength(1);
    expect((await interviews(students[0]!)).map((i) => i.applicationId)).toEqual([applications[0]]);
    expect(await interviews(coordinator)).toHaveLength(4);
  });

  it('approves all or nothing within the caps', async () => {
    const all = await interviews(staff);
    // Two more for the first student would break the cap of 2 per student.
    const extra = await call(staff, 'POST', `/api/fairs/${fairId}/interviews`, { applicationId: applications[0], organizationId: w.company2 });
    expect(extra.status, extra.raw).toBe(201);
    expect(extra.body.status).toBe('approved');
    const decided = await call(staff, 'POST', `/api/fairs/${fairId}/interviews/decisions`, { items: all.map((i) => ({ id: i.id, version: i.version, status: 'approved' })) });
    expect(decided.status, decided.raw).toBe(200);
    expect(decided.body.items.every((i: { status: string }) => i.status === 'approved')).toBe(true);
  });
});

describe('the timetable', () => {
  it('schedules every approved interview within the rules and records the run', async () => {
    fair = (await call(staff, 'GET', `/api/fairs/${fairId}`)).body;
    const res = await call(staff, 'POST', `/api/fairs/${fairId}/schedule`, { version: fair.version });
    expect(res.status, res.raw).toBe(200);
    expect(res.body.lastRun).toMatchObject({ scheduled: 5, unscheduled: 0, optimality: 'proved' });
    const placed = await interviews(staff);
    expect(placed.every((i) => i.slotId !== null)).toBe(true);
    // The second company said it cannot make the first slot.
    expect(placed.filter((i) => i.organizationId === w.company2).every((i) => i.slotId !== fair.slots[0]!.id)).toBe(true);
    // Interpreted interviews have the interpreter, never two in one slot.
    const interpreted = placed.filter((i) => i.needsInterpreter);
    expect(interpreted.every((i) => i.interpreterId === fair.interpreters[0]!.id)).toBe(true);
    expect(new Set(interpreted.map((i) => i.slotId)).size).toBe(interpreted.length);
    fair = res.body;
  });

  it('refuses a move that double-books a student and makes one that fits, pinning it', async () => {
    const placed = await interviews(staff);
    const first = placed.find((i) => i.applicationId === applications[0] && i.organizationId === w.company)!;
    const second = placed.find((i) => i.applicationId === applications[0] && i.organizationId === w.company2)!;
    const clash = await call(staff, 'POST', `/api/fair-interviews/${first.id}/move`, { version: first.version, slotId: second.slotId, room: 0 });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('fair.studentBusy');
    const used = new Set(placed.filter((i) => i.applicationId === applications[0] || i.needsInterpreter).map((i) => i.slotId));
    const free = fair.slots.find((s) => !used.has(s.id))!;
    const moved = await call(staff, 'POST', `/api/fair-interviews/${first.id}/move`, { version: first.version, slotId: free.id, room: 1 });
    expect(moved.status, moved.raw).toBe(200);
    expect(moved.body).toMatchObject({ slotId: free.id, room: 1, pinned: true });
    // Running the scheduler again keeps the pinned interview where it is.
    fair = (await call(staff, 'GET', `/api/fairs/${fairId}`)).body;
    expect((await call(staff, 'POST', `/api/fairs/${fairId}/schedule`, { version: fair.version })).status).toBe(200);
    expect((await interviews(staff)).find((i) => i.id === first.id)).toMatchObject({ slotId: free.id, room: 1 });
  });

  it('lets nobody but the operators move interviews', async () => {
    const mine = (await interviews(hr))[0]!;
    expect((await call(hr, 'POST', `/api/fair-interviews/${mine.id}/move`, { version: mine.version, slotId: fair.slots[4]!.id, room: 0 })).status).toBe(403);
  });

  it('publishes and mails every student and company member their own interviews', async () => {
    fair = (await call(staff, 'GET', `/api/fairs/${fairId}`)).body;
    const res = await call(staff, 'POST', `/api/fairs/${fairId}/publish`, { version: fair.version });
    expect(res.status, res.raw).toBe(200);
    expect(res.body.status).toBe('published');
    const mail = await runAsSystem(() => t.database.pool.query<{ to_address: string; subject: string; body_text: string; kind: string }>("select to_address, subject, body_text, kind from outbox_messages where kind = 'fairPublished'"));
    const to = mail.rows.map((m) => m.to_address);
    for (const person of [students[0]!, students[3]!, hr, hr2]) expect(to).toContain(person.email);
    expect(to).toContain('oyunaa@example.mn');
    const forStudent = mail.rows.find((m) => m.to_address === students[0]!.email)!;
    expect(forStudent.body_text).toMatch(/GMT\+8 \(\d\d:\d\d–\d\d:\d\d GMT\+9\)|JST/);
    expect(forStudent.body_text).toContain(`/fairs/${fairId}/timetable`);
  });

  it('gives each person their .ics, and only their own', async () => {
    const own = await as(hr)({ method: 'GET', url: `/api/fairs/${fairId}/calendar.ics?company=${w.company}&lang=en` });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.headers['content-type']).toContain('text/calendar');
    expect(own.body.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(own.body).toMatch(/DTSTART:20250622T0\d[024]000Z/);
    const student = await as(students[0]!)({ method: 'GET', url: `/api/fairs/${fairId}/calendar.ics?application=${applications[0]}` });
    expect(student.statusCode).toBe(200);
    expect(student.body.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect((await as(hr)({ method: 'GET', url: `/api/fairs/${fairId}/calendar.ics?company=${w.company2}` })).statusCode).toBe(403);
    expect((await as(students[1]!)({ method: 'GET', url: `/api/fairs/${fairId}/calendar.ics?application=${applications[0]}` })).statusCode).toBe(403);
  });
});

describe('evaluations', () => {
  it('are written by the interviewing company on the rubric, seen by it and the operators only', async () => {
    const mine = (await interviews(hr))[0]!;
    const bad = await call(hr, 'PUT', `/api/fair-interviews/${mine.id}/evaluation`, { version: null, scores: { technical: 5 }, recommendation: 'recommend' });
    expect(bad.status).toBe(400);
    const res = await call(hr, 'PUT', `/api/fair-interviews/${mine.id}/evaluation`, { version: null, scores: { technical: 5, japanese: 3, motivation: 4, fit: 4 }, notes: '図面が読める', recommendation: 'recommend' });
    expect(res.status, res.raw).toBe(200);
    expect(res.body.evaluation).toMatchObject({ recommendation: 'recommend', weightedScore: 4.2, version: 1 });
    expect((await interviews(staff)).find((i) => i.id === mine.id)!.evaluation).toMatchObject({ notes: '図面が読める' });
    const student = students[applications.indexOf(mine.applicationId)]!;
    expect((await interviews(student)).find((i) => i.id === mine.id)!.evaluation).toBeNull();
    expect((await interviews(coordinator)).find((i) => i.id === mine.id)!.evaluation).toBeNull();
    expect((await call(staff, 'PUT', `/api/fair-interviews/${mine.id}/evaluation`, { version: 1, scores: { technical: 1, japanese: 1, motivation: 1, fit: 1 }, recommendation: 'notRecommended' })).status).toBe(403);
    const stale = await call(hr, 'PUT', `/api/fair-interviews/${mine.id}/evaluation`, { version: null, scores: { technical: 5, japanese: 3, motivation: 4, fit: 4 }, recommendation: 'undecided' });
    expect(stale.status).toBe(409);
  });
});

describe('consent withdrawn', () => {
  it('takes the student out of the company’s list and calendar, not out of the operators’', async () => {
    const before = await as(hr)({ method: 'GET', url: `/api/fairs/${fairId}/calendar.ics?company=${w.company}` });
    const withdrawn = await as(students[1]!)({ method: 'POST', url: `/api/programs/${w.program}/consent/withdraw` });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await interviews(hr)).map((i) => i.applicationId)).not.toContain(applications[1]);
    const after = await as(hr)({ method: 'GET', url: `/api/fairs/${fairId}/calendar.ics?company=${w.company}` });
    expect(after.body.match(/BEGIN:VEVENT/g)).toHaveLength(before.body.match(/BEGIN:VEVENT/g)!.length - 1);
    expect((await interviews(staff)).map((i) => i.applicationId)).toContain(applications[1]);
  });
});
