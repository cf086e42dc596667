// A clock that can be set while the server runs, for browser tests of what happens on a date
// (a residence card nearing expiry, a check-in falling due). Only when KAKEHASHI_TEST_CLOCK is on,
// which the configuration refuses in production; it may start at a given instant. It moves the services' clock, not the
// database's or the job queue's: reminders are rescheduled to real time when it is set.
export type TestClock = { now: () => Date; set: (at: Date) => void };

/** Starts at `startAt` (or the real time) and runs on in real time until set. */
export function createTestClock(startAt: Date | null = null): TestClock {
  let skewMs = startAt ? startAt.getTime() - Date.now() : 0;
  return {
    now: () => new Date(Date.now() + skewMs),
    set: (at) => {
      skewMs = at.getTime() - Date.now();
    },
  };
}
