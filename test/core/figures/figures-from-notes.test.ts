// Specification: when the statistics lack a figure asked for, a note may give it in words, but
// only a note about what was asked: another count in the same year is never offered in its place.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerText } from '../../../src/core/answer/present.js';
import { makeAssistant } from '../../helpers/assistant.js';
import { tempDir } from '../../helpers/temp-dir.js';

const PACK = `sources:
  - { id: table, title: Spit guard uses by force, publisher: Home Office }
  - { id: release, title: Use of force statistics 2022-23, publisher: Home Office }
forces:
  - { id: north, name: North Police, aliases: [North] }
metrics:
  - { id: spit-guard-uses, label: times a spit guard was used, terms: [spit guard, spit hood, uses, used] }
  - { id: incidents, label: use of force incidents, terms: [incidents, use of force] }
statistics:
  - force: north
    period: { from: 2021-04, to: 2022-03 }
    source: table
    values: { spit-guard-uses: 41 }
totals:
  - area: England and Wales
    period: { from: 2021-04, to: 2022-03 }
    source: table
    values: { spit-guard-uses: 8281 }
notes:
  - id: incidents-2022-23
    title: Use of force, year ending March 2023
    topic: statistics
    source: release
    text: In 2022/23, officers nationally used force 659,372 times.
  - { id: issue, title: Who is issued spit guards, topic: kit, source: release, text: Every response officer is issued spit guards. }
  - { id: remove, title: Removing a spit guard, topic: use, source: release, text: A spit guard is removed as soon as the threat has passed. }
  - { id: record, title: Recording a spit guard, topic: use, source: release, text: Each use of a spit guard is recorded on the use of force form. }
`;

const SPIT_GUARD_NOTE = `  - id: spit-guards-2022-23
    title: Spit guards in the year ending March 2023
    topic: statistics
    source: release
    text: In 2022/23, spit guards were used 8,900 times nationally.
`;

async function pack(text: string): Promise<string> {
  const dir = await tempDir('figures-notes');
  await writeFile(path.join(dir, 'pack.yaml'), text);
  return dir;
}

const QUESTION = 'how many times was a spit guard used nationally in 22/23';

describe('GIVEN a figure the statistics lack for the year asked', () => {
  it('THEN a note counting something else that year is not given in its place: no figures, with what there is', async () => {
    const assistant = await makeAssistant(await pack(PACK));
    const answer = await assistant.answer(QUESTION);
    expect(answer.status).toBe('no_answer');
    expect(answerText(answer)).not.toContain('659,372');
    expect(answerText(answer)).toMatch(/^I have no figures for England and Wales for April 2022 – March 2023/);
  });

  it('THEN a note that says the count asked for, that year, answers it in its own words', async () => {
    const assistant = await makeAssistant(await pack(PACK + SPIT_GUARD_NOTE));
    const answer = await assistant.answer(QUESTION);
    expect(answer.status).toBe('answered');
    expect(answerText(answer)).toMatch(/^In 2022\/23, spit guards were used 8,900 times nationally\./);
    expect(answer.citations.map((c) => c.noteId)).toEqual(['spit-guards-2022-23']);
  });
});
