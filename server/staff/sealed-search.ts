// What staff type into a search on their pages — the SMS log's phone numbers and message text, the
// risk terms — must be in no address: addresses stay in the browser's history, in every proxy's and
// server's access log and in the next request's Referer. The plain HTML form (it works without
// JavaScript) posts the words (server/api/staff-search-form.ts), and the page's address carries them
// sealed: encrypted (AES-256-GCM, with a key derived from RASPA_ENCRYPTION_KEY for this use alone,
// so no other ciphertext of Raspa's opens here) for the staff member who searched. Paging keeps the
// sealed search; another member, or anyone holding the address, sees the page unsearched.
import { z } from 'zod';
import { decryptText, encryptText, keyedHash } from '../crypto/secret-box';

/** The longest search a staff page takes (its input's maxLength). */
export const STAFF_SEARCH_MAX = 100;

const sealed = z.strictObject({ q: z.string().min(1).max(STAFF_SEARCH_MAX), by: z.string() });

/** The key for sealed searches: the encryption key's own, for this purpose (32 bytes as base64url). */
const searchKey = (encryptionKey: string) => keyedHash('raspa staff search v1', encryptionKey);

/** The words, sealed for `actorId`, to put in the page's address. */
export function sealStaffSearch(text: string, actorId: string, encryptionKey: string): string {
  return encryptText(JSON.stringify(sealed.parse({ q: text, by: actorId })), searchKey(encryptionKey));
}

/** The words of a sealed search, if it was sealed for `actorId` with this key; otherwise none. */
export function openStaffSearch(token: string | undefined, actorId: string, encryptionKey: string): string | undefined {
  if (!token || token.length > 1024) return undefined;
  try {
    const opened = sealed.safeParse(JSON.parse(decryptText(token, searchKey(encryptionKey))));
    return opened.success && opened.data.by === actorId ? opened.data.q : undefined;
  } catch {
    return undefined; // damaged, hand-edited, or sealed with a key since rotated: the page unsearched
  }
}
