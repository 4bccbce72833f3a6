import { defineConfig } from 'vitest/config';

// Quinoa serves dist/ in production and proxies to this dev server (port 5173) in dev mode.
export default defineConfig({
  server: { port: 5173, strictPort: false },
  build: { outDir: 'dist', target: 'es2022', sourcemap: false },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    restoreMocks: true,
  },
});
