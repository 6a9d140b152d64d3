// Architecture boundaries live here, not in goodwill: each folder may import only
// what its runtime has (see ../shared/DESIGN.md, "Layout").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const electronOnlyInAdapters = {
  paths: [
    { name: 'electron', message: 'Only main/adapters and main/index.ts may import electron.' },
    { name: 'electron-store', message: 'Only main/adapters may import electron-store.' },
  ],
  patterns: [
    {
      group: ['**/adapters', '**/adapters/**'],
      message: 'Core code receives adapters through ports (main/core/ports.ts).',
    },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['main/**/*.ts', 'preload/**/*.ts', 'renderer/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['main/ipc/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', electronOnlyInAdapters] },
  },
  {
    // The innermost layers do not depend on the bridge: the shapes they share with the renderer
    // live in common/, and only main/ipc and main/adapters speak the preload contract.
    files: ['main/core/**/*.ts', 'main/simulator/**/*.ts', 'main/cli.ts', 'main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...electronOnlyInAdapters,
          patterns: [
            ...electronOnlyInAdapters.patterns,
            {
              group: ['**/preload', '**/preload/**'],
              message: 'Core never imports the bridge: shared shapes live in common/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer talks to main only through window.glucobar.',
            },
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer has no Node.' })),
          ],
          patterns: [
            {
              group: ['**/main', '**/main/**'],
              message: 'The renderer never imports main-process code.',
            },
            {
              group: ['**/preload/index', '**/preload/index.ts'],
              message: 'Import types from preload/contract only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The glucose rules every runtime shares (main, the CLI and the sandboxed renderer): plain
    // TypeScript that imports only its own folder, so no Node, Electron, DOM or package can creep
    // in and make one of them unable to load it.
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.\\.?/)',
              message: 'common/ is runtime-neutral: relative imports inside common/ only.',
            },
            {
              group: ['**/main', '**/main/**', '**/renderer/**', '**/preload/**'],
              message:
                'common/ is runtime-neutral: it imports nothing from main, renderer or preload.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'process', 'Buffer', 'require', 'global'].map(
          (name) => ({ name, message: 'common/ runs in main, the CLI and the renderer alike.' }),
        ),
      ],
    },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main', '**/main/**'],
              message: 'The preload never imports main-process code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: { process: 'readonly', Buffer: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    rules: { 'no-console': 'off' },
  },
);
