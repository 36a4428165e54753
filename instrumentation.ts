// Runs once when the server starts: a bad environment stops it with one line per variable,
// instead of failing on the first request.
export async function register() {
  const { nextRuntime, serverEnv } = await import('./server/config/env');
  if (nextRuntime === 'nodejs') serverEnv();
}
