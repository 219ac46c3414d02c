// A chart that cannot be drawn must not cost the answer: the figures come as fields instead,
// and the failure is logged for the maintainers. The chart renderer is made to fail here.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ChartError } from '../../../src/charts/errors.js';
import { slashCommand } from './fake-discord.js';
import { isEdit, startHarness, type Harness } from './harness.js';

vi.mock('../../../src/charts/chart-png.js', () => ({
  chartPicture: () => Promise.reject(new ChartError('resvg refused the SVG (injected by the test)')),
}));

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('GIVEN a ranking whose chart fails to draw', () => {
  it('THEN the answer still arrives, its figures as fields, with nothing attached, and a warning is logged', async () => {
    const edit = await h.interact(
      slashCommand('ask', [{ name: 'question', type: 3, value: 'which force had the most incidents in 2020-21' }]),
      isEdit,
    );
    const embed = edit.body.embeds[0];
    expect(edit.files).toBeUndefined();
    expect(embed.image).toBeUndefined();
    expect(embed.fields.slice(0, 2)).toEqual([
      { name: '1. Northshire Police', value: '400 [1]' },
      { name: '2. Westmarch Constabulary', value: '250 [1]' },
    ]);
    const warning = await h.waitForLog('Discord: the chart could not be drawn; answering without it');
    expect(String((warning.err as { message: string }).message)).toContain('resvg refused the SVG');
  });
});
