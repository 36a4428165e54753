// Prisma wraps the driver's error, node-postgres may wrap the socket's, and a pool can fail with an
// AggregateError of several: what a database error means is found by looking at each of them.

/** True when `test` holds for `error` or anything it wraps (cause, Prisma's driver-adapter error, an AggregateError's errors). */
export function anyInErrorChain(error: unknown, test: (value: object) => boolean): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (test(value)) return true;
    const meta = (value as { meta?: { driverAdapterError?: unknown } }).meta;
    pending.push((value as { cause?: unknown }).cause, meta?.driverAdapterError);
    if (value instanceof AggregateError) pending.push(...value.errors);
  }
  return false;
}
