// Readable notice addresses: the claim in ASCII ("v-aktau-zakroyut-port") plus a short random tail,
// so two notices about similar claims never collide and an address cannot be guessed before
// publication. The slug is fixed at the first publication; links shared after that never break.
import { randomBytes } from 'node:crypto';
import { cyrillicToAsciiLatin } from '../text';

const SLUG_WORDS_MAX_LENGTH = 60;
const TAIL_PATTERN = /-([0-9a-f]{6})$/;

/** The title's words in lowercase ASCII, cut at a word boundary. */
export function slugWords(title: string): string {
  const ascii = cyrillicToAsciiLatin(title.normalize('NFKC'))
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= SLUG_WORDS_MAX_LENGTH) return ascii;
  const cut = ascii.slice(0, SLUG_WORDS_MAX_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 20 ? cut.slice(0, lastDash) : cut.slice(0, SLUG_WORDS_MAX_LENGTH)).replace(/-+$/, '');
}

/**
 * The slug for a draft: from the English title when there is one (already Latin), else the Russian,
 * else the Kazakh. A draft keeps the random tail of its previous slug, so re-saving only follows
 * title edits.
 */
export function noticeSlug(titles: { kk: string; ru: string; en: string }, previousSlug?: string): string {
  const words = slugWords(titles.en) || slugWords(titles.ru) || slugWords(titles.kk) || 'notice';
  const tail = (previousSlug && TAIL_PATTERN.exec(previousSlug)?.[1]) || randomBytes(3).toString('hex');
  return `${words}-${tail}`;
}
