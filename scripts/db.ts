// Database migrations without the Prisma migrate CLI (see server/db/migrate.ts).
//   tsx scripts/db.ts migrate         apply pending migrations to $DATABASE_URL
//   tsx scripts/db.ts create <name>   new migration from prisma/schema.prisma changes
//   tsx scripts/db.ts check           fail if schema.prisma has un-migrated changes
//   tsx scripts/db.ts seed            reference data (and, with RASPA_DEMO=true, demo content) into $DATABASE_URL
//   tsx scripts/db.ts first-admin <e-mail> <name>   the first administrator of a new deployment
//   tsx scripts/db.ts verify-audit    recompute the audit trail's hash chain; name the first broken link
// See prisma/README.md.
import path from 'node:path';
import { seedDatabase } from '../prisma/seed';
import { launcherEnv } from '../server/config/env';
import { createPrismaClient } from '../server/db/client';
import { applyMigrations, checkMigrationsCoverSchema, createMigration } from '../server/db/migrate';
import { formatDemoLogins, saveDemoLogins } from './lib/demo-logins';
import { DomainError } from '../server/errors';
import { createFirstAdmin } from '../server/staff/create-first-admin';
import { verifyAuditChain } from '../server/audit/audit-chain';

const USAGE = `Usage:
  npm run db:migrate               apply pending migrations to $DATABASE_URL
  npm run db:migration -- <name>   create a migration from prisma/schema.prisma changes
  npm run db:check                 fail if prisma/schema.prisma has changes no migration covers
  npm run db:seed                  seed $DATABASE_URL (demo content too with RASPA_DEMO=true)
  npm run db:first-admin -- <e-mail> "<name>"   create the first administrator (one-time password)
  npm run audit:verify             check that no audit event was changed, removed or slipped in`;

function databaseUrlOrExplain(command: string): string | null {
  const env = launcherEnv();
  if (!env.success) throw new Error(env.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  if (env.data.DATABASE_URL) return env.data.DATABASE_URL;
  console.error(
    `DATABASE_URL is not set. \`npm start\` starts the embedded database for you; for another one:\n` +
      `  DATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/DBNAME npm run ${command}`,
  );
  return null;
}

async function migrate(): Promise<number> {
  const databaseUrl = databaseUrlOrExplain('db:migrate');
  if (!databaseUrl) return 1;
  await applyMigrations(databaseUrl, { log: (msg) => console.log(msg) });
  return 0;
}

async function seed(): Promise<number> {
  const databaseUrl = databaseUrlOrExplain('db:seed');
  if (!databaseUrl) return 1;
  const env = launcherEnv().data!;
  const demo = env.RASPA_DEMO === 'true' || env.RASPA_DEMO === '1';
  const prisma = createPrismaClient(databaseUrl, 2);
  try {
    const result = await seedDatabase(prisma, { demo });
    console.log(result.seededNow ? `Seeded reference data${demo ? ' and demonstration content' : ''}.` : 'The database was already seeded: nothing changed.');
    if (result.staff.length) {
      saveDemoLogins(path.resolve(env.RASPA_DATA_DIR), result.staff);
      console.log(formatDemoLogins(result.staff, env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`));
    }
  } finally {
    await prisma.$disconnect();
  }
  return 0;
}

async function firstAdmin(email: string | undefined, name: string | undefined): Promise<number> {
  if (!email || !name) {
    console.error('Usage: npm run db:first-admin -- <e-mail> "<name>"');
    return 1;
  }
  const databaseUrl = databaseUrlOrExplain('db:first-admin');
  if (!databaseUrl) return 1;
  const env = launcherEnv().data!;
  const prisma = createPrismaClient(databaseUrl, 2);
  try {
    const admin = await createFirstAdmin(prisma, { email, name });
    const signIn = `${env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`}/ru/signin`;
    console.log(`Created the administrator ${admin.email}.\nOne-time password (shown only now; it must be replaced at the first sign-in):\n\n  ${admin.oneTimePassword}\n\nSign in at ${signIn}, then add your team in Admin → Staff.`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError && error.message === 'adminExists') {
      console.error('An active administrator already exists: add staff in Admin → Staff instead.');
      return 1;
    }
    if (error instanceof DomainError && error.message === 'emailTaken') {
      console.error(`A staff account with the e-mail ${email} already exists.`);
      return 1;
    }
    throw error;
  } finally {
    await prisma.$disconnect();
  }
}

async function verifyAudit(): Promise<number> {
  const databaseUrl = databaseUrlOrExplain('audit:verify');
  if (!databaseUrl) return 1;
  const prisma = createPrismaClient(databaseUrl, 2);
  try {
    const verdict = await verifyAuditChain(prisma);
    if (verdict.ok) {
      console.log(
        `OK: ${verdict.sealed} audit events in an unbroken chain (${verdict.detailsRemoved} with their personal details removed on time); ${verdict.awaitingSeal} recorded in the last seconds await sealing.`,
      );
      return 0;
    }
    const { chainSeq, eventId, reason } = verdict.brokenAt;
    console.error(
      reason === 'changed'
        ? `BROKEN: audit event ${eventId} (link ${chainSeq}) was changed after it was sealed; the ${verdict.sealed} links before it hold.`
        : reason === 'removedEarly'
          ? `BROKEN: what audit event ${eventId} (link ${chainSeq}) recorded was removed although retention did not allow it (too early, or it named nobody); the ${verdict.sealed} links before it hold.`
          : `BROKEN: link ${chainSeq} of the chain is missing (an audit event was deleted); the ${verdict.sealed} links before it hold.`,
    );
    return 2;
  } finally {
    await prisma.$disconnect();
  }
}

async function create(name: string | undefined): Promise<number> {
  if (!name) {
    console.error('Missing migration name: npm run db:migration -- <name>');
    return 1;
  }
  const folder = await createMigration(name);
  console.log(folder ? `Created prisma/migrations/${folder}/migration.sql` : 'No schema changes: no migration created.');
  return 0;
}

async function check(): Promise<number> {
  const { ok, pendingSql } = await checkMigrationsCoverSchema();
  if (ok) {
    console.log('OK: the migrations cover prisma/schema.prisma.');
    return 0;
  }
  console.error(
    'prisma/schema.prisma has changes no migration covers. Create one with:\n' +
      '  npm run db:migration -- <name>\n\n' +
      'Pending SQL:\n' +
      pendingSql,
  );
  return 1;
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'migrate':
      return migrate();
    case 'create':
      return create(rest.join(' ') || undefined);
    case 'check':
      return check();
    case 'seed':
      return seed();
    case 'verify-audit':
      return verifyAudit();
    case 'first-admin':
      return firstAdmin(rest[0], rest.slice(1).join(' ') || undefined);
    default:
      console.error(`${command ? `Unknown command: ${command}` : 'No command given.'}\n${USAGE}`);
      return 1;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
