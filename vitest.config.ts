import { defineConfig } from 'vitest/config';

// Each layer is tested in the cheapest runtime that has its APIs (see ../shared/DESIGN.md):
//   unit      plain Node: core, ipc, simulator, adapters through typed fakes
//   browser   Playwright + Debian Chromium: the built renderer (stubbed bridge) and end-to-end
//   packaging electron-builder --dir against a placeholder Electron distribution
//   desktop   the built app on the Electron stand-in (test/desktop/standin), every platform
//   electron  real-Electron smoke tests, skipped (loudly) where no Electron binary exists
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/renderer/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'packaging',
          include: ['test/packaging/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'desktop',
          include: ['test/desktop/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/desktop/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'electron',
          include: ['test/electron/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
    ],
  },
});
