// Specification of the `ask` command's public contract: exactly one JSON object per question.
import { describe, expect, it } from 'vitest';
import { fixturePack } from '../../helpers/assistant.js';
import { runCli } from '../../helpers/run-cli.js';

const pack = fixturePack();

describe('GIVEN ask --json with a question argument', () => {
  it('THEN it prints exactly one JSON object (the Answer plus the question) and exits 0', async () => {
    const { code, stdout } = await runCli('ask', ['--json', '--knowledge', pack, 'Who removes the barbs?']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!);
    expect(Object.keys(answer).sort()).toEqual([
      'citations',
      'confidence',
      'figures',
      'id',
      'notices',
      'question',
      'rewritten',
      'status',
      'suggestions',
      'text',
      'understood',
    ]);
    expect(answer.question).toBe('Who removes the barbs?');
    expect(answer.status).toBe('answered');
    expect(answer.confidence).toBe('sure');
    expect(answer.text).toContain('Barbs that have penetrated skin are removed only by a paramedic or doctor.');
    expect(answer.citations[0]).toMatchObject({
      n: 1,
      noteId: 'aftercare',
      title: 'Northshire Conducted Energy Device Manual',
    });
  });

  it('THEN an out-of-scope question is still one JSON object with status no_answer, exit 0', async () => {
    const { code, stdout } = await runCli('ask', ['--json', '--knowledge', pack, 'what time does the canteen open']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer.status).toBe('no_answer');
    expect(answer.refusal).toBe('not_in_knowledge');
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it('THEN a figures answer keeps its figure lines in text, beside the structured figures', async () => {
    const { code, stdout } = await runCli('ask', ['--json', '--knowledge', pack, 'Northshire discharges']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer.text).toBe(
      'Northshire Police, April 2020 – March 2021: discharges 50 (50 of 400 incidents = 12.5%) — Midland Region Oversight Board, September 2021 [1]',
    );
    expect(answer.figures).toEqual([expect.objectContaining({ forceId: 'northshire', value: 50, citation: 1 })]);
  });
});

describe('GIVEN ask --json with questions on standard input', () => {
  it('THEN it prints one JSON object per non-blank line, in order', async () => {
    const { code, stdout } = await runCli('ask', ['--json', '--knowledge', pack], {
      stdin: 'Where do I holster the device?\n\n  \nEssex figures\nNorthshire discharges\n',
    });
    expect(code).toBe(0);
    const answers = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(answers.map((a) => [a.question, a.status])).toEqual([
      ['Where do I holster the device?', 'answered'],
      ['Essex figures', 'no_answer'],
      ['Northshire discharges', 'answered'],
    ]);
  });
});

describe('GIVEN ask without --json', () => {
  it('THEN it prints the answer with numbered sources, without colour when not a TTY', async () => {
    const { code, stdout } = await runCli('ask', ['--knowledge', pack, 'Northshire discharges']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Northshire Police, April 2020 – March 2021: discharges 50 (50 of 400 incidents = 12.5%) — Midland Region Oversight Board, September 2021 [1]',
    );
    expect(stdout).toContain('[1] Regional Use of Force Annual Report — Midland Region Oversight Board, 2021-09');
    expect(stdout).not.toContain('\x1b[');
  });

  it('THEN KNOWLEDGE_DIR selects the pack when --knowledge is absent', async () => {
    const { stdout } = await runCli('ask', ['--json', 'Northshire discharges'], { env: { KNOWLEDGE_DIR: pack } });
    expect(JSON.parse(stdout).figures[0].value).toBe(50);
  });

  it('THEN an invalid pack is refused with file:line:col lines and exit 1', async () => {
    const { code, stderr } = await runCli('ask', [
      '--json',
      '--knowledge',
      'test/fixtures/broken/duplicate-ids',
      'holster',
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('test/fixtures/broken/duplicate-ids/two.yaml:2:9: duplicate id "holster"');
  });
});
