// Japan keeps one time zone (UTC+9) and no daylight saving, so a Japan date or wall-clock time is
// the instant moved by nine hours. The internship, hiring and residence rules count Japan days.
export const JAPAN_OFFSET_MS = 9 * 3_600_000;

/** The instant as Japan's wall clock, in ISO form without a zone (YYYY-MM-DDTHH:MM:SS.sss). */
export const japanWallClock = (at: Date): string => new Date(at.getTime() + JAPAN_OFFSET_MS).toISOString().slice(0, 23);

/** The date in Japan at that instant (YYYY-MM-DD). */
export const japanDate = (at: Date): string => japanWallClock(at).slice(0, 10);
