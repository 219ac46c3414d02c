// Running the adapter: it listens only where told, rejects what is not an activity, and on
// stop() refuses new activities (503) while the replies in progress still go out.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamsStartError } from '../../../src/adapters/teams/start.js';
import { personalMessage } from './activities.js';
import { startHarness, type Harness } from './harness.js';

describe('the messaging endpoint', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('GIVEN a body that is not JSON, too large, or the wrong method or path THEN 400, 413, 404', async () => {
    const post = (body: string, path = '/api/messages') =>
      fetch(h.botUrl.replace('/api/messages', path), {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      });
    expect((await post('{not json')).status).toBe(400);
    expect((await post(JSON.stringify({ text: 'x'.repeat(300 * 1024) }))).status).toBe(413);
    expect((await post('{}', '/elsewhere')).status).toBe(404);
    expect((await fetch(h.botUrl)).status).toBe(404);
    expect(h.fake.posted).toEqual([]);
  });
});

describe('stop()', () => {
  it('GIVEN a reply in progress THEN new activities get 503, and the reply still goes out before it closes', async () => {
    const h = await startHarness();
    const hold = h.fake.hold();
    const first = h.send(personalMessage('Who removes the barbs?', { serviceUrl: h.fake.url }));
    // The reply POST is held by the fake: the answer is in progress.
    await hold.arrived; // the reply is on its way to the Bot Connector: the answer is in progress
    const stopping = h.adapter.stop();
    const second = await h.send(personalMessage('Where do I holster the device?', { serviceUrl: h.fake.url }));
    expect(second.status).toBe(503);
    hold.release();
    expect((await first).posts).toHaveLength(1);
    await stopping;
    await h.fake.close();
  });
});

describe('start', () => {
  it('GIVEN the port is taken THEN a TeamsStartError says to set TEAMS_PORT', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(startHarness({ port })).rejects.toThrow(TeamsStartError);
      await expect(startHarness({ port })).rejects.toThrow(/Set TEAMS_PORT to a free port/);
    } finally {
      blocker.close();
    }
  });
});
