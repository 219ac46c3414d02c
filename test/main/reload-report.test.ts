// What main.ts does after each reload: log it (info, or error with every problem) and post the
// core's admin notice to every admin channel, where one platform failing does not stop the other.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { AdminChannels } from '../../src/admin-channels.js';
import type { ReloadResult } from '../../src/core/reload/reloader.js';
import { reportReloads } from '../../src/reload-report.js';

interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

function setup() {
  const logs: LogLine[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  const posted: unknown[] = [];
  const channels = new AdminChannels(logger);
  return { logs, logger, posted, channels };
}

const none = { added: [], removed: [], edited: [] };
const edited: ReloadResult = {
  ok: true,
  changes: { notes: { ...none, edited: ['aftercare'] }, statistics: none, other: [] },
  warnings: [],
};
const unchanged: ReloadResult = { ok: true, changes: { notes: none, statistics: none, other: [] }, warnings: [] };
const failed: ReloadResult = {
  ok: false,
  problems: [
    { file: 'knowledge/notes.yaml', line: 31, col: 5, message: 'notes[3]: unknown field "colour"', severity: 'error' },
    {
      file: 'knowledge/notes.yaml',
      line: 27,
      col: 16,
      message: 'note "recertification" was due for review on 2021-01-01',
      severity: 'warning',
    },
  ],
};

describe('reportReloads', () => {
  // The posters record synchronously when called, so the fire-and-forget post is visible at once.
  it('GIVEN a change noticed in the files THEN an info log line and a notice in every admin channel', () => {
    const { logs, logger, posted, channels } = setup();
    channels.add('Slack', async (report) => void posted.push({ slack: report }));
    channels.add('Discord', async (report) => void posted.push({ discord: report }));
    reportReloads(logger, channels)(edited, 'change');
    expect(logs).toEqual([
      expect.objectContaining({ level: 30, msg: 'Reloaded: 1 note edited (aftercare).', cause: 'change', warnings: 0 }),
    ]);
    const report = {
      headline: 'Reloaded: 1 note edited (aftercare).',
      changes: edited.ok && edited.changes,
      problems: [],
      echoes: ['aftercare'],
    };
    expect(posted).toEqual([{ slack: report }, { discord: report }]);
  });

  it('GIVEN a failed reload THEN an error log line with every problem, and the errors posted', () => {
    const { logs, logger, posted, channels } = setup();
    channels.add('Slack', async (report) => void posted.push(report));
    reportReloads(logger, channels)(failed, 'request');
    expect(logs).toEqual([
      expect.objectContaining({
        level: 50,
        msg: 'knowledge reload failed; still serving the previous knowledge',
        cause: 'request',
        problems: [
          'knowledge/notes.yaml:31:5: notes[3]: unknown field "colour"',
          'knowledge/notes.yaml:27:16: warning: note "recertification" was due for review on 2021-01-01',
        ],
      }),
    ]);
    expect(posted[0]).toEqual({
      headline: 'Reload failed; still serving the previous knowledge:',
      problems: [
        'knowledge/notes.yaml:31:5: notes[3]: unknown field "colour"',
        '(1 warning not shown; npm run validate lists them)',
      ],
    });
  });

  it('GIVEN a requested or an empty reload that worked THEN it is logged but not posted', () => {
    const { logs, logger, posted, channels } = setup();
    channels.add('Slack', async (report) => void posted.push(report));
    reportReloads(logger, channels)(edited, 'request');
    reportReloads(logger, channels)(unchanged, 'change');
    expect(logs.map((l) => l.msg)).toEqual(['Reloaded: 1 note edited (aftercare).', 'Reloaded: nothing changed.']);
    expect(posted).toEqual([]);
  });
});

describe('AdminChannels', () => {
  it('GIVEN one platform refusing the post THEN the other still gets it and the failure is logged by platform', async () => {
    const { logs, posted, channels } = setup();
    channels.add('Slack', async () => {
      throw new Error('not_in_channel');
    });
    channels.add('Discord', async (report) => void posted.push(report));
    channels.add('Nowhere', undefined);
    const report = { headline: 'Reloaded: 1 note edited (aftercare).', problems: [] };
    await expect(channels.post(report)).resolves.toBeUndefined();
    expect(posted).toEqual([report]);
    expect(logs).toEqual([
      expect.objectContaining({
        level: 50,
        platform: 'Slack',
        msg: 'could not post to the Slack admin channel: check its id and that the bot may post there',
        err: expect.objectContaining({ message: 'not_in_channel' }),
      }),
    ]);
  });
});
