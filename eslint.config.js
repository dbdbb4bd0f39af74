// ESLint for the whole project (`npm run lint`, part of `npm test`): the recommended rules for JavaScript,
// TypeScript and React hooks, and the import boundaries of STYLE.md, so that a newcomer sees them and
// nobody crosses them by accident:
//
//   ui → early → views → engine ← content      i18n is used by all and uses none of them but load
//   ui → load (what loads in the background), under all of them       flows/ imports types only
//   ui → result → engine ← content → result        explain → views, result, content (flows:explain, in Node)
//
// views/ is each screen's markup written once, over an element factory: React's in ui/, text in early/.
// result/ is the result page in words, composed once for the screens and for flows:explain (in Node).
// explain/ is flows:explain: a page as its reader gets it, drawn from the views and result/ as plain text.
//
// src/engine runs in the browser (no React, no node:, no zod at run time); src/content runs in Node.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noNode = { group: ['node:*'], message: 'runs in the browser: no Node modules here.' };
const noReact = {
  group: ['react', 'react-dom', 'react-dom/*', 'react-i18next', '@xstate/react'],
  message: 'the engine and the content tools have no React.',
};
const noZod = { group: ['zod'], message: 'zod checks the content at build and test time only; the browser gets plain data.' };
// The schema file defines types with zod: the browser side may only `import type` from it.
const schemaTypesOnly = {
  group: ['**/engine/schema.ts', './schema.ts'],
  allowTypeImports: true,
  message: 'import only types from the schema (import type): zod must not reach the browser.',
};
const noFlows = {
  group: ['**/flows/*'],
  message: 'the content reaches the browser through virtual:flow and virtual:municipalities, stripped of sources.',
};
const folder = (name, why) => ({ group: [`**/${name}/*`], message: why });

