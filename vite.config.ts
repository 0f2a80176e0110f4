import { defineConfig } from 'vitest/config';

export default defineConfig({
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Icons stay files: Phaser's SVG loader cannot read URL-encoded data URIs.
    assetsInlineLimit: (file: string) => (file.endsWith('.svg') ? false : undefined),
    rollupOptions: {
      output: {
        // Phaser is large and changes rarely: its own chunk caches well.
        manualChunks: (id: string) => (id.includes('node_modules/phaser') ? 'phaser' : undefined),
      },
    },
  },
  test: {
    testTimeout: 30_000,
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**', 'node_modules/**'], environment: 'node' },
      },
      {
        // Real Chromium against the production build; skipped (and says so) without a Chromium.
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
