// /taser end to end: signed slash commands into a real Bolt app; ephemeral replies via response_url.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryUsageLog } from '../../../src/core/usage/usage-log.js';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';
import { startHarness, type Harness } from './helpers/harness.js';

let h: Harness;
/** What the core recorded: proves which questions reached it. */
const usageLog = new MemoryUsageLog();
const usage = usageLog.events;
beforeAll(async () => {
  const assistant = await makeAssistant(fixturePack(), { usageLog });
  h = await startHarness({ assistant });
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.fake.reset();
  usage.length = 0;
});

describe('/taser <question>', () => {
  it('acknowledges, then answers ephemerally through response_url with the answer, its citation and the buttons', async () => {
    const res = await h.command('Where do I holster the device?', { responseId: 'holster' });
    expect(res.status).toBe(200);
    expect(h.fake.responses).toHaveLength(1);
    const [reply] = h.fake.responses;
    expect(reply!.id).toBe('holster');
    const blocks = reply!.body.blocks as { elements?: { positive_button?: { value: string } }[] }[];
    const answerId = blocks.at(-1)!.elements![0]!.positive_button!.value.replace(/^up:/, '');
    expect((await h.assistant.recall(answerId))?.understood).toBe('Where do I holster the device?');
    expect(reply!.body).toEqual({
      response_type: 'ephemeral',
      text:
        "The device is carried in a holster on the side opposite the officer's baton. It must never be carried in a trouser pocket. [1]\n" +
        '[1] Northshire Conducted Energy Device Manual — Northshire Police, 2024-05-01',
      blocks: [
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: "The device is carried in a holster on the side opposite the officer's baton. It must never be carried in a trouser pocket. [1]",
          },
        },
        // The source once, linked; the answer already says its words, so no quote repeats them.
        {
          type: 'rich_text',
          block_id: 'sources',
          elements: [
            {
              type: 'rich_text_section',
              elements: [
                { type: 'text', text: '[1] ', style: { bold: true } },
                {
                  type: 'link',
                  url: 'https://example.org/northshire/ced-manual',
                  text: 'Northshire Conducted Energy Device Manual',
                },
                { type: 'text', text: ' — Northshire Police, 2024-05-01' },
              ],
            },
          ],
        },
        {
          type: 'actions',
          block_id: 'suggestions',
          elements: [
            expect.objectContaining({ action_id: 'ask_suggestion:0' }),
            expect.objectContaining({ action_id: 'ask_suggestion:1' }),
            expect.objectContaining({ action_id: 'ask_suggestion:2' }),
          ],
        },
        {
          type: 'actions',
          block_id: 'answer_share',
          elements: [
            {
              type: 'button',
              action_id: 'share_answer',
              text: { type: 'plain_text', text: 'Share in channel', emoji: true },
              value: answerId,
              style: 'primary',
            },
          ],
        },
        {
          type: 'context_actions',
          block_id: 'answer_feedback',
          elements: [
            {
              type: 'feedback_buttons',
              action_id: 'answer_feedback',
              positive_button: {
                text: { type: 'plain_text', text: '👍 Helpful' },
                accessibility_label: 'This answer helped',
                value: `up:${answerId}`,
              },
              negative_button: {
                text: { type: 'plain_text', text: '👎 Not helpful' },
                accessibility_label: 'This answer did not help',
                value: `down:${answerId}`,
              },
            },
          ],
        },
      ],
    });
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(usage).toMatchObject([
      { type: 'question', answerId, question: 'Where do I holster the device?', platform: 'slack', status: 'answered' },
    ]);
  });

  it('shows each figure once, as a field with the arithmetic, and notices as a context line', async () => {
    await h.command('How many discharges in Northshire?');
    const blocks = h.fake.responses[0]!.body.blocks as Record<string, unknown>[];
    expect(blocks[0]).toEqual({
      type: 'section',
      fields: [
        {
          type: 'mrkdwn',
          text: '*Northshire Police*\nApril 2020 – March 2021\ndischarges: *50* [1]\n_50 of 400 incidents = 12.5%_',
        },
      ],
    });
    // The source once; its listing of the figure is not repeated under it.
    expect(blocks[1]).toMatchObject({
      type: 'rich_text',
      elements: [
        {
          type: 'rich_text_section',
          elements: [
            { text: '[1] ' },
            { text: 'Regional Use of Force Annual Report' },
            { text: ' — Midland Region Oversight Board, 2021-09' },
          ],
        },
      ],
    });
    expect((blocks[1] as { elements: unknown[] }).elements).toHaveLength(1);
    expect(blocks[2]).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: '⚠️ I also have figures for Northshire Police for April 2019 – March 2020; ask for the trend to see them together.',
        },
      ],
    });
  });

  it('shows a comparison chart in a code block', async () => {
    await h.command('compare incidents in Northshire and Westmarch');
    const blocks = h.fake.responses[0]!.body.blocks as { type: string; text?: { text: string } }[];
    const chart = blocks.find((b) => b.type === 'section' && b.text?.text.startsWith('```'));
    expect(chart?.text?.text).toBe(
      '```\nNorthshire Police      ████████████████████████ 400\nWestmarch Constabulary ███████████████ 250\n```',
    );
  });

  it('offers at most three suggestions as buttons that ask them when it has no answer', async () => {
    await h.command('what about pineapples?');
    const body = h.fake.responses[0]!.body;
    const blocks = body.blocks as { type: string; block_id?: string; elements?: unknown[] }[];
    expect(blocks[0]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: "I can't find that in my knowledge. The nearest topics I know about:" },
    });
    expect(blocks.find((b) => b.block_id === 'suggestions')?.elements).toEqual([
      {
        type: 'button',
        action_id: 'ask_suggestion:0',
        text: { type: 'plain_text', text: 'Where do I holster the device?', emoji: true },
        value: 'Where do I holster the device?',
      },
      {
        type: 'button',
        action_id: 'ask_suggestion:1',
        text: { type: 'plain_text', text: 'What aftercare is needed after firing?', emoji: true },
        value: 'What aftercare is needed after firing?',
      },
      {
        type: 'button',
        action_id: 'ask_suggestion:2',
        text: { type: 'plain_text', text: 'How often do I need to recertify?', emoji: true },
        value: 'How often do I need to recertify?',
      },
    ]);
    expect(body.text).toBe(
      "I can't find that in my knowledge. The nearest topics I know about:\nTry: Where do I holster the device? · What aftercare is needed after firing? · How often do I need to recertify?",
    );
  });

  it('politely refuses an over-long question without asking the core', async () => {
    await h.command(`Where do I holster the device ${'please '.repeat(80)}?`);
    expect(h.fake.responses.map((r) => r.body)).toEqual([
      {
        response_type: 'ephemeral',
        text: 'That question is too long (591 characters; the limit is 500). Please ask it in fewer words.',
        blocks: [
          {
            type: 'section',
            text: {
              type: 'mrkdwn',
              text: 'That question is too long (591 characters; the limit is 500). Please ask it in fewer words.',
            },
          },
        ],
      },
    ]);
    expect(usage).toEqual([]);
  });
});

