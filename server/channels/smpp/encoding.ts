// SMS text ⇄ SMPP short_message. Outbound: the GSM 03.38 default alphabet (data_coding 0, one
// septet per octet, unpacked as SMPP carries it) when every character is in it, otherwise UCS-2
// (data_coding 8) — every Cyrillic and Kazakh text. A text longer than one segment is split on
// character boundaries (never inside a GSM escape pair or a UTF-16 surrogate pair) and joined on the
// handset by either
//   - a user data header in the short_message (esm_class UDHI, IEI 0x00, 8-bit reference) — what
//     every SMSC and aggregator we know accepts, so the default; or
//   - the SMPP 3.4 sar_msg_ref_num / sar_total_segments / sar_segment_seqnum TLVs, for SMSCs that
//     want to build the header themselves.
// Inbound: the parts' reference, count and number from either form.
import smpp from 'smpp';
import { countSmsSegments, GSM_EXTENSION, SMS_MULTIPART_SEGMENT, SMS_SINGLE_SEGMENT } from '../../notices/sms-segments';

export const DATA_CODING_GSM = 0x00;
export const DATA_CODING_UCS2 = 0x08;
export const ESM_CLASS_UDHI = 0x40;

export type Concatenation = 'udh' | 'sar';

export interface OutgoingSegment {
  partNumber: number;
  partsTotal: number;
  dataCoding: number;
  esmClass: number;
  shortMessage: Buffer;
  /** sar_* TLVs when concatenation is 'sar' and there is more than one part. */
  tlvs: Record<string, number>;
}

export interface EncodeOptions {
  /** false: always UCS-2 (for an SMSC whose default alphabet is not GSM 03.38). */
  useGsm7: boolean;
  concatenation: Concatenation;
  /** Shared by every part of this SMS: 0–255 with a UDH, 0–65535 with sar TLVs. */
  concatRef: number;
}

const extension = new Set(GSM_EXTENSION);

/** The largest concatenation reference an encoding may carry. */
export function maxConcatRef(concatenation: Concatenation): number {
  return concatenation === 'udh' ? 0xff : 0xffff;
}

/** GSM text into chunks of at most `limit` septets; an extension character (2 septets) is never split. */
function chunkGsm(text: string, limit: number): string[] {
  const chunks: string[] = [];
  let current = '';
  let septets = 0;
  for (const ch of text) {
    const size = extension.has(ch) ? 2 : 1;
    if (septets + size > limit) {
      chunks.push(current);
      current = '';
      septets = 0;
    }
    current += ch;
    septets += size;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** UCS-2 text into chunks of at most `limit` UTF-16 units; a surrogate pair stays together. */
function chunkUcs2(text: string, limit: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const ch of text) {
    if (current.length + ch.length > limit) {
      chunks.push(current);
      current = '';
    }
    current += ch;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** The submit_sm payloads of one SMS, in order. An empty text is one empty segment. */
export function encodeSms(text: string, options: EncodeOptions): OutgoingSegment[] {
  const counted = countSmsSegments(text);
  const encoding = options.useGsm7 && counted.encoding === 'GSM-7' ? 'GSM-7' : 'UCS-2';
  const length = encoding === 'GSM-7' ? counted.length : text.length;
  const single = length <= SMS_SINGLE_SEGMENT[encoding];
  const chunks = single ? [text] : encoding === 'GSM-7' ? chunkGsm(text, SMS_MULTIPART_SEGMENT['GSM-7']) : chunkUcs2(text, SMS_MULTIPART_SEGMENT['UCS-2']);
  if (chunks.length > 255) throw new RangeError('An SMS cannot have more than 255 parts.');
  const dataCoding = encoding === 'GSM-7' ? DATA_CODING_GSM : DATA_CODING_UCS2;
  const encode = encoding === 'GSM-7' ? smpp.encodings.ASCII.encode : smpp.encodings.UCS2.encode;
  const total = chunks.length;
  const ref = options.concatRef & maxConcatRef(options.concatenation);
  return chunks.map((chunk, index): OutgoingSegment => {
    const body = encode(chunk);
    const partNumber = index + 1;
    if (total === 1) return { partNumber, partsTotal: 1, dataCoding, esmClass: 0, shortMessage: body, tlvs: {} };
    if (options.concatenation === 'sar') {
      return { partNumber, partsTotal: total, dataCoding, esmClass: 0, shortMessage: body, tlvs: { sar_msg_ref_num: ref, sar_total_segments: total, sar_segment_seqnum: partNumber } };
    }
    const udh = Buffer.from([0x05, 0x00, 0x03, ref, total, partNumber]);
    return { partNumber, partsTotal: total, dataCoding, esmClass: ESM_CLASS_UDHI, shortMessage: Buffer.concat([udh, body]), tlvs: {} };
  });
}

export interface InboundConcatenation {
  ref: number;
  total: number;
  seq: number;
}

/** Where a received part belongs, from a UDH (IEI 0x00 or 0x08) or sar TLVs; null for a whole SMS. */
export function inboundConcatenation(pdu: { short_message?: unknown; sar_msg_ref_num?: unknown; sar_total_segments?: unknown; sar_segment_seqnum?: unknown; [field: string]: unknown }): InboundConcatenation | null {
  const udhList = (pdu.short_message as { udh?: Buffer[] } | undefined)?.udh ?? [];
  for (const element of udhList) {
    if (element[0] === 0x00 && element[1] === 0x03 && element.length >= 5) return valid({ ref: element[2]!, total: element[3]!, seq: element[4]! });
    if (element[0] === 0x08 && element[1] === 0x04 && element.length >= 6) return valid({ ref: (element[2]! << 8) | element[3]!, total: element[4]!, seq: element[5]! });
  }
  if (typeof pdu.sar_msg_ref_num === 'number' && typeof pdu.sar_total_segments === 'number' && typeof pdu.sar_segment_seqnum === 'number') {
    return valid({ ref: pdu.sar_msg_ref_num, total: pdu.sar_total_segments, seq: pdu.sar_segment_seqnum });
  }
  return null;
}

function valid(part: InboundConcatenation): InboundConcatenation | null {
  // A "1 of 1" or a malformed header is treated as a whole message.
  return part.total > 1 && part.seq >= 1 && part.seq <= part.total ? part : null;
}

/** The text of a received deliver_sm: short_message, or message_payload when the SMSC used that. */
export function inboundText(pdu: { short_message?: unknown; message_payload?: unknown; [field: string]: unknown }): string {
  const read = (value: unknown): string => {
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object' && 'message' in value) {
      const message = (value as { message: unknown }).message;
      return typeof message === 'string' ? message : Buffer.isBuffer(message) ? message.toString('latin1') : '';
    }
    return Buffer.isBuffer(value) ? value.toString('latin1') : '';
  };
  const short = read(pdu.short_message);
  return short || read(pdu.message_payload);
}
