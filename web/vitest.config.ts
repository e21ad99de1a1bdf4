import { defineConfig } from 'vitest/config';
import { ftlParts } from './vite.messages.ts';

export default defineConfig({
  plugins: [ftlParts()],
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
