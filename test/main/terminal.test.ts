// `npm start` with no platform credentials: the terminal chat on the bundled knowledge,
// driven through the real process's standard input.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot as root, runScript, type CliResult } from '../helpers/run-cli.js';
import { tempDirSync } from '../helpers/temp-dir.js';

/** Start the bot in a fresh working folder, without any platform credentials from this machine. */
function startBot(input: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK|DISCORD)_/.test(k)));
  return runScript('src/main.ts', [], {
    stdin: input,
    cwd: tempDirSync('taser-bot'),
    replaceEnv: true,
    env: {
      ...clean,
      KNOWLEDGE_DIR: path.join(root, 'knowledge'),
      DATA_DIR: tempDirSync('taser-data'),
      ...env,
    },
  });
}

describe('GIVEN npm start without Slack or Discord credentials', () => {
  it('THEN the terminal chat answers from the bundled knowledge and quits cleanly', async () => {
    const { code, stdout } = await startBot(
      'what share of Hampshire Taser incidents ended in a discharge\nwhat time does the canteen open\nquit\n',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Taser policy assistant —');
    expect(stdout).toContain('85 of 666 incidents = 12.8%');
    expect(stdout).toContain("I can't find that in my knowledge.");
    expect(stdout).not.toContain('\x1b[');
    expect(stdout.trimEnd().endsWith('Goodbye.')).toBe(true);
  });

  it('THEN a broken knowledge pack stops start-up with file:line:col lines', async () => {
    const { code, stderr } = await startBot('', {
      KNOWLEDGE_DIR: path.join(root, 'test', 'fixtures', 'broken', 'duplicate-ids'),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /The bot cannot start: the knowledge in .* has errors\.\n.*two\.yaml:2:9: duplicate id "holster"/,
    );
  });

  it('THEN a YAML alias to no anchor stops start-up with its file:line:col, not a bare library message', async () => {
    const dir = tempDirSync('taser-alias');
    writeFileSync(
      path.join(dir, 'a.yaml'),
      'sources:\n  - id: manual\n    title: Manual\nnotes:\n  - id: a\n    title: A\n    topic: carry\n    text: Carry it on the weak side.\n    source: manual\n    quote: *nowhere\n',
    );
    const { code, stderr } = await startBot('', { KNOWLEDGE_DIR: dir });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `The bot cannot start: the knowledge in ${dir} has errors.\n${dir}/a.yaml:10:12: YAML: alias *nowhere refers to no anchor: define &nowhere before it, or write the value out\nFix them (npm run validate checks again) and start the bot again.\n`,
    );
  });

  it('THEN a malformed variable is named at start-up', async () => {
    const { code, stderr } = await startBot('', { SLACK_BOT_TOKEN: 'not-a-token', SLACK_SIGNING_SECRET: 's' });
    expect(code).toBe(1);
    expect(stderr).toContain('SLACK_BOT_TOKEN: must be a bot token starting with "xoxb-"');
  });
});
