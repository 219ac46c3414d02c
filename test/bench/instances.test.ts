// The 1-vs-N instances bench at a tiny size: GIVEN 20 signed events (some retried) sent to one bot
// process and then to two sharing Redis, THEN its table has a row for each run and every event
// was answered exactly once (no timings are asserted).
import { describe, expect, it } from 'vitest';
import { measureInstances } from '../../src/bench/instances.js';
import { redisMissing } from '../../src/bench/redis-server.js';
import { instancesTable } from '../../src/bench/report.js';
import { fixturePack } from '../helpers/assistant.js';

describe.skipIf(redisMissing !== undefined)(
  `npm run bench -- --instances${redisMissing ? ` (skipped: ${redisMissing})` : ''}`,
  { timeout: 180_000 },
  () => {
    it('prints a row for 1 and for 2 instances, each with every event answered exactly once', async () => {
      const figures = await measureInstances({
        instances: 2,
        events: 20,
        knowledgeDir: fixturePack(),
        questions: ['Where do I holster the device?', 'Who removes the barbs?'],
      });
      const warnings = 'runs' in figures ? figures.runs.flatMap((r) => r.warnings) : [];
      // Redis never goes away here: an outage reported would be a failure (and explain a duplicate).
      expect(warnings.filter((w) => w.startsWith('Redis is unreachable'))).toEqual([]);
      const rows = instancesTable(figures)
        .split('\n')
        .filter((line) => /^\| \d+ \|/.test(line))
        .map((line) => line.split('|').map((cell) => cell.trim()));
      // Columns: instances, answers/s, p50, p99, exactly one, duplicated / missing, unacknowledged.
      expect(
        rows.map((r) => [r[1], r[5], r[6], r[7]]),
        `the bots' state warnings: ${warnings.join(' | ')}`,
      ).toEqual([
        ['1', '20/20', '0 / 0', '0'],
        ['2', '20/20', '0 / 0', '0'],
      ]);
      expect(instancesTable(figures)).toContain('20 signed Slack events (4 also retried)');
    });
  },
);
