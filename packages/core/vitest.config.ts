import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    root: import.meta.dirname,
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // Generous: these are correctness tests, never timed ones, and CI shares two cores.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
