// The Teams SDK's HTTP seam (IHttpServerAdapter) on node:http: listens on the configured interface
// (the SDK's Express adapter binds every interface), reports the port it got, caps request bodies,
// and answers 503 once shutdown has begun so Teams redelivers to a running instance.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';

/** Activities are small; an invoke carries at most one card's data. Bigger bodies are refused unread. */
export const MAX_BODY_BYTES = 256 * 1024;

export class NodeHttpAdapter implements IHttpServerAdapter {
  private readonly routes = new Map<string, HttpRouteHandler>();
  private readonly server: http.Server;
  private accepting = true;

  constructor(
    private readonly host: string | undefined,
    private readonly onError: (error: unknown, where: string) => void,
  ) {
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        onError(error, 'answering an HTTP request');
        if (!res.headersSent) send(res, 500, { error: 'Internal server error' });
      });
    });
  }

  registerRoute(method: 'POST', path: string, handler: HttpRouteHandler): void {
    this.routes.set(`${method} ${path}`, handler);
  }

  /** Listen; resolves once bound, rejects (e.g. EADDRINUSE) if the port cannot be had. */
  start(port: number | string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(Number(port), this.host, () => {
        this.server.off('error', reject);
        this.server.on('error', (error) => this.onError(error, 'the HTTP server'));
        resolve();
      });
    });
  }

  /** The port actually bound (useful with port 0). */
  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** From now on every request gets 503. */
  stopAccepting(): void {
    this.accepting = false;
  }

  async stop(): Promise<void> {
    this.accepting = false;
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve, reject) => this.server.close((e) => (e ? reject(e) : resolve())));
    this.server.closeIdleConnections();
    await closed;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    const handler = this.routes.get(`${req.method} ${path}`);
    if (!handler) return send(res, 404, { error: 'Not found' });
    if (!this.accepting) return send(res, 503, { error: 'Shutting down' }, { 'retry-after': '5', connection: 'close' });
    const raw = await readBody(req);
    if (raw === undefined) return send(res, 413, { error: 'Request body too large' }, { connection: 'close' });
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return send(res, 400, { error: 'Request body is not JSON' });
    }
    if (typeof body !== 'object' || body === null) return send(res, 400, { error: 'Request body is not an activity' });
    const response = await handler({ body, headers: req.headers as Record<string, string | string[]> });
    // Once stopping, no connection is kept open for another request: close() can finish.
    send(res, response.status, response.body, this.accepting ? {} : { connection: 'close' });
  }
}

/** The body, or undefined once it grows past MAX_BODY_BYTES (the rest is not read). */
function readBody(req: http.IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Stop keeping it, drain the rest, and let the caller answer 413 now.
        req.off('data', onData);
        req.resume();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (body === undefined || body === null) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
}
