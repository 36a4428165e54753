import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptText, encryptText, keyedHash } from './secret-box';

const key = randomBytes(32).toString('base64');

describe('secret box (AES-256-GCM)', () => {
  it('round-trips a contact and never contains the plaintext', () => {
    const sealed = encryptText('+7 701 123 45 67', key);
    expect(sealed).not.toContain('701');
    expect(decryptText(sealed, key)).toBe('+7 701 123 45 67');
  });

  it('gives different ciphertexts for the same contact (random IV)', () => {
    expect(encryptText('a@example.kz', key)).not.toBe(encryptText('a@example.kz', key));
  });

  it('refuses a tampered ciphertext and a wrong key', () => {
    const sealed = encryptText('@telegram_user', key);
    const parts = sealed.split('.');
    const tampered = [...parts.slice(0, 3), Buffer.from('x' + Buffer.from(parts[3]!, 'base64url').toString()).toString('base64url')].join('.');
    expect(() => decryptText(tampered, key)).toThrow();
    expect(() => decryptText(sealed, randomBytes(32).toString('base64'))).toThrow();
  });

  it('hashes the same address to the same key, and different keys differ', () => {
    expect(keyedHash('+77011234567', key)).toBe(keyedHash('+77011234567', key));
    expect(keyedHash('+77011234567', key)).not.toBe(keyedHash('+77011234567', randomBytes(32).toString('base64')));
  });
});
