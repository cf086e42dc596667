// PUT /api/test-clock sets the services' clock (browser tests only: registered when the server
// runs with KAKEHASHI_TEST_CLOCK, never in production); queued reminders move with it, and the
// agreements' daily reminder run looks again at once.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBody } from '../../contracts/common.ts';
import type { TestClock } from '../test-clock.ts';

export type { TestClock } from '../test-clock.ts';

const clockView = z.object({ now: z.string() });

export const testClockRoutes: FastifyPluginAsyncZod<{ clock: TestClock }> = async (app, { clock }) => {
  const tags = ['test'];
  app.get('/test-clock', { config: { access: { kind: 'public' } }, schema: { tags, response: { 200: clockView } } }, () => ({ now: clock.now().toISOString() }));
  app.put('/test-clock', { config: { access: { kind: 'signedIn' } }, schema: { tags, body: z.object({ now: z.iso.datetime({ offset: true }) }).strict(), response: { 200: clockView, 401: errorBody } } }, async (request) => {
    clock.set(new Date(request.body.now));
    await app.services.residenceReminders.rescheduleAll();
    await app.services.agreementReminders.runSoon();
    return { now: clock.now().toISOString() };
  });
};
