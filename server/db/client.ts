// One Prisma client per process (kept on globalThis so dev reloads do not open new pools).
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient, type Prisma } from './generated/client';
import { serverEnv } from '../config/env';

export type Db = PrismaClient;
/** A client or an interactive-transaction client: domain functions accept either. */
export type DbTx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/**
 * How long an interactive transaction may wait for a pooled connection, and run. Prisma's defaults
 * (2 s, 5 s) turned a busy but healthy database into failed requests: 24 confirmations at once on a
 * loaded machine waited more than 2 s for one of the 10 connections and each answered 500. A request
 * rather waits its turn; past these it is answered 503 (server/db/unavailable.ts: busy).
 */
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

type PgAdapter = Awaited<ReturnType<PrismaPg['connect']>>;

/** The pg adapter, remembering the pool of the connection Prisma opened with it (queryRows reads through it). */
class PoolKeepingPrismaPg extends PrismaPg {
  pool: pg.Pool | null = null;

  override async connect(): Promise<PgAdapter> {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver();
    this.pool = pool;
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (this.pool === pool) this.pool = null;
      await dispose();
    };
    return adapter;
  }
}

const adapters = new WeakMap<PrismaClient, PoolKeepingPrismaPg>();

export function createPrismaClient(connectionString: string, maxConnections = 10): PrismaClient {
  const adapter = new PoolKeepingPrismaPg({ connectionString, max: maxConnections });
  const client = new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
  adapters.set(client, adapter);
  return client;
}

const globalForPrisma = globalThis as unknown as { raspaPrisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.raspaPrisma ??= createPrismaClient(serverEnv().DATABASE_URL);
  return globalForPrisma.raspaPrisma;
}

/** PostgreSQL type OIDs (pg_type) whose text node-postgres parses as $queryRaw returns them, or is told to below. */
const TIMESTAMP = 1114;
const DATE = 1082;
const INT8 = 20;
const ROW_TYPE_OIDS: ReadonlySet<number> = new Set([
  16, // bool
  INT8,
  21, // int2
  23, // int4
  25, // text
  114, // json
  700, // float4
  701, // float8
  1000, // bool[]
  1007, // int4[]
  1009, // text[]
  1015, // varchar[]
  1022, // float8[]
  1042, // bpchar
  1043, // varchar
  DATE,
  TIMESTAMP,
  1184, // timestamptz
  2950, // uuid
  2951, // uuid[]
  3802, // jsonb
]);
/** Prisma reads a timestamp without time zone as UTC (it writes them so) and a date as UTC midnight, an int8 as a bigint; node-postgres in local time and as a string. */
const ROW_TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === TIMESTAMP) return (text: string) => new Date(`${text.replace(' ', 'T')}Z`);
    if (oid === DATE) return (text: string) => new Date(`${text}T00:00:00Z`);
    if (oid === INT8) return (text: string) => BigInt(text);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};
/** A parameter as Prisma's adapter sends it: a Date as its UTC wall-clock time. */
const parameter = (value: unknown): unknown => (value instanceof Date ? value.toISOString().replace('T', ' ').replace('Z', '') : Array.isArray(value) ? value.map(parameter) : value);

/**
 * The rows of a statement, as `db.$queryRaw` returns them, read straight from the pool of the
 * client's own adapter (no second pool). Prisma's $queryRaw maps every value of a result twice
 * (its runtime's rows and back to objects): ~0.5–0.7 ms of Node's CPU for each of a search's two
 * statements (~30 rows with their sightings; bench/RESULTS.md 3, session 40), on every search.
 * For statements on hot paths only; columns must be of the types above (else it throws: read them
 * with $queryRaw, or cast them to text in the statement). Not inside a transaction: a client only.
 */
export async function queryRows<Row>(db: Db, sql: Prisma.Sql): Promise<Row[]> {
  const adapter = adapters.get(db);
  // a client made without createPrismaClient: Prisma's own way
  if (!adapter) return db.$queryRaw<Row[]>(sql);
  if (!adapter.pool) await db.$connect();
  const pool = adapter.pool;
  if (!pool) throw new Error('The Prisma client has no connection pool after $connect');
  const result = await pool.query<Row & pg.QueryResultRow>({ text: sql.text, values: sql.values.map(parameter), types: ROW_TYPES });
  const other = result.fields.find((field) => !ROW_TYPE_OIDS.has(field.dataTypeID));
  if (other) throw new TypeError(`queryRows cannot read column "${other.name}" (type ${other.dataTypeID}) as $queryRaw would: cast it or use $queryRaw`);
  return result.rows;
}
