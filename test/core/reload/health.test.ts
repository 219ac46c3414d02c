// /healthz is unauthenticated: its counts must not reveal that internal knowledge exists.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/core/knowledge/load.js';
import { healthReport } from '../../../src/core/reload/health.js';
import { createAssistant } from '../../../src/core/create-assistant.js';
import { fixturePack } from '../../helpers/assistant.js';

describe('healthReport', () => {
  it('GIVEN internal notes, statistics and a source cited only by them THEN the counts are of public knowledge only', async () => {
    const { knowledge } = await loadKnowledge(fixturePack('visibility'), { today: '2026-01-01' });
    const all = knowledge!;
    const health = healthReport(all);
    expect(health.knowledge.notes).toBe(all.notes.filter((n) => n.visibility === 'public').length);
    expect(health.knowledge.notes).toBeLessThan(all.notes.length);
    expect(health.knowledge.statistics).toBeLessThan(all.statistics.length);
    // The restricted return is cited only by internal items, so it is not counted.
    expect(health.knowledge.sources).toBe(all.sources.size - 1);
  });
});

describe('overview (help screens, Slack App Home)', () => {
  it('GIVEN a source cited only by internal knowledge THEN the public overview does not count it, the internal one does', async () => {
    const { knowledge } = await loadKnowledge(fixturePack('visibility'), { today: '2026-01-01' });
    const assistant = createAssistant(knowledge!);
    expect(assistant.overview('public').sources).toBe(knowledge!.sources.size - 1);
    expect(assistant.overview('internal').sources).toBe(knowledge!.sources.size);
  });
});
