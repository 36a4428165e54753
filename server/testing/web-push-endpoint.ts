// A stand-in push service for tests and the bench: an HTTP endpoint with its own P-256 key pair
// and auth secret (what a browser would hold) that decrypts every message per RFC 8291
// (aes128gcm) and keeps the payloads. Answers 201 like a push service; `gone` paths answer 410.
import { createDecipheriv, createECDH, hkdfSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PushKeys {
  /** Browser's public key, uncompressed point, base64url (PushSubscription.keys.p256dh). */
  p256dh: string;
  auth: string;
}

export function generatePushKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return { ecdh, auth, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') } as PushKeys };
}

/** Decrypts an aes128gcm Web Push body (RFC 8291 + RFC 8188, single record). */
export function decryptWebPush(body: Buffer, receiver: { ecdh: ReturnType<typeof createECDH>; auth: Buffer }): string {
  const salt = body.subarray(0, 16);
  const idLength = body.readUInt8(20);
  const senderPublic = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  const shared = receiver.ecdh.computeSecret(senderPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), receiver.ecdh.getPublicKey(), senderPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, receiver.auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error('missing last-record delimiter');
  return padded.subarray(0, end).toString('utf8');
}

export interface ReceivedPush {
  path: string;
  payload: unknown;
  headers: http.IncomingHttpHeaders;
}

export interface FakePushService {
  url: string;
  received: ReceivedPush[];
  errors: string[];
  /** A subscription (as PushSubscription.toJSON()) whose messages this endpoint decrypts. */
  subscription(path?: string): { endpoint: string; keys: PushKeys };
  /** Paths that answer 410 Gone from now on. */
  gone: Set<string>;
  onPush?: (push: ReceivedPush) => void;
  close(): Promise<void>;
}

export async function startFakePushService(options: { host?: string } = {}): Promise<FakePushService> {
  const receivers = new Map<string, ReturnType<typeof generatePushKeys>>();
  const service: FakePushService = {
    url: '',
    received: [],
    errors: [],
    gone: new Set(),
    subscription(path = `/push/${randomBytes(8).toString('hex')}`) {
      const receiver = generatePushKeys();
      receivers.set(path, receiver);
      return { endpoint: `${service.url}${path}`, keys: receiver.keys };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '';
      if (service.gone.has(path)) {
        res.writeHead(410).end();
        return;
      }
      const receiver = receivers.get(path);
      try {
        if (!receiver) throw new Error(`unknown endpoint ${path}`);
        if (req.headers['content-encoding'] !== 'aes128gcm') throw new Error('not aes128gcm');
        if (!String(req.headers.authorization ?? '').startsWith('vapid t=')) throw new Error('no VAPID authorization');
        const push = { path, payload: JSON.parse(decryptWebPush(Buffer.concat(chunks), receiver)) as unknown, headers: req.headers };
        service.received.push(push);
        service.onPush?.(push);
        res.writeHead(201).end();
      } catch (error) {
        service.errors.push(error instanceof Error ? error.message : String(error));
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, options.host ?? '127.0.0.1', resolve));
  service.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return service;
}
