import { defineConfig } from 'vitest/config';

// Run under a zone that is not Korea's, so any formatting that forgets Asia/Seoul fails.
process.env.TZ = 'America/New_York';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/unit/**/*.test.ts', 'test/charts/**/*.test.ts'],
    env: { TZ: 'America/New_York' },
  },
});
