import { defineConfig } from 'prisma/config';

// Used by `prisma generate` (and the Prisma CLI wherever its native engine can run).
// Raspa itself applies migrations with scripts/db.ts; see prisma/README.md.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/raspa' },
});
