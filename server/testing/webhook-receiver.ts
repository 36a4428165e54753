// A partner's webhook endpoint for tests: a local HTTP server that answers 204 and keeps every
// call's event (body and X-Raspa-Event header) and parsed body. No server imports, so the
// end-to-end specs use it too.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WebhookCall {
  event: string;
  /** The X-Raspa-Event header. */
  header: string | undefined;
  /** The X-Raspa-Delivery header: the id a receiver de-duplicates on. */
  delivery: string | undefined;
  body: Record<string, unknown>;
}

export async function startWebhookReceiver(path = '/hook'): Promise<{ url: string; calls: WebhookCall[]; close(): Promise<void> }> {
  const calls: WebhookCall[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      calls.push({ event: String(body.event), header: req.headers['x-raspa-event'] as string | undefined, delivery: req.headers['x-raspa-delivery'] as string | undefined, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
