// Prisma's schema engine compiled to WebAssembly, used only to turn datamodel
// diffs into SQL (the native engine the Prisma CLI needs cannot be installed
// here). Server-only: scripts/db.ts and server/db/migrate.ts use it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  mockAdapter,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type {
  DiffTarget,
  SchemaEngine,
} from '@prisma/schema-engine-wasm/schema_engine_bg';

type WasmGlue = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

interface PanicRegistry {
  message: string;
  set_message(message: string): void;
}

declare global {
  // The wasm glue writes Rust panic messages here (see schema_engine_bg.js).
  var PRISMA_WASM_PANIC_REGISTRY: PanicRegistry | undefined;
}

/** "From" side for a first migration: a datamodel with no models. Unlike
 * `{ tag: 'empty' }` it already has the `public` schema, so the SQL does not
 * start with `CREATE SCHEMA IF NOT EXISTS "public"` (which would also need
 * CREATE privilege on the database) — the same SQL `prisma migrate dev` writes. */
const EMPTY_POSTGRES_DATAMODEL = 'datasource db {\n  provider = "postgresql"\n}\n';

/** Version reported to the engine by the database-less adapter below. */
const ASSUMED_SERVER_VERSION = { text: 'PostgreSQL 17.6', num: 170006 };

let enginePromise: Promise<SchemaEngine> | null = null;

/**
 * SQL that migrates a database from `fromSchema` (null = no tables yet) to
 * `toSchema`, both full Prisma schema sources. Returns '' when they describe
 * the same database. Rejects with the engine's validation message when a
 * schema is invalid.
 */
export async function diffSchemas(fromSchema: string | null, toSchema: string): Promise<string> {
  const engine = await loadEngine();
  const from: DiffTarget = datamodelTarget('from.prisma', fromSchema ?? EMPTY_POSTGRES_DATAMODEL);
  const to: DiffTarget = datamodelTarget('schema.prisma', toSchema);
  try {
    const result = await engine.diff({
      from,
      to,
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return normaliseScript(result.stdout ?? '');
  } catch (error) {
    throw withPanicMessage(error);
  }
}

function datamodelTarget(filePath: string, content: string): DiffTarget {
  return { tag: 'schemaDatamodel', files: [{ path: filePath, content }] };
}

/** The engine answers "-- This is an empty migration." for no changes. */
function normaliseScript(script: string): string {
  const hasStatements = script
    .split('\n')
    .some((line) => line.trim() !== '' && !line.trim().startsWith('--'));
  return hasStatements ? script.trim() + '\n' : '';
}

function withPanicMessage(error: unknown): Error {
  const registry = globalThis.PRISMA_WASM_PANIC_REGISTRY;
  const panic = registry?.message ?? '';
  if (!panic) return error instanceof Error ? error : new Error(String(error));
  // A panicked wasm instance is unusable: load a fresh one next time.
  enginePromise = null;
  if (registry) registry.message = '';
  return new Error(`Prisma schema engine panicked: ${panic}`, { cause: error });
}

function loadEngine(): Promise<SchemaEngine> {
  enginePromise ??= instantiateEngine().catch((error: unknown) => {
    enginePromise = null;
    throw withPanicMessage(error);
  });
  return enginePromise;
}

async function instantiateEngine(): Promise<SchemaEngine> {
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: '',
    set_message(message: string) {
      this.message = message;
    },
  };
  // The package's entry point does `import * as wasm from './x.wasm'`, which
  // Node 20 cannot load; instantiate the module by hand with the JS glue.
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmBytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
  const glue: WasmGlue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const instance = new WebAssembly.Instance(new WebAssembly.Module(wasmBytes), {
    // The glue module's exports are exactly the wasm module's imports.
    './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();

  // `datamodels` must be undefined, not []: an empty list panics the engine.
  return glue.SchemaEngine.new(
    { datamodels: undefined },
    () => {}, // engine log lines (JSON); nothing useful for diffs
    bindMigrationAwareSqlAdapterFactory(databaseLessAdapterFactory()),
  );
}

/**
 * The engine connects while it is constructed and asks the server for its
 * version; datamodel-to-datamodel diffs never touch the database after that.
 * This adapter answers that one question and rejects everything else, so a
 * diff can never read or change a real database.
 */
function databaseLessAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  const adapter = (): SqlDriverAdapter => {
    const base = mockAdapter('postgres');
    return {
      ...base,
      adapterName: 'raspa-database-less',
      getConnectionInfo: () => ({ supportsRelationJoins: true }),
      queryRaw: async (query) => {
        if (query.sql.includes('version()')) {
          return {
            columnNames: ['exists', 'version', 'numeric_version'],
            columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
            rows: [[true, ASSUMED_SERVER_VERSION.text, ASSUMED_SERVER_VERSION.num]],
          };
        }
        throw new Error(`schema-engine.ts has no database; the engine tried: ${query.sql}`);
      },
    };
  };
  return {
    provider: 'postgres',
    adapterName: 'raspa-database-less',
    connect: async () => adapter(),
    connectToShadowDb: async () => adapter(),
  };
}
