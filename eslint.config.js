import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Imports flow one way: data, i18n, components -> store -> features -> app.
 * No feature imports another feature.
 */
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const FEATURES = ['map', 'agreements', 'timeline', 'voices', 'economy', 'briefing', 'notes'];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'public', 'test-results', 'playwright-report', 'bench/out', '.tmp', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No data string may reach innerHTML.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'No data string may reach innerHTML.' },
      ],
    },
  },
  // Playwright fixtures call `use`, which is not React's hook.
  { files: ['tests/e2e/**'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  layer(['src/data/**', 'src/i18n/**'], [{ group: ['**/store/**', '**/features/**', '**/app/**', '**/components/**'], message: 'data and i18n sit at the bottom: they import nothing above them.' }]),
  layer(['src/components/**'], [{ group: ['**/store/**', '**/features/**', '**/app/**'], message: 'components take props; they do not reach into the store, features or app.' }]),
  layer(['src/store/**'], [{ group: ['**/features/**', '**/app/**'], message: 'the store does not import features or the app.' }]),
  // embed.html is a second entry built from the app's parts: it imports the app, never the other way.
  layer(['src/app/**'], [{ group: ['**/embed/**'], message: 'the app does not import the embed page; what both need moves down (store, components).' }]),
  ...FEATURES.map((feature) =>
    layer([`src/features/${feature}/**`], [
      { group: ['**/app/**'], message: 'features do not import the app.' },
      ...FEATURES.filter((other) => other !== feature).map((other) => ({
        group: [`**/features/${other}/**`, `../${other}/**`],
        message: `no feature imports another feature (${feature} -> ${other}); move what they share down into components, store or data.`,
      })),
    ]),
  ),
);
