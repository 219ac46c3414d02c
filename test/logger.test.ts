// Logs for people and for machines: readable lines on a terminal, JSON lines otherwise, and a
// secret never printed in either.
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runScript } from './helpers/run-cli.js';

describe('createLogger', () => {
  it('GIVEN stderr is not a terminal THEN each line is JSON with level, message and fields', async () => {
    const { stderr } = await runScript('test/helpers/log-lines.ts', ['json']);
    const lines = stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ level: 30, msg: 'bot ready', notes: 29 });
    expect(lines[1]).toMatchObject({ level: 40, msg: 'a token in a field', token: '[redacted]' });
  });

  it('GIVEN a person is watching (pretty) THEN lines are readable text, not JSON, and secrets stay redacted', async () => {
    const { stderr } = await runScript('test/helpers/log-lines.ts', ['pretty']);
    const plain = stripVTControlCharacters(stderr);
    expect(plain).toMatch(/\[\d\d:\d\d:\d\d\] INFO: bot ready/);
    expect(plain).toMatch(/WARN: a token in a field/);
    expect(plain).not.toMatch(/^\{/m);
    expect(plain).not.toContain('xoxb-very-secret');
  });
});
