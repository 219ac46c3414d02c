// Test helpers for reload: a temporary copy of a fixture pack to edit, a real assistant on it,
// and a recorder of reload results that a test can wait on (events, never sleeps).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { KnowledgeAssistant } from '../../../src/core/create-assistant.js';
import type { ReloadCause, ReloadResult } from '../../../src/core/reload/reloader.js';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';

export const BARBS = 'Who removes the barbs?';
export const BARBS_BEFORE = 'Barbs that have penetrated skin are removed only by a paramedic or doctor.';

export interface TempPack {
  dir: string;
  assistant: KnowledgeAssistant;
  /** Replace text in a file of the pack, failing loudly if the text is not there. */
  edit(file: string, from: string, to: string): Promise<void>;
  write(file: string, text: string): Promise<void>;
  read(file: string): Promise<string>;
  /** The text of the answer to a question, as a user would read it. */
  ask(question: string): Promise<string>;
  remove(): Promise<void>;
}

/** A copy of the basic fixture pack in a temporary folder, and an assistant loaded from it. */
export async function tempPack(name = 'basic'): Promise<TempPack> {
  const dir = await mkdtemp(path.join(tmpdir(), 'reload-'));
  await cp(fixturePack(name), dir, { recursive: true });
  const assistant = await makeAssistant(dir);
  const pack: TempPack = {
    dir,
    assistant,
    read: (file) => readFile(path.join(dir, file), 'utf8'),
    write: (file, text) => writeFile(path.join(dir, file), text),
    async edit(file, from, to) {
      const text = await pack.read(file);
      if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
      await pack.write(file, text.replace(from, to));
    },
    ask: async (question) => (await assistant.answer(question)).text,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
  return pack;
}

/** Collects every reported result, and lets a test wait for the first one matching a condition. */
export function resultRecorder() {
  const results: { result: ReloadResult; cause: ReloadCause }[] = [];
  let listeners: (() => void)[] = [];
  return {
    results,
    onResult(this: void, result: ReloadResult, cause: ReloadCause) {
      results.push({ result, cause });
      for (const listener of listeners) listener();
    },
    /** The first result reported from now on that satisfies `match`. */
    next(match: (result: ReloadResult) => boolean = () => true): Promise<{ result: ReloadResult; cause: ReloadCause }> {
      const from = results.length;
      return new Promise((resolve) => {
        const check = () => {
          const hit = results.slice(from).find((r) => match(r.result));
          if (!hit) return;
          listeners = listeners.filter((l) => l !== check);
          resolve(hit);
        };
        listeners.push(check);
      });
    },
  };
}

/** A note in the fixture's YAML style, for adding to a pack. */
export function noteYaml(id: string, text: string, question: string): string {
  return `  - id: ${id}\n    title: ${id}\n    topic: added\n    text: ${text}\n    source: manual\n    questions: [${question}]\n`;
}
