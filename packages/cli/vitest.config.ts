import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { root: import.meta.dirname, include: ['test/**/*.test.ts'], environment: 'node' },
});
