// Worker thread of the push encryption pool (./push-encryption-pool.ts). Plain JavaScript so it
// runs without a TypeScript loader. Encrypts one Web Push message per request with web-push.
import { parentPort } from 'node:worker_threads';
import webPush from 'web-push';

parentPort.on('message', (request) => {
  try {
    const details = webPush.generateRequestDetails(request.subscription, request.payload, request.options);
    const body = details.body ? new Uint8Array(details.body) : null;
    parentPort.postMessage({ id: request.id, headers: details.headers, body }, body ? [body.buffer] : []);
  } catch (error) {
    parentPort.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
