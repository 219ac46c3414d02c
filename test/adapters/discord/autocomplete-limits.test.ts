// Autocomplete within Discord's limits, on a pack with more forces than fixed choices allow
// and example questions longer than a choice may hold.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { autocomplete, slashCommand } from './fake-discord.js';
import { isCallback, isEdit, startHarness, type Harness } from './harness.js';

const PACK = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'many-forces');

let h: Harness;
beforeAll(async () => {
  h = await startHarness(PACK);
});
afterAll(async () => {
  await h.close();
});

it('GIVEN an empty question box THEN at most 25 choices, each name and value at most 100 characters', async () => {
  const reply = await h.interact(autocomplete('ask', 'question', ''), isCallback);
  const choices: { name: string; value: string }[] = reply.body.data.choices;
  expect(choices).toHaveLength(25);
  for (const c of choices) {
    expect(c.name.length).toBeLessThanOrEqual(100);
    expect(c.value.length).toBeLessThanOrEqual(100);
  }
  // The long question is cut at a word, not dropped.
  const cut = 'What does the survey say about the very long and winding procedure for the very long and winding…';
  expect(choices[0]).toEqual({ name: cut, value: cut });
  expect(choices[1]).toEqual({ name: 'Reporting question number 01?', value: 'Reporting question number 01?' });
});

it('GIVEN 30 forces THEN the force option autocompletes, at most 25 at a time', async () => {
  const all = await h.interact(autocomplete('figures', 'force', ''), isCallback);
  expect(all.body.data.choices).toHaveLength(25);
  const some = await h.interact(autocomplete('figures', 'force', 'district 3'), isCallback);
  expect(some.body.data.choices).toEqual([{ name: 'District 30 Police', value: 'district-30' }]);
});

it('GIVEN a chosen force THEN its figures come back', async () => {
  const edit = await h.interact(slashCommand('figures', [{ name: 'force', type: 3, value: 'district-07' }]), isEdit);
  expect(edit.body.embeds[0].fields[0]).toEqual({
    name: 'District 07 Police — April 2021 – March 2022',
    value: 'incidents 107 [1]',
  });
});
