// Which interpreter sits in which interview (issue 5: timetables per interpreter). The scheduler
// only keeps the count per slot within the interpreters free then; this names them. Per slot, an
// interpreter who was with the same company in the slot before stays there (fewer walks between
// rooms), then the rest take the remaining interviews in a fixed order. Complete whenever each
// slot's interpreted interviews do not outnumber the interpreters free in it. O(slots ×
// interviews per slot × interpreters).

export type InterpretedInterview = { readonly id: string; readonly slot: number; readonly companyId: string };

/**
 * Interpreter id per interview id. `freeAt(slot)` lists the interpreters free in a slot, in the
 * order to use them. Interviews beyond the free interpreters of their slot are left out.
 */
export function assignInterpreters(interviews: readonly InterpretedInterview[], freeAt: (slot: number) => readonly string[]): Map<string, string> {
  const bySlot = new Map<number, InterpretedInterview[]>();
  for (const interview of interviews) {
    if (!bySlot.has(interview.slot)) bySlot.set(interview.slot, []);
    bySlot.get(interview.slot)!.push(interview);
  }
  const assigned = new Map<string, string>();
  let companyOfInterpreter = new Map<string, string>();
  let previousSlot = Number.NEGATIVE_INFINITY;
  for (const slot of [...bySlot.keys()].sort((a, b) => a - b)) {
    const here = [...bySlot.get(slot)!].sort((a, b) => a.companyId.localeCompare(b.companyId) || a.id.localeCompare(b.id));
    const free = [...freeAt(slot)];
    const taken = new Set<string>();
    const now = new Map<string, string>();
    const consecutive = slot === previousSlot + 1;
    // First, keep interpreters with the company they were with.
    for (const interview of here) {
      const stay = consecutive ? free.find((i) => !taken.has(i) && companyOfInterpreter.get(i) === interview.companyId) : undefined;
      if (stay === undefined) continue;
      assigned.set(interview.id, stay);
      taken.add(stay);
      now.set(stay, interview.companyId);
    }
    for (const interview of here) {
      if (assigned.has(interview.id)) continue;
      const next = free.find((i) => !taken.has(i));
      if (next === undefined) continue;
      assigned.set(interview.id, next);
      taken.add(next);
      now.set(next, interview.companyId);
    }
    companyOfInterpreter = now;
    previousSlot = slot;
  }
  return assigned;
}
