import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Exactly `broadsheet`: `broadsheet/batch` resolves on its own (tsconfig paths, or the built package).
    alias: [
      { find: /^broadsheet$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^broadsheet\/queue$/, replacement: fileURLToPath(new URL('./src/queue/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Landing runs the suite while other work shares the two cores: the linear-time guards on hostile
    // input need room, and speed itself is measured by the benchmarks, not by timeouts.
    testTimeout: 60_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts', 'src/**/*.test-d.ts'] },
  },
});
