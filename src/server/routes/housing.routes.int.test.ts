// Housing end to end on the API (issue 7): the partner lists its flats; the operator's proposed
// allocation houses 8 interns of two companies in 8 flats for 19–30 August with a night before
// and after, nearest their company; a move by hand is pinned and survives a new proposal; the
// database refuses double bookings under 200 concurrent requests (exactly one wins); random
// book / cancel / extend sequences agree with a simple interval model; the partner sees only
// its flats and the occupants' names; an intern sees their own flat.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HousingBoard, StayView, UnitView } from '../../contracts/housing.ts';
import { addDays } from '../../domain/housing/dates.ts';
import { PNG_BYTES, tinyPdf } from '../../../test/support/files.ts';
import { addInterns, buildUnitInput, housingWorld } from '../../../test/support/housing.ts';
import { injectAs, signIn, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { untilCalm, useTestApp } from '../../../test/support/test-app.ts';

const t = useTestApp();
let w: Awaited<ReturnType<typeof housingWorld>>;
let partnerStaff: SignedIn;
let staff: SignedIn;
const units: UnitView[] = [];

const call = async (who: SignedIn, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) => {
  const res = await injectAs(t.app, who)({ method, url, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.body ? res.json() : null, raw: res.body };
};

// Eight one-person flats in a line from west to east of Hitachi; the companies sit at each end.
const WEST = { latitude: 36.59, longitude: 140.6 };
const EAST = { latitude: 36.59, longitude: 140.7 };

beforeAll(async () => {
  w = await housingWorld(t, 8);
  staff = await signInAs(t, w.operatorId, 'operator_staff');
  partnerStaff = await signInAs(t, w.partner, 'housing_partner');
  expect((await w.as({ method: 'PATCH', url: `/api/organizations/${w.company}`, payload: { version: 1, location: WEST } })).statusCode).toBe(200);
  expect((await w.as({ method: 'PATCH', url: `/api/organizations/${w.company2}`, payload: { version: 1, location: EAST } })).statusCode).toBe(200);
}, 120_000);

const board = async () => (await call(staff, 'GET', `/api/programs/${w.program}/housing`)).body as HousingBoard;

describe('the housing partner’s flats', () => {
  it('are listed by the partner, with beds up to their capacity', async () => {
    for (let i = 0; i < 8; i++) {
      const res = await call(partnerStaff, 'POST', `/api/organizations/${w.partner}/housing-units`, buildUnitInput({ name: `Flat ${i + 1}`, location: { latitude: 36.59, longitude: 140.6 + i * (0.1 / 7) } }));
      expect(res.status, res.raw).toBe(201);
      units.push(res.body);
    }
    const list = await call(staff, 'GET', `/api/organizations/${w.partner}/housing-units`);
    expect(list.body.items).toHaveLength(8);
    expect(list.body.items[0]).toMatchObject({ layout: '1K', capacity: 1, facilities: ['furniture', 'wifi', 'kitchen'], rules: { mn: 'Хог хаягдлыг ангилж хаяна уу.' } });
  });

  it('refuse bad input by field, and a stale edit', async () => {
    const bad = await call(partnerStaff, 'POST', `/api/organizations/${w.partner}/housing-units`, buildUnitInput({ capacity: 0, postalCode: '31-73', lendingPeriods: [{ from: '2025-09-01', to: '2025-08-01' }] }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['capacity', 'lendingPeriods.0.to', 'postalCode']);
    const edit = await call(partnerStaff, 'PATCH', `/api/housing-units/${units[0]!.id}`, { version: units[0]!.version, layout: '1LDK' });
    expect(edit.status).toBe(200);
    const stale = await call(partnerStaff, 'PATCH', `/api/housing-units/${units[0]!.id}`, { version: units[0]!.version, layout: '2K' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('resource.versionConflict');
  });
});

describe('a flat’s photos', () => {
  it('take JPEG or PNG from the partner, are shown with the flat, and can be removed', async () => {
    const upload = (bytes: Buffer, type: string) => t.app.inject({ method: 'PUT', url: `/api/housing-units/${units[1]!.id}/photos`, payload: bytes, headers: { ...partnerStaff.headers, 'content-type': type } });
    const added = await upload(PNG_BYTES, 'image/png');
    expect(added.statusCode, added.body).toBe(201);
    const photo = added.json().photos[0].id as string;
    const read = await t.app.inject({ method: 'GET', url: `/api/housing-units/${units[1]!.id}/photos/${photo}`, headers: staff.headers });
    expect([read.statusCode, read.headers['content-type']]).toEqual([200, 'image/png']);
    expect(read.rawPayload.equals(PNG_BYTES)).toBe(true);
    const pdf = await upload(tinyPdf(), 'application/octet-stream');
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().error.fields).toMatchObject([{ field: 'file', code: 'housing.photoType' }]);
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/housing-units/${units[1]!.id}/photos/${photo}`, headers: partnerStaff.headers });
    expect(removed.statusCode).toBe(204);
    expect((await call(staff, 'GET', `/api/housing-units/${units[1]!.id}`)).body.photos).toEqual([]);
  });
});

describe('the proposed allocation', () => {
  it('houses the 8 interns in the 8 flats for the season, each company’s interns in the flats nearest it', async () => {
    const res = await call(staff, 'POST', `/api/programs/${w.program}/housing/allocate`, { keepPinned: true });
    expect(res.status, res.raw).toBe(200);
    const result = res.body as HousingBoard;
    expect(result.season).toEqual({ internshipStart: '2025-08-19', internshipEnd: '2025-08-30', checkIn: '2025-08-18', checkOut: '2025-08-31' });
    expect(result.unplaced).toEqual([]);
    expect(result.stays).toHaveLength(8);
    expect(new Set(result.stays.map((s) => s.unitId)).size).toBe(8);
    for (const stay of result.stays) expect(stay).toMatchObject({ checkIn: '2025-08-18', checkOut: '2025-08-31', pinned: false, kind: 'internship' });
    const west = new Set(units.slice(0, 4).map((u) => u.id));
    for (const stay of result.stays) expect(west.has(stay.unitId)).toBe(stay.companyId === w.company);
  });

  it('keeps a move made by hand when the proposal runs again, and refuses a move into a full flat', async () => {
    const before = await board();
    const [a, b] = before.stays as [StayView, StayView];
    const full = await call(staff, 'PATCH', `/api/stays/${a.id}`, { version: a.version, unitId: b.unitId });
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('housing.unitFull');
    expect(full.body.error.message).toBe('この部屋はその期間の一部の夜に満室です。');
    expect((await call(staff, 'DELETE', `/api/stays/${b.id}?version=${b.version}`)).status).toBe(204);
    const moved = await call(staff, 'PATCH', `/api/stays/${a.id}`, { version: a.version, unitId: b.unitId });
    expect(moved.status, moved.raw).toBe(200);
    expect(moved.body).toMatchObject({ unitId: b.unitId, pinned: true });
    const again = (await call(staff, 'POST', `/api/programs/${w.program}/housing/allocate`, { keepPinned: true })).body as HousingBoard;
    expect(again.stays.find((s) => s.applicationId === a.applicationId)).toMatchObject({ unitId: b.unitId, pinned: true });
    expect(again.stays).toHaveLength(8);
    expect(again.unplaced).toEqual([]);
    const over = (await call(staff, 'POST', `/api/programs/${w.program}/housing/allocate`, { keepPinned: false })).body as HousingBoard;
    expect(over.stays.filter((s) => s.pinned)).toEqual([]);
    expect(over.stays).toHaveLength(8);
  });

  it('refuses the person elsewhere, a night outside the lending, and a second gender in a same-gender flat', async () => {
    const current = await board();
    const stay = current.stays[0]!;
    const shared = await call(partnerStaff, 'POST', `/api/organizations/${w.partner}/housing-units`, buildUnitInput({ name: 'Shared 2DK', capacity: 2, layout: '2DK', sameGenderOnly: true }));
    const elsewhere = await call(staff, 'POST', `/api/programs/${w.program}/stays`, { applicationId: stay.applicationId, unitId: shared.body.id, checkIn: '2025-08-20', checkOut: '2025-08-22' });
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.error.code).toBe('housing.occupantElsewhere');
    const late = await call(staff, 'POST', `/api/programs/${w.program}/stays`, { applicationId: stay.applicationId, unitId: shared.body.id, checkIn: '2025-09-10', checkOut: '2025-09-20' });
    expect(late.body.error.code).toBe('housing.outsideLending');
    const [woman, man] = await addInterns(t, w, 2);
    await call(staff, 'PATCH', `/api/programs/${w.program}/arrivals/${woman!.applicationId}`, { version: null, gender: 'female' });
    await call(staff, 'PATCH', `/api/programs/${w.program}/arrivals/${man!.applicationId}`, { version: null, gender: 'male' });
    expect((await call(staff, 'POST', `/api/programs/${w.program}/stays`, { applicationId: woman!.applicationId, unitId: shared.body.id, checkIn: '2025-09-01', checkOut: '2025-09-05' })).status).toBe(201);
    const mixed = await call(staff, 'POST', `/api/programs/${w.program}/stays`, { applicationId: man!.applicationId, unitId: shared.body.id, checkIn: '2025-09-04', checkOut: '2025-09-06' });
    expect(mixed.body.error.code).toBe('housing.sameGenderRule');
    expect((await call(staff, 'POST', `/api/programs/${w.program}/stays`, { applicationId: man!.applicationId, unitId: shared.body.id, checkIn: '2025-09-05', checkOut: '2025-09-06' })).status).toBe(201);
  });
});

describe('under concurrency', () => {
  it('lets exactly one of 200 people booking the last bed for the same nights have it; the rest get 409', async () => {
    const flat = (await call(partnerStaff, 'POST', `/api/organizations/${w.partner}/housing-units`, buildUnitInput({ name: 'Last bed' }))).body as UnitView;
    const people = await addInterns(t, w, 200);
    const answers = await Promise.all(people.map((p) => call(staff, 'POST', `/api/programs/${w.program}/stays`, { applicationId: p.applicationId, unitId: flat.id, checkIn: '2025-08-05', checkOut: '2025-08-10' })));
    await untilCalm(t.app);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    const refused = answers.filter((a) => a.status !== 201);
    expect(refused).toHaveLength(199);
    for (const a of refused) expect([a.status, a.body.error.code]).toEqual([409, 'housing.unitFull']);
  }, 120_000);

  it('lets exactly one of 200 bookings of one person in different flats on overlapping nights stand', async () => {
    const flats: UnitView[] = [];
    for (let i = 0; i < 4; i++) flats.push((await call(partnerStaff, 'POST', `/api/organizations/${w.partner}/housing-units`, buildUnitInput({ name: `Spare ${i}`, capacity: 3 }))).body);
    const [person] = await addInterns(t, w, 1);
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => call(staff, 'POST', `/api/programs/${w.program}/stays`, { applicationId: person!.applicationId, unitId: flats[i % 4]!.id, checkIn: addDays('2025-08-02', i % 3), checkOut: addDays('2025-08-06', i % 3) })),
    );
    await untilCalm(t.app);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    for (const a of answers.filter((x) => x.status !== 201)) expect([a.status, a.body.error.code]).toEqual([409, 'housing.occupantElsewhere']);
  }, 120_000);
});

describe('random book, cancel and extend sequences', () => {
  type Command = { op: 'book'; person: number; unit: number; start: number; nights: number } | { op: 'cancel'; pick: number } | { op: 'extend'; pick: number; by: number };
  const command: fc.Arbitrary<Command> = fc.oneof(
    { weight: 3, arbitrary: fc.record({ op: fc.constant('book' as const), person: fc.nat(3), unit: fc.nat(2), start: fc.nat(8), nights: fc.integer({ min: 1, max: 4 }) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('cancel' as const), pick: fc.nat(20) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('extend' as const), pick: fc.nat(20), by: fc.integer({ min: 1, max: 3 }) }) },
  );
  const day = (n: number) => addDays('2025-08-01', n);

  it('agree with an interval model: same answers, same stays', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 12 }), async (commands) => {
        round++;
        const capacities = [1, 2, 3];
        const flats: UnitView[] = [];
        for (const capacity of capacities) flats.push((await call(partnerStaff, 'POST', `/api/organizations/${w.partner}/housing-units`, buildUnitInput({ name: `Model ${round}-${capacity}`, capacity }))).body);
        const people = await addInterns(t, w, 4);
        // The model: stays as (person, unit, [start, end)) in night numbers.
        type ModelStay = { id: string; version: number; person: number; unit: number; start: number; end: number };
        const model: ModelStay[] = [];
        const fits = (s: Omit<ModelStay, 'id' | 'version'>, except?: string) => {
          const others = model.filter((m) => m.id !== except);
          for (let n = s.start; n < s.end; n++) if (others.filter((m) => m.unit === s.unit && m.start <= n && n < m.end).length >= capacities[s.unit]!) return 'housing.unitFull';
          if (others.some((m) => m.person === s.person && m.start < s.end && s.start < m.end)) return 'housing.occupantElsewhere';
          return null;
        };
        for (const c of commands) {
          if (c.op === 'book') {
            const wanted = { person: c.person, unit: c.unit, start: c.start, end: c.start + c.nights };
            const expected = fits(wanted);
            const res = await call(staff, 'POST', `/api/programs/${w.program}/stays`, { applicationId: people[c.person]!.applicationId, unitId: flats[c.unit]!.id, checkIn: day(wanted.start), checkOut: day(wanted.end) });
            if (expected) expect([res.status, res.body.error?.code]).toEqual([409, expected]);
            else {
              expect(res.status, res.raw).toBe(201);
              model.push({ ...wanted, id: res.body.id, version: res.body.version });
            }
          } else if (model.length > 0) {
            const target = model[c.pick % model.length]!;
            if (c.op === 'cancel') {
              expect((await call(staff, 'DELETE', `/api/stays/${target.id}?version=${target.version}`)).status).toBe(204);
              model.splice(model.indexOf(target), 1);
            } else {
              const wanted = { ...target, end: target.end + c.by };
              const expected = fits(wanted, target.id);
              const res = await call(staff, 'PATCH', `/api/stays/${target.id}`, { version: target.version, checkOut: day(wanted.end) });
              if (expected) expect([res.status, res.body.error?.code]).toEqual([409, expected]);
              else {
                expect(res.status, res.raw).toBe(200);
                Object.assign(target, { end: wanted.end, version: res.body.version });
              }
            }
          }
        }
        const occupancy = (await call(staff, 'GET', `/api/programs/${w.program}/occupancy?from=${day(0)}&to=${day(20)}`)).body as { stays: StayView[] };
        const actual = occupancy.stays.filter((s) => flats.some((f) => f.id === s.unitId)).map((s) => `${s.id} ${s.checkIn} ${s.checkOut}`).sort();
        expect(actual).toEqual(model.map((m) => `${m.id} ${day(m.start)} ${day(m.end)}`).sort());
      }),
      { numRuns: 20 },
    );
  }, 300_000);
});

describe('who sees what', () => {
  it('shows the partner only its flats and the occupants’ names, never the operators’ board', async () => {
    expect((await call(partnerStaff, 'GET', `/api/programs/${w.program}/housing`)).status).toBe(403);
    const seen = await call(partnerStaff, 'GET', `/api/programs/${w.program}/occupancy`);
    expect(seen.status).toBe(200);
    expect(seen.body.from).toBe('2025-08-15');
    expect(seen.body.stays.length).toBeGreaterThanOrEqual(8);
    for (const stay of seen.body.stays) {
      expect(stay.applicationId).toBeNull();
      expect(stay.companyId).toBeNull();
      expect(Object.keys(stay.occupant).sort()).toEqual(['nameCyrillic', 'nameKatakana', 'nameLatin']);
    }
    const company = await signInAs(t, w.company, 'host_company');
    expect((await call(company, 'GET', `/api/programs/${w.program}/occupancy`)).status).toBe(403);
  });

  it('shows an intern their own flat, its rules and whom to call', async () => {
    const stay = (await board()).stays.find((s) => w.interns.some((i) => i.applicationId === s.applicationId))!;
    const intern = w.interns.find((i) => i.applicationId === stay.applicationId)!;
    const email = await emailOf(intern.userId);
    const { cookie } = await signIn(t.app, email);
    const mine = await t.app.inject({ method: 'GET', url: `/api/programs/${w.program}/my-stays`, headers: { cookie, 'sec-fetch-site': 'same-origin' } });
    expect(mine.statusCode, mine.body).toBe(200);
    const body = mine.json();
    expect(body.stays).toHaveLength(1);
    expect(body.stays[0]).toMatchObject({ checkIn: '2025-08-18', checkOut: '2025-08-31', unit: { address: '茨城県日立市幸町1-1-1', rules: { mn: 'Хог хаягдлыг ангилж хаяна уу.' } } });
    expect(body.stays[0].contacts.length).toBeGreaterThan(0);
  });
});

async function emailOf(userId: string): Promise<string> {
  const { runAsSystem } = await import('../db/actor-scope.ts');
  const { users } = await import('../db/schema/index.ts');
  const { eq } = await import('drizzle-orm');
  return runAsSystem(async () => (await t.database.db.select({ email: users.email }).from(users).where(eq(users.id, userId)))[0]!.email);
}
