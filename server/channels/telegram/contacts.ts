// Who the bot talks to: one ChannelContact per chat, found by a keyed hash of the chat id, with the
// chat id itself only encrypted. The state JSON holds the conversation's small memory.
import type { Db } from '../../db/client';
import type { Prisma } from '../../db/generated/client';
import { encryptText, keyedHash } from '../../crypto/secret-box';
import type { Language } from '../../i18n/languages';

export interface TelegramContactState {
  /**
   * Keyed hash of the user's @username (lower case, no @), so that a reporter who typed that
   * username on the web form can be answered here. Never the username itself.
   */
  usernameHash?: string;
  /** Regions ticked on the /subscribe keyboard, not yet saved. */
  draftRegions?: string[];
}

export interface TelegramContact {
  id: string;
  language: Language | null;
  state: TelegramContactState;
}

/** Chat ids (numbers) and channel usernames (@name) hash the same way for contacts and subscriptions. */
export function chatAddressHash(chatId: number | string, encryptionKey: string): string {
  return keyedHash(`telegram:${String(chatId).toLowerCase()}`, encryptionKey);
}

export function normalizeTelegramUsername(username: string): string {
  return username.trim().replace(/^@/, '').toLowerCase();
}

export function usernameHash(username: string, encryptionKey: string): string {
  return keyedHash(`telegram-username:${normalizeTelegramUsername(username)}`, encryptionKey);
}

function readState(value: Prisma.JsonValue | null): TelegramContactState {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as TelegramContactState) : {};
}

/** The chat's contact, created on its first message; keeps the username hash current. */
export async function upsertTelegramContact(db: Db, encryptionKey: string, chat: { id: number; username?: string }): Promise<TelegramContact> {
  const addressHash = chatAddressHash(chat.id, encryptionKey);
  const wantedUsernameHash = chat.username ? usernameHash(chat.username, encryptionKey) : undefined;
  const existing = await db.channelContact.findUnique({ where: { channel_addressHash: { channel: 'TELEGRAM', addressHash } } });
  if (existing) {
    // The retention clock runs from the person's last message (server/privacy/purge-personal-data.ts).
    if (Date.now() - existing.updatedAt.getTime() > 86_400_000) await db.channelContact.update({ where: { id: existing.id }, data: { updatedAt: new Date() } });
    const state = readState(existing.state);
    if (state.usernameHash !== wantedUsernameHash) {
      const next: TelegramContactState = { ...state, usernameHash: wantedUsernameHash };
      await db.channelContact.update({ where: { id: existing.id }, data: { state: next as Prisma.InputJsonObject } });
      return { id: existing.id, language: existing.language, state: next };
    }
    return { id: existing.id, language: existing.language, state };
  }
  const state: TelegramContactState = wantedUsernameHash ? { usernameHash: wantedUsernameHash } : {};
  const created = await db.channelContact.upsert({
    where: { channel_addressHash: { channel: 'TELEGRAM', addressHash } },
    create: { channel: 'TELEGRAM', addressHash, addressCipher: encryptText(String(chat.id), encryptionKey), state: state as Prisma.InputJsonObject },
    update: {},
  });
  return { id: created.id, language: created.language, state: readState(created.state) };
}

export async function setContactLanguage(db: Db, contactId: string, language: Language): Promise<void> {
  await db.channelContact.update({ where: { id: contactId }, data: { language } });
}

export async function setContactState(db: Db, contactId: string, state: TelegramContactState): Promise<void> {
  await db.channelContact.update({ where: { id: contactId }, data: { state: state as Prisma.InputJsonObject } });
}

/** The encrypted chat id of whoever last talked to the bot with this @username, or null. */
export async function findChatCipherByUsername(db: Db, encryptionKey: string, username: string): Promise<string | null> {
  const contact = await db.channelContact.findFirst({
    where: { channel: 'TELEGRAM', state: { path: ['usernameHash'], equals: usernameHash(username, encryptionKey) } },
    orderBy: { updatedAt: 'desc' },
    select: { addressCipher: true },
  });
  return contact?.addressCipher ?? null;
}
