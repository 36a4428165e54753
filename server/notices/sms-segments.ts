// How many SMS segments a text needs. A message fits one segment when every character is in the
// GSM 03.38 alphabet (160 septets; the extension table's characters take two) — otherwise the
// whole message is sent as UCS-2, where one segment holds 70 UTF-16 units (Cyrillic always is).
// Used by the notice schema and by the editor's live counter, so both count the same way.

/** GSM 03.38 default alphabet; the extension table's characters take an escape septet more. */
export const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
export const GSM_EXTENSION = '\f^{}\\[~]|€';

const basic = new Set(GSM_BASIC);
const extension = new Set(GSM_EXTENSION);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsCount {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  length: number;
  /** What one segment holds in this encoding. */
  limit: number;
  segments: number;
}

export const SMS_SINGLE_SEGMENT = { 'GSM-7': 160, 'UCS-2': 70 } as const satisfies Record<SmsEncoding, number>;
/** Concatenated messages lose room to the user data header. */
export const SMS_MULTIPART_SEGMENT = { 'GSM-7': 153, 'UCS-2': 67 } as const satisfies Record<SmsEncoding, number>;

export function countSmsSegments(text: string): SmsCount {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (basic.has(ch)) septets += 1;
    else if (extension.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  const encoding: SmsEncoding = gsm ? 'GSM-7' : 'UCS-2';
  const length = gsm ? septets : text.length;
  const limit = SMS_SINGLE_SEGMENT[encoding];
  const segments = length === 0 ? 0 : length <= limit ? 1 : Math.ceil(length / SMS_MULTIPART_SEGMENT[encoding]);
  return { encoding, length, limit, segments };
}

/** True when the text goes out as at most one SMS. */
export function fitsOneSms(text: string): boolean {
  return countSmsSegments(text).segments <= 1;
}

/** The editor warns this many characters before one segment is full, before the limit blocks saving. */
export const SMS_NEAR_FULL = 10;

export interface SmsCounterState extends SmsCount {
  /** ok; near: still saves, but the moderator is warned; over: refused (one SMS is the limit). */
  state: 'ok' | 'near' | 'over';
  left: number;
  /**
   * In a text without Cyrillic, the characters that turned it into UCS-2 (a curly quote, a dash):
   * each one cuts the SMS from 160 to 70 characters, and is easy to replace once it is named.
   */
  nonGsm: string[];
}

export function smsCounterState(text: string): SmsCounterState {
  const count = countSmsSegments(text);
  const left = count.limit - count.length;
  const state = left < 0 ? 'over' : left <= SMS_NEAR_FULL && count.length > 0 ? 'near' : 'ok';
  const nonGsm = count.encoding === 'UCS-2' && !/\p{Script=Cyrillic}/u.test(text) ? [...new Set([...text].filter((ch) => !basic.has(ch) && !extension.has(ch)))] : [];
  return { ...count, left, state, nonGsm };
}
