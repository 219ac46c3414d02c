// Specification of `validate`: exit 0 on good knowledge; exit 1 with one line per problem.
import { describe, expect, it } from 'vitest';
import { fixturePack } from '../../helpers/assistant.js';
import { runCli } from '../../helpers/run-cli.js';

describe('GIVEN validate', () => {
  it('THEN the bundled knowledge is valid', async () => {
    const { code, stdout } = await runCli('validate', []);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((l) => l && !l.includes('warning:'))).toEqual([]);
  });

  it('THEN a good pack exits 0 and prints only warnings', async () => {
    const { code, stdout } = await runCli('validate', ['--knowledge', fixturePack()]);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(
      /notes\.yaml:27:16: warning: note "recertification" was due for review on 2021-01-01$/,
    );
  });

  it('THEN a broken pack exits 1 with one file:line:col line per problem on stdout', async () => {
    const { code, stdout } = await runCli('validate', ['--knowledge', 'test/fixtures/broken/dangling-refs']);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toEqual([
      'test/fixtures/broken/dangling-refs/pack.yaml:16:13: source "manul" is not defined in the knowledge (did you mean "manual"?)',
      'test/fixtures/broken/dangling-refs/pack.yaml:17:14: force "northshir" is not defined in the knowledge (did you mean "northshire"?)',
      'test/fixtures/broken/dangling-refs/pack.yaml:19:12: force "southshire" is not defined in the knowledge (did you mean "northshire"?)',
      'test/fixtures/broken/dangling-refs/pack.yaml:22:26: metric "incidnets" is not defined in the knowledge (did you mean "incidents"?)',
    ]);
  });

  it('THEN an unknown option is a usage error', async () => {
    const { code, stderr } = await runCli('validate', ['--knowlege', 'x']);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: npm run --silent validate -- [--knowledge DIR]');
  });
});
