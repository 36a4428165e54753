// Phone numbers of SMS senders and subscribers: one canonical form, so that "8 701 …" and
// "+7701…" are the same person; stored only encrypted, found by a keyed hash, shown masked.
import { encryptText, keyedHash } from '../../crypto/secret-box';

/**
 * "+77011234567" for a Kazakh number typed either way; other numbers keep their digits and a
 * leading "+". Null for a sender we cannot answer (an operator's alphanumeric name, a short code).
 */
export function normalizePhone(raw: string): string | null {
  const trimmed = raw.trim();
  if (/[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return null;
  // Kazakhstan and Russia still dial 8 for the national prefix: 8 701 … = +7 701 …
  if (digits.length === 11 && digits.startsWith('8') && !trimmed.startsWith('+')) return `+7${digits.slice(1)}`;
  return `+${digits}`;
}

export function phoneHash(phone: string, encryptionKey: string): string {
  return keyedHash(`phone:${phone}`, encryptionKey);
}

export function sealPhone(phone: string, encryptionKey: string): { phoneCipher: string; phoneHash: string } {
  return { phoneCipher: encryptText(phone, encryptionKey), phoneHash: phoneHash(phone, encryptionKey) };
}

/** "+7 ••• •• 67": enough to tell two senders apart in the log, not enough to call anyone. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 4) return '•••';
  const country = phone.startsWith('+') ? `+${digits.startsWith('7') ? '7' : digits.slice(0, Math.min(3, digits.length - 4))}` : '';
  return `${country} ••• •• ${digits.slice(-2)}`.trim();
}
