import { defineConfig } from 'vitest/config';

// Quinoa serves dist/ in production and proxies to this dev server (port 5173) in dev mode.
export default defineConfig({
  server: { port: 5173, strictPort: false },
  // The manifest lets scripts/js-budget.mjs follow the chunk graph; the script removes it after reading.
  build: { outDir: 'dist', target: 'es2022', sourcemap: false, manifest: true },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.mjs'],
    setupFiles: ['src/test-setup.ts'],
    restoreMocks: true,
  },
});
