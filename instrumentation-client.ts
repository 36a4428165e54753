// Runs in the browser before any of the app's own code (Next.js's instrumentation-client hook).
// Zod compiles object schemas with `new Function` when it may; probing for that is an `eval` our
// Content-Security-Policy forbids (server/http/security-headers.ts), and every page with a form
// would report a CSP violation. Its interpreter gives the same results, so the browser uses that.
import { z } from 'zod';

z.config({ jitless: true });
