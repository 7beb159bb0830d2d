import { defineConfig } from 'vitest/config';

// One runner for unit, integration and component tests. Integration tests load real GGUF models and
// start real servers; on 2-core machines two workers is the most that does not starve llama.cpp.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}', 'tests/e2e/**/*.test.ts'],
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
