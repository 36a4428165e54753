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

function base64UrlBytes(text: string): Uint8Array<ArrayBuffer> {
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
// localStorage, not IndexedDB: one small document per phone, read synchronously by the page.
const STORED_BUNDLE = 'raspa.notice-bundle';
const STORED_KEYS = 'raspa.signing-keys';

export function storedBundleText(): string | null {
  return localStorage.getItem(STORED_BUNDLE);
}

export function storeBundleText(text: string): void {
  localStorage.setItem(STORED_BUNDLE, text);
}

export function storedKeys(): PublicKeyJwk[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(STORED_KEYS) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter((k): k is PublicKeyJwk => isRecord(k) && typeof k.kid === 'string' && typeof k.x === 'string') : [];
  } catch {
    return [];
  }
}

/** Keeps every key ever seen: a retired key still checks what it signed. */
export function rememberKeys(keys: PublicKeyJwk[]): PublicKeyJwk[] {
  const byId = new Map(storedKeys().map((k) => [k.kid, k]));
  for (const k of keys) byId.set(k.kid, { kid: k.kid, x: k.x });
  const all = [...byId.values()];
  localStorage.setItem(STORED_KEYS, JSON.stringify(all));
  return all;
}

export function bundleFileName(bundle: NoticeBundle): string {
  return `raspa-notices-${bundle.region}-${bundle.issuedAt.slice(0, 10)}.json`;
}
