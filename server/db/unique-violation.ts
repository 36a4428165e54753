// Prisma's unique-constraint violation (P2002): two writers raced to insert the same key. Use cases
// that can race turn it into the answer the loser should get (a conflict, the existing row).
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: string }).code === 'P2002';
}
