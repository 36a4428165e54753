// How people without mobile data reach Raspa, as the public site says it: the SMS numbers an admin
// entered (Admin → Settings) with the SMS commands in each language (server/channels/sms/commands.ts
// reads the same keywords), and the Telegram bot (the admin's entry, else TELEGRAM_BOT_USERNAME).
import type { DbTx } from '../db/client';
import type { Language } from '../i18n/languages';
import { readSettingUncached } from '../settings/read-settings';
import { telegramConfig } from './telegram/config';

export interface PublicChannels {
  smsNumbers: string[];
  telegramBot: string | null;
}

export async function readPublicChannels(db: DbTx): Promise<PublicChannels> {
  const setting = await readSettingUncached(db, 'channels.public');
  return { smsNumbers: setting.smsNumbers, telegramBot: setting.telegramBot ?? telegramConfig()?.botUsername ?? null };
}

/** "+77012345678" as people read it: "+7 701 234 56 78"; short numbers as they are. */
export function readableSmsNumber(number: string): string {
  const kz = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(number);
  return kz ? `+7 ${kz[1]} ${kz[2]} ${kz[3]} ${kz[4]}` : number;
}

/** The SMS command words to show in each language (each is one the SMS channel understands). */
export const SMS_COMMAND_WORDS: Record<Language, { subscribe: string; stop: string; help: string; status: string; language: string; verify: string }> = {
  kk: { subscribe: 'ЖАЗЫЛУ', stop: 'ТОҚТАТУ', help: 'КӨМЕК', status: 'КҮЙ', language: 'ТІЛ', verify: 'ТЕКСЕРУ' },
  ru: { subscribe: 'ПОДПИСКА', stop: 'СТОП', help: 'ПОМОЩЬ', status: 'СТАТУС', language: 'ЯЗЫК', verify: 'КОД' },
  en: { subscribe: 'SUB', stop: 'STOP', help: 'HELP', status: 'STATUS', language: 'LANG', verify: 'CODE' },
};
