// Lint: typescript-eslint's recommended rules plus the import boundaries of
// shared/ARCHITECTURE.md: web → contracts → domain; routes → services → (domain, repositories);
// the domain imports nothing outside itself; only repositories (and db/) touch drizzle.
import fs from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const layer = (group, message) => ({ group, message });
const WEB_FEATURES = fs.readdirSync(new URL('src/web/features', import.meta.url));

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'test-results/**', 'scratch/**', 'src/server/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: globals.node } },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: restrict([
      layer(['**/contracts/**', '**/server/**', '**/web/**', '**/cli/**', '**/i18n/**'], 'The domain core imports nothing outside src/domain.'),
      layer(['node:*', 'fs', 'http', 'pg', 'drizzle-orm', 'drizzle-orm/*', 'fastify', '@fastify/*', 'react', 'react-dom', 'zod', 'pino'], 'The domain core is pure: no I/O, framework or validation library.'),
    ]),
  },
  {
    files: ['src/contracts/**/*.ts'],
    rules: restrict([layer(['**/server/**', '**/web/**', '**/cli/**'], 'Contracts are shared by server and web; they import only the domain.')]),
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      ...restrict([
        layer(['**/server/**', '**/cli/**'], 'The web app talks to the server over HTTP only (lib/api-client.ts).'),
        layer(['node:*', 'pg', 'drizzle-orm', 'fastify'], 'Server-side packages do not belong in the browser bundle.'),
      ]),
    },
  },
  // Features do not import each other: each may use only itself, components/ and lib/.
  ...WEB_FEATURES.map((feature) => ({
    files: [`src/web/features/${feature}/**`],
    rules: restrict([
      layer(WEB_FEATURES.filter((f) => f !== feature).map((f) => `**/features/${f}/**`), 'Features do not import each other; share through components/ or lib/.'),
      layer(['**/server/**', '**/cli/**'], 'The web app talks to the server over HTTP only.'),
    ]),
  })),
  {
    files: ['src/server/routes/**/*.ts'],
    ignores: ['src/server/routes/**/*.test.ts'],
    rules: restrict([layer(['**/repositories/**', '**/db/schema/**', 'drizzle-orm', 'drizzle-orm/*', 'pg'], 'A route calls a service; it never touches the database.')]),
  },
  {
    files: ['src/server/services/**/*.ts', 'src/server/presenters/**/*.ts', 'src/server/http/**/*.ts', 'src/server/seed/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict([
      layer(['drizzle-orm', 'drizzle-orm/*', 'pg', '**/db/schema/**'], 'Only repositories import drizzle and the schema.'),
      layer(['**/routes/**'], 'Dependencies point inward: services do not know the routes.'),
    ]),
  },
);
