// Specification of the terminal chat, driven through its input stream like a person typing.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runChat } from '../../../src/adapters/cli/chat.js';
import { makeAssistant } from '../../helpers/assistant.js';

async function chat(lines: string[]): Promise<string> {
  const assistant = await makeAssistant();
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (d: Buffer) => (printed += d.toString()));
  const done = runChat(assistant, { input, output, colour: false, audience: 'public' });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return printed;
}

describe('GIVEN the terminal chat', () => {
  it('THEN it greets, answers with numbered sources, and says goodbye on quit', async () => {
    const printed = await chat(['Where do I holster the device?', 'quit', 'never asked']);
    expect(printed).toContain('Taser policy assistant — 3 notes and 3 sets of figures loaded.');
    expect(printed).toContain(
      "The device is carried in a holster on the side opposite the officer's baton. It must never be carried in a trouser pocket. [1]",
    );
    expect(printed).toContain(
      '[1] Northshire Conducted Energy Device Manual — Northshire Police, 2024-05-01 <https://example.org/northshire/ced-manual>',
    );
    expect(printed).not.toContain('never asked');
    expect(printed.trimEnd().endsWith('Goodbye.')).toBe(true);
  });

  it('THEN help shows what the knowledge covers: topics with counts, periods, five example questions', async () => {
    const printed = await chat(['help']);
    expect(printed).toContain('Topics: carry (1), training (1), use (1)\n');
    expect(printed).toContain(
      'Figures: 2 forces, April 2019 – March 2020, April 2020 – March 2021 — type "forces" for the list\n',
    );
    const examples = printed.split('Try asking:\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(examples).toHaveLength(5);
    expect(examples[0]).toBe('  • Where do I holster the device?');
    expect(printed).not.toContain('Westmarch Constabulary');
  });

  it('THEN "forces" lists every force with figures', async () => {
    const printed = await chat(['forces']);
    expect(printed).toContain('Figures cover 2 forces:\n  Northshire Police, Westmarch Constabulary\n');
  });

  it('THEN a ranking shows each figure once, as a line with its citation', async () => {
    const printed = await chat(['which force had the most incidents in 2020-21']);
    expect(printed).toContain('1. Northshire Police: 400 [1]\n2. Westmarch Constabulary: 250 [1]\n');
    expect(printed.match(/400/g)).toHaveLength(1);
    expect(printed).not.toContain('█');
  });

  it('THEN follow-up questions use the conversation', async () => {
    const printed = await chat(['Northshire incidents', 'and Westmarch?']);
    expect(printed).toContain(
      'Westmarch Constabulary, April 2020 – March 2021: incidents involving a device 250 — Midland Region Oversight Board, September 2021 [1]',
    );
  });

  it('THEN an unanswerable question lists what to try instead', async () => {
    const printed = await chat(['what time does the canteen open']);
    expect(printed).toContain(
      "I can't find that in my knowledge. The nearest topics I know about:\n\n  • Where do I holster the device?\n  • What aftercare is needed after firing?\n  • How often do I need to recertify?\n\n",
    );
  });
});
