// The offline notice bundle as the PWA reads it: format, storage on the phone, and verification with
// WebCrypto Ed25519 and no connection. The server writes bundles in server/signing/notice-bundle.ts.
//
// A bundle is trusted only if its signature verifies with a public key Raspa published
// (/.well-known/raspa-keys.json, kept on the phone from its last time online). Each notice in it is
// also a statement Raspa signed on its own, so a notice can be shown as verified one by one.

export const BUNDLE_FORMAT = 'raspa.notice-bundle-file/1';
export const BUNDLE_TYPE = 'raspa.notice-bundle/1';

/** One notice as Raspa signed it: the stored statement, its signature and code. */
export interface BundledStatement {
  code: string;
  keyId: string;
  /** Canonical JSON of the notice statement (server/signing/notice-statement.ts). */
  payload: string;
  signature: string;
}

/** What the bundle's signature covers. */
export interface NoticeBundle {
  type: typeof BUNDLE_TYPE;
  region: string;
  issuedAt: string;
  keyId: string;
  statements: BundledStatement[];
}

/** The file that is downloaded, exported and imported. */
export interface NoticeBundleFile {
  format: typeof BUNDLE_FORMAT;
  keyId: string;
  /** The exact signed text (canonical JSON of NoticeBundle). */
  bundle: string;
  signature: string;
}

/** The fields of a signed notice statement the offline page shows. */
export interface StatementView {
  slug: string;
  version: number;
  verdict: string;
  state: 'published' | 'withdrawn';
  regions: string[];
  texts: Partial<Record<'kk' | 'ru' | 'en', { title: string; summary: string }>>;
  withdrawnReasons?: Partial<Record<'kk' | 'ru' | 'en', string>>;
  signedAt: string;
}

export interface PublicKeyJwk {
  kid: string;
  x: string;
}

export type BundleCheck =
  | { ok: false; reason: 'malformed' | 'unknown_key' | 'bad_signature' }
  | { ok: true; bundle: NoticeBundle; notices: { code: string; statement: StatementView; verified: boolean }[] };

