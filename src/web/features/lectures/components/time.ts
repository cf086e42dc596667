// Session times as people read them: start–end on the venue's clock.
export function endTime(startTime: string, durationMinutes: number): string {
  const [h, m] = startTime.split(':').map(Number) as [number, number];
  const total = (h * 60 + m + durationMinutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** Items grouped by their ISO date, days in order, items kept in their order. */
export function byDay<T extends { date: string }>(items: T[]): { date: string; items: T[] }[] {
  const days = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.date.localeCompare(b.date))) days.set(item.date, [...(days.get(item.date) ?? []), item]);
  return [...days].map(([date, list]) => ({ date, items: list }));
}
