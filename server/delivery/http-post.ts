// One POST over shared keep-alive agents (thousands of deliveries to one push service or partner
// reuse a few connections). Never rejects: status 0 means no answer (refused, reset, timed out).
import http from 'node:http';
import https from 'node:https';

const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 128 });
const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 128 });

export interface PostResult {
  status: number;
  /** From a Retry-After header in seconds, as milliseconds. */
  retryAfter?: number;
  error?: string;
}

export function postBuffer(url: URL, headers: Record<string, string | number>, body: Buffer | string | null, timeoutMs: number): Promise<PostResult> {
  const secure = url.protocol === 'https:';
  return new Promise((resolve) => {
    const req = (secure ? https : http).request(url, { method: 'POST', headers, agent: secure ? httpsAgent : httpAgent, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => {
        const retry = Number(res.headers['retry-after']);
        resolve({ status: res.statusCode ?? 0, retryAfter: Number.isFinite(retry) && retry > 0 ? retry * 1000 : undefined });
      });
      res.on('error', (error) => resolve({ status: 0, error: error.message }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) => resolve({ status: 0, error: error.message }));
    req.end(body ?? undefined);
  });
}
