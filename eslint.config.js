// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layers, after docs/ARCHITECTURE.md: imports flow one way.
 * web -> core; server -> store, crypto, core; store -> crypto, core; cli -> server, store, core.
 * Each entry names the layers a folder may NOT import.
 */
const LAYERS = ['core', 'crypto', 'store', 'server', 'web', 'cli'];
const ALLOWED = {
  core: [],
  crypto: [],
  store: ['crypto', 'core'],
  server: ['store', 'crypto', 'core'],
  web: ['core'],
  cli: ['server', 'store', 'core'],
};
const NODE_ONLY = [
  'node:*',
  'fs',
  'path',
  'crypto',
  'os',
  'child_process',
  'better-sqlite3',
  'pg',
  'kysely',
  'fastify',
];

const layerRules = LAYERS.map((layer) => {
  const forbidden = LAYERS.filter((other) => other !== layer && !ALLOWED[layer].includes(other));
  const patterns = forbidden.map((other) => ({
    group: [`**/${other}/*`, `**/${other}`, `../${other}/*`, `../../${other}/*`, `../../../${other}/*`],
    message: `The ${layer} layer may not import from ${other} (see docs/ARCHITECTURE.md).`,
  }));
  if (layer === 'core' || layer === 'web') {
    patterns.push({
      group: NODE_ONLY,
      message: `The ${layer} layer runs in the browser too: no Node-only modules.`,
    });
  }
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    ignores: layer === 'core' ? ['src/core/**/*.test.ts'] : [],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'coverage', 'e2e/screenshots', 'bench/results', 'scratch'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', 'bin/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // Route handlers share one async signature whether or not they await.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Every path comes from the practice catalogue (pathTo, PLACES), so a screen cannot link to a place that is not there.
      'no-restricted-syntax': [
        'error',
        ...[
          'JSXAttribute[name.name=/^(to|href)$/] Literal[value=/^\\//]',
          'JSXAttribute[name.name=/^(to|href)$/] TemplateLiteral > TemplateElement:first-child[value.raw=/^\\//]',
          "CallExpression[callee.name='navigate'] Literal[value=/^\\//]",
          "CallExpression[callee.name='navigate'] TemplateLiteral > TemplateElement:first-child[value.raw=/^\\//]",
        ].map((selector) => ({
          selector,
          message: 'Paths come from the practice catalogue: use pathTo() or PLACES.',
        })),
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  ...layerRules,
  {
    // The catalogue and its declarations load with the first screen: they may not bring record kinds,
    // schemas or word lists with them (those live in each pillar's practiceKinds.ts).
    files: ['src/core/*/practices.ts', 'src/core/practices/catalogue.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(?!(\\.\\./practices/practice|\\./practice|\\.\\./pillars|\\.\\./[a-z]+/practices)\\.js$)',
              message: 'Practice declarations stay light: put kinds and examples in practiceKinds.ts.',
            },
          ],
        },
      ],
    },
  },
);
