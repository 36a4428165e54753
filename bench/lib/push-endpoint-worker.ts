// The bench's push service, in its own thread so decrypting does not steal the sender's event
// loop: generates N browser key pairs, answers every POST with 201 after decrypting the payload
// (RFC 8291) and checking it, and reports counts to the main thread.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { decryptWebPush, generatePushKeys } from '../../server/testing/web-push-endpoint';

const { count, expectTitle, expectUrl } = workerData as { count: number; expectTitle: string; expectUrl: string };
const receivers = Array.from({ length: count }, () => generatePushKeys());
let received = 0;
let bad = 0;
const seen = new Uint8Array(count);
let duplicates = 0;
let firstAt = 0;
let lastAt = 0;

const server = http.createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const index = Number((req.url ?? '').split('/').pop());
    const receiver = receivers[index];
    try {
      if (!receiver) throw new Error('unknown endpoint');
      const payload = JSON.parse(decryptWebPush(Buffer.concat(chunks), receiver)) as { title: string; url: string };
      if (!payload.title.endsWith(expectTitle) || payload.url !== expectUrl) throw new Error('wrong payload');
      if (seen[index]) duplicates++;
      seen[index] = 1;
      received++;
      lastAt = Date.now();
      firstAt ||= lastAt;
      res.writeHead(201).end();
    } catch {
      bad++;
      res.writeHead(400).end();
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  parentPort!.postMessage({ type: 'ready', port: (server.address() as AddressInfo).port, keys: receivers.map((r) => r.keys) });
});
setInterval(() => parentPort!.postMessage({ type: 'progress', received, bad, duplicates, firstAt, lastAt }), 100).unref();
parentPort!.on('message', (m: { type: string }) => {
  if (m.type === 'stop') server.close(() => process.exit(0));
});
