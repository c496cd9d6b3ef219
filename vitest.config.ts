import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the built binary; shared CI machines are slow and noisy.
    testTimeout: 60_000,
  },
});
