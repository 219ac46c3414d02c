// Text safety in both directions: what Teams sends becomes the words a person typed, and what
// the bot shows can neither reorder itself nor become a link.
import { describe, expect, it } from 'vitest';
import { inert, plainFromTeamsText } from '../../../src/adapters/teams/escape.js';

describe('plainFromTeamsText', () => {
  it('GIVEN mentions of others, tags and entities THEN the words as typed', () => {
    expect(plainFromTeamsText('ask <at>Sam Jones</at> about &lt;5 &amp; &quot;barbs&quot;&nbsp;<b>now</b>&#33;')).toBe(
      'ask Sam Jones about <5 & "barbs" now !',
    );
  });

  it("GIVEN an entity-like word that is an object's own name THEN it is kept as typed", () => {
    expect(plainFromTeamsText('what is &constructor; and &toString;')).toBe('what is &constructor; and &toString;');
  });
});

describe('inert', () => {
  it('GIVEN bidi, zero-width and control characters THEN they are removed, line breaks kept', () => {
    expect(inert('a\u202Eb\u200Dc\u0007d\r\ne\tf')).toBe('abcd\ne f');
  });

  it('GIVEN links, hosts and e-mail addresses THEN they read the same but are split so no client links them', () => {
    for (const link of ['https://evil.example/x?y=1', 'www.evil.example', 'evil.example', 'me@evil.example']) {
      const out = inert(`go ${link} now`);
      expect(out.replaceAll('\u200B', '')).toBe(`go ${link} now`);
      expect(out).not.toContain(link);
    }
  });

  it('GIVEN ordinary prose with numbers and abbreviations THEN it is unchanged', () => {
    expect(inert('In 2020-21 it was 12.8%, e.g. 85 of 666.')).toBe('In 2020-21 it was 12.8%, e.g. 85 of 666.');
  });
});
