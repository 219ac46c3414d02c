// Slack text in and out: questions decoded from Slack's message format, and everything we post
// escaped so it cannot ping or link.
import { describe, expect, it } from 'vitest';
import {
  escapeCode,
  escapeMrkdwn,
  mrkdwnLink,
  questionFromSlackText,
  safePlainText,
} from '../../../src/adapters/slack/escape.js';

const ZWSP = '\u200B';

describe('questionFromSlackText', () => {
  it.each([
    ['<@UBOT> where do I holster it?', 'where do I holster it?'],
    ['<@UBOT|taserbot> where?', 'where?'],
    ['what about <@U123|sarah> and <@U456>?', 'what about @sarah and @U456?'],
    ['<!channel> <!here> <!everyone> rules', '@channel @here @everyone rules'],
    ['ask <!subteam^S123|@trainers> or <!subteam^S456>', 'ask @trainers or @group'],
    ['in <#C123|briefing> or <#C456>', 'in #briefing or #channel'],
    [
      'see <https://example.org/a?b=1&amp;c=2|the page> or <https://example.org>',
      'see the page or https://example.org',
    ],
    ['fish &amp; chips &lt;3 &gt; 2 &amp;lt;', 'fish & chips <3 > 2 &lt;'],
    ['<!date^1392734382^{date_short}|Feb 18, 2014> figures', 'Feb 18, 2014 figures'],
    ['  lots   of\n space  ', 'lots of space'],
  ])('%j → %j', (input, expected) => {
    expect(questionFromSlackText(input, 'UBOT')).toBe(expected);
  });
});

describe('escapeMrkdwn', () => {
  it('escapes &, < and > and breaks broadcast words, leaving other text alone', () => {
    expect(escapeMrkdwn(`<!channel> & <@U1> @Here @everyone @channelling *bold* it's`)).toBe(
      `&lt;!channel&gt; &amp; &lt;@U1&gt; @${ZWSP}Here @${ZWSP}everyone @channelling *bold* it's`,
    );
  });
});

describe('safePlainText', () => {
  it('breaks mention tokens and broadcast words without entity-escaping', () => {
    expect(safePlainText('<!here> <@U1> <#C1> & <b> @everyone')).toBe(
      `<${ZWSP}!here> <${ZWSP}@U1> <${ZWSP}#C1> & <b> @${ZWSP}everyone`,
    );
  });
});

describe('escapeCode', () => {
  it('cannot close a code block early', () => {
    expect(escapeCode('a ``` b <!here>')).toBe(`a \`${ZWSP}\`\` b &lt;!here&gt;`);
  });
});

describe('mrkdwnLink', () => {
  it('links http(s) URLs with an escaped label, and falls back to the label otherwise', () => {
    expect(mrkdwnLink('https://example.org/?a=1&b=2', 'A | B <!here>')).toBe(
      '<https://example.org/?a=1&amp;b=2|A ¦ B &lt;!here&gt;>',
    );
    expect(mrkdwnLink('ftp://example.org', 'A & B')).toBe('A &amp; B');
    expect(mrkdwnLink('https://example.org/>|<!channel>', 'A')).toBe('A');
  });
});