describe('/taser help', () => {
  it.each([['help'], [''], ['  HELP ']])(
    'GIVEN "/taser %s" THEN it shows what the knowledge covers, five example questions as buttons, and how to ask',
    async (text) => {
      await h.command(text);
      expect(h.fake.responses).toHaveLength(1);
      const body = h.fake.responses[0]!.body;
      expect(body.response_type).toBe('ephemeral');
      expect(body.text).toBe('Ask me with /taser &lt;question&gt;, e.g. Where do I holster the device?');
      const blocks = body.blocks as {
        type: string;
        block_id?: string;
        text?: { text: string };
        elements?: { value: string; action_id: string; text: { text: string } }[];
      }[];
      // Topics with their note counts and the periods the figures cover, from the fixture pack.
      expect(blocks[0]!.text!.text).toBe(
        [
          '*What I know*',
          '4 policy notes on 4 topics:',
          'carry (1) · device (1) · training (1) · use (1)',
          'Figures for 2 forces, covering April 2019 – March 2020, April 2020 – March 2021',
        ].join('\n'),
      );
      // The examples are shown once: as buttons that ask them.
      expect(blocks.find((b) => b.block_id === 'suggestions')!.elements!.map((e) => e.value)).toEqual([
        'Where do I holster the device?',
        'What aftercare is needed after firing?',
        'How often do I need to recertify?',
        'When do I check the battery?',
        'Which side the device is holstered',
      ]);
      expect(JSON.stringify(blocks).match(/Where do I holster the device\?/g)).toHaveLength(2); // label and value
      expect(blocks.some((b) => b.text?.text.startsWith('*How to ask me*'))).toBe(true);
      // The force list is behind a button, not in the help.
      expect(JSON.stringify(blocks)).not.toContain('Westmarch');
      expect(blocks.at(-1)!.elements).toEqual([
        expect.objectContaining({ action_id: 'show_forces', text: { type: 'plain_text', text: 'Show the 2 forces' } }),
      ]);
    },
  );

  it('GIVEN "/taser forces" THEN it lists the forces it has figures for, only to the asker', async () => {
    await h.command('forces');
    expect(h.fake.responses.map((r) => r.body)).toEqual([
      {
        response_type: 'ephemeral',
        text: '2 forces: Northshire Police, Westmarch Constabulary',
        blocks: [
          {
            type: 'section',
            text: {
              type: 'mrkdwn',
              text: '*Forces I have figures for (2)*\n• Northshire Police\n• Westmarch Constabulary',
            },
          },
        ],
      },
    ]);
    expect(usage).toEqual([]);
  });

  it('GIVEN the help\'s "Show the forces" button is clicked THEN the list comes as a new ephemeral message', async () => {
    await h.click({ actionId: 'show_forces', value: 'forces', ephemeral: true, responseId: 'forces' });
    expect(h.fake.responses.map((r) => [r.id, r.body.response_type, r.body.replace_original, r.body.text])).toEqual([
      ['forces', 'ephemeral', false, '2 forces: Northshire Police, Westmarch Constabulary'],
    ]);
  });

  it('treats a question that merely starts with "help" as a question', async () => {
    await h.command('help where do I holster the device?');
    const text = (h.fake.responses[0]!.body.blocks as { text?: { text: string } }[])[0]!.text!.text;
    expect(text).toBe(
      "The device is carried in a holster on the side opposite the officer's baton. It must never be carried in a trouser pocket. [1]",
    );
  });
});
