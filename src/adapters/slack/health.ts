// `GET /healthz` in HTTP mode, for load balancers and uptime checks: the core's health report as
// JSON. Always 200 while the process serves: a failed reload leaves the last good knowledge serving
// (status "stale"), and restarting the bot would not fix the files.
import type { CustomRoute } from '@slack/bolt';
import type { Health } from '../../core/reload/health.js';
import type { Logger } from '../../logger.js';

export const HEALTH_PATH = '/healthz';

/** The Bolt custom route answering GET /healthz with `health()`. */
export function healthRoute(health: () => Health, logger: Logger): CustomRoute {
  return {
    path: HEALTH_PATH,
    method: ['GET'],
    handler: (_req, res) => {
      let body: string;
      try {
        body = JSON.stringify(health());
      } catch (err) {
        logger.error({ err }, 'Slack: building the health report failed');
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: 'error' }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(body);
    },
  };
}