const restrict = (...patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/', 'bench/results/', '.tmp/', 'node_modules/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.{js,mjs,ts,tsx}'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['scripts/languageRedirect.js'],
    languageOptions: { globals: { __LANGUAGES__: 'readonly', __LANGUAGE_FALLBACKS__: 'readonly' } },
  },
  { files: ['scripts/quickExit.js'], languageOptions: { globals: { __NEUTRAL_SITE__: 'readonly' } } },
  {
    files: ['scripts/sw.template.js'],
    languageOptions: { globals: { ...globals.serviceworker, __FILES__: 'readonly', __LANGUAGES__: 'readonly' } },
  },

  // The boundaries. Tests beside the code may reach further (a test of the engine reads the content).
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts', 'src/engine/schema.ts'],
    rules: restrict(
      noNode,
      noReact,
      noZod,
      schemaTypesOnly,
      noFlows,
      folder('ui', 'the engine knows no screens.'),
      folder('views', 'the engine knows no screens.'),
      folder('early', 'the engine knows nothing of the page it runs in.'),
      folder('result', 'the engine composes no words: src/result does, from it.'),
      folder('content', 'the engine does not use the Node content tools.'),
    ),
  },
  {
    files: ['src/engine/schema.ts'],
    rules: restrict(
      noNode,
      noReact,
      noFlows,
      folder('ui', 'the engine knows no screens.'),
      folder('result', 'the engine composes no words: src/result does, from it.'),
      folder('content', 'the engine does not use the Node content tools.'),
    ),
  },
  {
    // What loads in the background: one loader under everything, using none of the app's folders.
    files: ['src/load/**/*.ts'],
    ignores: ['src/load/**/*.test.ts'],
    rules: restrict(
      noNode,
      noReact,
      noZod,
      noFlows,
      folder('ui', 'the loader is under the screens.'),
      folder('engine', 'the loader knows nothing of the check.'),
      folder('i18n', 'the loader knows nothing of words.'),
      folder('result', 'the loader knows nothing of words.'),
      folder('early', 'the loader is under the early walker.'),
      folder('views', 'the loader knows no screens.'),
      folder('content', 'the loader does not use the Node content tools.'),
    ),
  },
  {
    // The early walker is inlined into every page before React has arrived: views, engine, keys and words.
    // Its handover (takeOver.ts) is the app's, and as framework-free.
    files: ['src/early/**/*.ts'],
    ignores: ['src/early/**/*.test.ts'],
    rules: restrict(
      noNode,
      noReact,
      noZod,
      schemaTypesOnly,
      noFlows,
      folder('ui', 'the early walker runs before the app: it knows no screens of React.'),
      folder('load', 'the app takes over what the walker fetched (src/load/earlyResponses.ts), not the other way.'),
      folder('content', 'the early walker does not use the Node content tools.'),
    ),
  },
  {
    // Markup written once for React and the early walker: no framework, no page, no state of its own.
    files: ['src/views/**/*.ts'],
    ignores: ['src/views/**/*.test.ts'],
    rules: restrict(
      noNode,
      noReact,
      noZod,
      schemaTypesOnly,
      noFlows,
      folder('ui', 'a view is drawn by React and by the early walker alike: it knows neither.'),
      folder('early', 'a view is drawn by React and by the early walker alike: it knows neither.'),
      folder('load', 'a view is given what it shows.'),
      folder('content', 'the views do not use the Node content tools.'),
    ),
  },
  {
    // The result page in words, framework-free: the screens and flows:explain (Node) compose it with the same code.
    files: ['src/result/**/*.ts'],
    ignores: ['src/result/**/*.test.ts'],
    rules: restrict(
      noNode,
      noReact,
      noZod,
      schemaTypesOnly,
      noFlows,
      folder('ui', 'the result page in words knows no screens of React.'),
      folder('early', 'the result page in words is not part of the early walker.'),
      folder('load', 'the result page in words is given what it shows.'),
      folder('content', 'the result page in words runs in the browser: no Node content tools.'),
    ),
  },
  {
    files: ['src/i18n/**/*.ts'],
    ignores: ['src/i18n/**/*.test.ts'],
    rules: restrict(
      noNode,
      noZod,
      noFlows,
      folder('engine', 'i18n is used by all and uses none of them.'),
      folder('ui', 'i18n is used by all and uses none of them.'),
      folder('views', 'i18n is used by all and uses none of them.'),
      folder('early', 'i18n is used by all and uses none of them.'),
      folder('result', 'i18n is used by all and uses none of them.'),
      folder('content', 'i18n is used by all and uses none of them.'),
    ),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx', 'src/prerender.tsx'],
    ignores: ['src/ui/**/*.test.{ts,tsx}'],
    rules: restrict(
      noNode,
      noZod,
      schemaTypesOnly,
      noFlows,
      folder('content', 'the screens do not use the Node content tools.'),
      folder('explain', 'the screens do not use the Node content tools.'),
    ),
  },
  {
    files: ['src/content/**/*.ts'],
    ignores: ['src/content/**/*.test.ts'],
    rules: restrict(
      noReact,
      folder('ui', 'the content tools know no screens.'),
      folder('views', 'the content tools know no screens.'),
      folder('early', 'the content tools know no page.'),
      folder('explain', 'flows:explain reads the content, not the other way.'),
    ),
  },
  {
    // flows:explain, in Node: the question views and the result's words drawn as plain text, over the content.
    files: ['src/explain/**/*.ts'],
    ignores: ['src/explain/**/*.test.ts'],
    rules: restrict(
      noReact,
      folder('ui', 'flows:explain draws the views and the words of the result without React.'),
      folder('early', 'flows:explain knows no page.'),
      folder('load', 'flows:explain reads the words from locales/ itself.'),
    ),
  },
  {
    files: ['flows/**/*.ts'],
    rules: restrict({ group: ['../src/**'], allowTypeImports: true, message: 'flows/ is data: it imports types only (import type).' }),
  },
);
