// Database migrations without the Prisma migrate CLI (see server/db/migrate.ts).
//   tsx scripts/db.ts migrate         apply pending migrations to $DATABASE_URL
//   tsx scripts/db.ts create <name>   new migration from prisma/schema.prisma changes
//   tsx scripts/db.ts check           fail if schema.prisma has un-migrated changes
import { applyMigrations, checkMigrationsCoverSchema, createMigration } from '../server/db/migrate';

const USAGE = `Usage:
  npm run db:migrate               apply pending migrations to $DATABASE_URL
  npm run db:migration -- <name>   create a migration from prisma/schema.prisma changes
  npm run db:check                 fail if prisma/schema.prisma has changes no migration covers`;

async function migrate(): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      'DATABASE_URL is not set. `npm start` starts the embedded database for you; to migrate another one:\n' +
        '  DATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/DBNAME npm run db:migrate',
    );
    return 1;
  }
  await applyMigrations(databaseUrl, { log: (msg) => console.log(msg) });
  return 0;
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
