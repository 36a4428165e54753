// One POST over shared keep-alive agents (thousands of deliveries to one push service or partner
// reuse a few connections). Never rejects: status 0 means no answer (refused, reset, timed out).
// To an address an outsider chose, `publicOnly` connects only to public internet addresses, checked
// when each connection is made (public-destination.ts); a refusal is reported as `refused`.
import http from 'node:http';
import https from 'node:https';
import { assertPublicHost, isDestinationRefused, publicOnlyLookup } from './public-destination';

const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 128 });
const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 128 });

export interface PostResult {
  status: number;
  /** From a Retry-After header in seconds, as milliseconds. */
  retryAfter?: number;
  error?: string;
  /** The destination is not a public address: retrying will not help. */
  refused?: boolean;
}

export function postBuffer(url: URL, headers: Record<string, string | number>, body: Buffer | string | null, timeoutMs: number, options: { publicOnly: boolean }): Promise<PostResult> {
  const secure = url.protocol === 'https:';
  if (options.publicOnly) {
    try {
      assertPublicHost(url);
    } catch (error) {
      return Promise.resolve({ status: 0, error: (error as Error).message, refused: true });
    }
  }
  return new Promise((resolve) => {
    const req = (secure ? https : http).request(
      url,
      { method: 'POST', headers, agent: secure ? httpsAgent : httpAgent, timeout: timeoutMs, ...(options.publicOnly ? { lookup: publicOnlyLookup } : {}) },
      (res) => {
        res.resume();
        res.on('end', () => {
          const retry = Number(res.headers['retry-after']);
          resolve({ status: res.statusCode ?? 0, retryAfter: Number.isFinite(retry) && retry > 0 ? retry * 1000 : undefined });
        });
        res.on('error', (error) => resolve({ status: 0, error: error.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) => resolve({ status: 0, error: error.message, ...(isDestinationRefused(error) ? { refused: true } : {}) }));
    req.end(body ?? undefined);
  });
}