export function base64UrlBytes(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function verifyEd25519(publicKeyX: string, signature: string, text: string): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: publicKeyX }, { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, base64UrlBytes(signature), new TextEncoder().encode(text));
  } catch {
    return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a bundle file (text as received) and checks it against the published keys, offline. */
export async function checkNoticeBundle(fileText: string, keys: PublicKeyJwk[]): Promise<BundleCheck> {
  let file: unknown;
  try {
    file = JSON.parse(fileText);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!isRecord(file) || file.format !== BUNDLE_FORMAT || typeof file.bundle !== 'string' || typeof file.signature !== 'string' || typeof file.keyId !== 'string') {
    return { ok: false, reason: 'malformed' };
  }
  const keyX = new Map(keys.map((k) => [k.kid, k.x]));
  const bundleKey = keyX.get(file.keyId);
  if (!bundleKey) return { ok: false, reason: 'unknown_key' };
  if (!(await verifyEd25519(bundleKey, file.signature, file.bundle))) return { ok: false, reason: 'bad_signature' };
  const bundle = JSON.parse(file.bundle) as NoticeBundle;
  // The signed text names the key too: a valid signature moved under another key id is refused.
  if (bundle.type !== BUNDLE_TYPE || bundle.keyId !== file.keyId || !Array.isArray(bundle.statements)) return { ok: false, reason: 'malformed' };
  const notices = await Promise.all(
    bundle.statements.map(async (item) => {
      const x = keyX.get(item.keyId);
      const verified = Boolean(x) && (await verifyEd25519(x!, item.signature, item.payload));
      return { code: item.code, statement: JSON.parse(item.payload) as StatementView, verified };
    }),
  );
  return { ok: true, bundle, notices };
}

// ——— On the phone ———
// Cache Storage, which the page and the service worker both reach, so the worker can refresh the
// copy in the background. Pages without it (an insecure origin) fall back to localStorage, where
// copies kept before the worker could refresh them also live: they are moved over on first read.
const BUNDLE_CACHE = 'raspa-offline-bundle-v1';
const ENTRIES = { bundle: '/offline-bundle/bundle.json', keys: '/offline-bundle/keys.json' } as const;
const LEGACY_KEYS = { bundle: 'raspa.notice-bundle', keys: 'raspa.signing-keys' } as const;
/** Periodic Background Sync tag under which the service worker refreshes the kept copy. */
export const BUNDLE_SYNC_TAG = 'raspa-offline-bundle';
/** How often to ask for it (the browser decides, usually no more than daily). */
export const BUNDLE_SYNC_INTERVAL_MS = 12 * 60 * 60 * 1000;

type Entry = keyof typeof ENTRIES;

function hasCacheStorage(): boolean {
  return typeof caches !== 'undefined';
}

function legacyStorage(): Storage | null {
  return typeof localStorage === 'undefined' ? null : localStorage;
}

async function readEntry(entry: Entry): Promise<string | null> {
  if (!hasCacheStorage()) return legacyStorage()?.getItem(LEGACY_KEYS[entry]) ?? null;
  const cache = await caches.open(BUNDLE_CACHE);
  const response = await cache.match(ENTRIES[entry]);
  if (response) return response.text();
  const legacy = legacyStorage()?.getItem(LEGACY_KEYS[entry]) ?? null;
  if (legacy !== null) {
    await writeEntry(entry, legacy);
    legacyStorage()?.removeItem(LEGACY_KEYS[entry]);
  }
  return legacy;
}

async function writeEntry(entry: Entry, text: string): Promise<void> {
  if (!hasCacheStorage()) return void legacyStorage()?.setItem(LEGACY_KEYS[entry], text);
  const cache = await caches.open(BUNDLE_CACHE);
  await cache.put(ENTRIES[entry], new Response(text, { headers: { 'content-type': 'application/json' } }));
}

export function storedBundleText(): Promise<string | null> {
  return readEntry('bundle');
}

export function storeBundleText(text: string): Promise<void> {
  return writeEntry('bundle', text);
}

/** Forgets the kept copy (a phone that never saved one). */
export async function forgetBundle(): Promise<void> {
  legacyStorage()?.removeItem(LEGACY_KEYS.bundle);
  if (hasCacheStorage()) await (await caches.open(BUNDLE_CACHE)).delete(ENTRIES.bundle);
}

export async function storedKeys(): Promise<PublicKeyJwk[]> {
  try {
    const parsed = JSON.parse((await readEntry('keys')) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter((k): k is PublicKeyJwk => isRecord(k) && typeof k.kid === 'string' && typeof k.x === 'string') : [];
  } catch {
    return [];
  }
}

/** Keeps every key ever seen: a retired key still checks what it signed. */
export async function rememberKeys(keys: PublicKeyJwk[]): Promise<PublicKeyJwk[]> {
  const byId = new Map((await storedKeys()).map((k) => [k.kid, k]));
  for (const k of keys) byId.set(k.kid, { kid: k.kid, x: k.x });
  const all = [...byId.values()];
  await writeEntry('keys', JSON.stringify(all));
  return all;
}

export type CheckedBundle = Extract<BundleCheck, { ok: true }>;

/**
 * Fetches Raspa's keys and `region`'s bundle and keeps the bundle if it checks out — unless the
 * copy kept for that region is newer. Throws when offline or refused (the kept copy stays). The
 * page calls it on every visit online; the service worker in the background (app/sw.ts).
 * `cache`: the page asks past the HTTP cache; the worker lets it absorb visits a minute apart.
 */
export async function refreshKeptBundle(region: string, { cache = 'no-store' }: { cache?: RequestCache } = {}): Promise<{ keys: PublicKeyJwk[]; check: CheckedBundle; kept: boolean }> {
  let keys = await storedKeys();
  try {
    const keyResponse = await fetch('/.well-known/raspa-keys.json', { cache });
    if (keyResponse.ok) keys = await rememberKeys(((await keyResponse.json()) as { keys: PublicKeyJwk[] }).keys);
  } catch {
    // Offline: the keys this phone kept; the bundle fetch below says so.
  }
  const response = await fetch(`/api/v1/bundles/${encodeURIComponent(region)}`, { cache });
  if (!response.ok) throw new Error(String(response.status));
  const fileText = await response.text();
  const check = await checkNoticeBundle(fileText, keys);
  if (!check.ok) throw new Error(check.reason);
  const keptText = await storedBundleText();
  const kept = keptText ? await checkNoticeBundle(keptText, keys) : null;
  if (kept?.ok && kept.bundle.region === region && kept.bundle.issuedAt > check.bundle.issuedAt) return { keys, check: kept, kept: false };
  await storeBundleText(fileText);
  return { keys, check, kept: true };
}

/** The region of the copy this phone keeps (the one to refresh in the background), if any. */
export async function keptBundleRegion(): Promise<string | null> {
  const text = await storedBundleText();
  if (!text) return null;
  try {
    const file = JSON.parse(text) as { bundle?: unknown };
    const bundle = typeof file.bundle === 'string' ? (JSON.parse(file.bundle) as { region?: unknown }) : null;
    return typeof bundle?.region === 'string' ? bundle.region : null;
  } catch {
    return null;
  }
}

export function bundleFileName(bundle: NoticeBundle): string {
  return `raspa-notices-${bundle.region}-${bundle.issuedAt.slice(0, 10)}.json`;
}
