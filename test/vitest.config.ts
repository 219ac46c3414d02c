// Vitest settings. CI sets VITEST_JSON_REPORT to get vitest's own pass/fail counts as JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    root,
    include: ['test/**/*.test.ts'],
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
