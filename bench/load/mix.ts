// The request mix of a signed-in operator (issue 10 item 2): 7 reads the program page and its
// tabs make (the program itself carries its participations, phases and cohorts: no routes of their own), 2 lists/searches, 1 write that can repeat and succeeds. autocannon cycles these 10
// in order on every connection, so the mix holds at any rate.
export type MixRequest = { name: string; kind: 'read' | 'list' | 'write'; method: 'GET' | 'POST'; path: string; body?: () => string };

/** The Hitachi program the mix reads, and the operator (Hitachi) the organizations list is scoped by. */
export type Targets = { programId: string; otherProgramId: string };

let created = 0;
/** A new host-company record per call: a create needs no version, so it succeeds every time (an update of a versioned row would answer 409 under concurrency). */
function newCompany(): string {
  created++;
  return JSON.stringify({ kind: 'company', name: { en: `Load bench company ${process.pid}-${created}`, ja: `負荷計測 ${created}` }, country: 'JP', city: 'Hitachi' });
}

export function buildMix({ programId }: Targets): MixRequest[] {
  const p = `/api/programs/${programId}`;
  return [
    { name: 'program', kind: 'read', method: 'GET', path: p },
    { name: 'courses', kind: 'read', method: 'GET', path: `${p}/courses` },
    { name: 'internship', kind: 'read', method: 'GET', path: `${p}/internship` },
    { name: 'hiring', kind: 'read', method: 'GET', path: `${p}/hiring` },
    { name: 'fairs', kind: 'read', method: 'GET', path: `${p}/fairs` },
    { name: 'matchings', kind: 'read', method: 'GET', path: `${p}/matchings` },
    { name: 'funnel', kind: 'read', method: 'GET', path: `${p}/reports/funnel` },
    { name: 'organizations?q=', kind: 'list', method: 'GET', path: '/api/organizations?q=hitachi&pageSize=50' },
    { name: 'applications', kind: 'list', method: 'GET', path: `${p}/applications` },
    { name: 'create company', kind: 'write', method: 'POST', path: '/api/organizations', body: newCompany },
  ];
}

export function createdCount(): number {
  return created;
}

/** Sends each mix request once, as a browser on our page would; throws unless every one answers 2xx (a mix of 4xx would measure the error path). */
export async function checkMix(baseUrl: string, headers: Record<string, string>, mix: MixRequest[]): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  for (const r of mix) {
    const res = await fetch(baseUrl + r.path, { method: r.method, headers: { ...headers, ...(r.body ? { 'content-type': 'application/json' } : {}) }, body: r.body?.() });
    const text = await res.text();
    if (res.status < 200 || res.status >= 300) throw new Error(`mix request ${r.name} ${r.method} ${r.path}: ${res.status} ${text.slice(0, 300)}`);
    sizes[r.name] = text.length;
  }
  return sizes;
}

/** The Hitachi programs the staff member sees; the mix reads the one with the most applications (the demo's current year is the busiest, so its pages are the realistic ones). */
export async function findPrograms(baseUrl: string, headers: Record<string, string>): Promise<Targets> {
  const res = await fetch(`${baseUrl}/api/programs?pageSize=50`, { headers });
  if (!res.ok) throw new Error(`GET /api/programs: ${res.status}`);
  const items = ((await res.json()) as { items: Array<{ id: string }> }).items;
  if (items.length === 0) throw new Error('the staff member sees no program');
  const sized: Array<{ id: string; applications: number }> = [];
  for (const { id } of items) {
    const list = await fetch(`${baseUrl}/api/programs/${id}/applications`, { headers });
    sized.push({ id, applications: list.ok ? ((await list.json()) as { items: unknown[] }).items.length : -1 });
  }
  sized.sort((a, b) => b.applications - a.applications);
  return { programId: sized[0]!.id, otherProgramId: (sized[1] ?? sized[0]!).id };
}
