// Runs once when the server starts: a bad environment stops it with one line per variable,
// instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { serverEnv } = await import('./server/config/env');
    serverEnv();
  }
}
