import { defineConfig } from 'vitest/config';

// One runner for every tier. Integration files (*.int.test.ts) run once on the embedded
// server and, when TEST_EXTERNAL_DATABASE_URL is set, once more on that external server.
const external = process.env.TEST_EXTERNAL_DATABASE_URL;
if (!external && process.env.CI === 'true') {
  throw new Error('CI=true but TEST_EXTERNAL_DATABASE_URL is not set: the integration tests must also run on the external PostgreSQL.');
}
if (!external) console.warn('[integration] TEST_EXTERNAL_DATABASE_URL not set: integration tests run on the embedded server only.');
const integration = (name: string, globalSetup: string) => ({
  extends: true as const,
  test: {
    name,
    include: ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'],
    globalSetup: [globalSetup],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    reporters: process.env.CI ? ['default'] : ['default'],
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'bench/**/*.test.ts'], exclude: ['**/*.int.test.ts', '**/node_modules/**'] } },
      // Real `kakehashi serve` processes on their own data folders: start, SIGKILL, SIGTERM.
      { extends: true, test: { name: 'operations', include: ['test/operations/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      integration('integration:embedded', 'test/support/global-setup-embedded.ts'),
      ...(external ? [integration('integration:postgres-external', 'test/support/global-setup-external.ts')] : []),
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
