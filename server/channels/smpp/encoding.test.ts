import smpp from 'smpp';
import { describe, expect, it } from 'vitest';
import { DATA_CODING_GSM, DATA_CODING_UCS2, encodeSms, ESM_CLASS_UDHI, inboundConcatenation, type OutgoingSegment } from './encoding';

/** What a handset shows: the parts' payloads (UDH stripped) decoded and joined in order. */
function reassemble(segments: OutgoingSegment[]): string {
  return segments
    .map((s) => {
      const body = s.esmClass & ESM_CLASS_UDHI ? s.shortMessage.subarray(s.shortMessage[0]! + 1) : s.shortMessage;
      return s.dataCoding === DATA_CODING_UCS2 ? smpp.encodings.UCS2.decode(body) : smpp.encodings.ASCII.decode(body);
    })
    .join('');
}

describe('encodeSms', () => {
  it('sends a short Latin text as one GSM 7-bit segment', () => {
    const [segment, ...rest] = encodeSms('Raspa: received, code AB12-CD34.', { useGsm7: true, concatenation: 'udh', concatRef: 7 });
    expect(rest).toEqual([]);
    expect(segment!.dataCoding).toBe(DATA_CODING_GSM);
    expect(segment!.esmClass).toBe(0);
    expect(segment!.shortMessage.length).toBe(32);
  });

  it('sends Kazakh and Russian as UCS-2, one segment up to 70 characters', () => {
    const text = 'Raspa: қабылдадық, код AB12-CD34. Жауапты SMS-пен жібереміз.';
    const [segment, ...rest] = encodeSms(text, { useGsm7: true, concatenation: 'udh', concatRef: 1 });
    expect(rest).toEqual([]);
    expect(segment!.dataCoding).toBe(DATA_CODING_UCS2);
    expect(segment!.shortMessage.length).toBe(text.length * 2);
    expect(reassemble([segment!])).toBe(text);
  });

  it('splits a long Cyrillic text into 67-character parts joined by a UDH with one reference', () => {
    const text = 'Ақтаудағы су өшіріледі деген хабар жалған: Су арнасы мен әкімдік жоспарлы өшіру жоқ екенін растады. Толығырақ: https://raspa.kz/kk/notices/su';
    const segments = encodeSms(text, { useGsm7: true, concatenation: 'udh', concatRef: 200 });
    expect(segments).toHaveLength(Math.ceil(text.length / 67));
    for (const [index, s] of segments.entries()) {
      expect(s.esmClass).toBe(ESM_CLASS_UDHI);
      expect([...s.shortMessage.subarray(0, 6)]).toEqual([0x05, 0x00, 0x03, 200, segments.length, index + 1]);
      expect(s.shortMessage.length - 6).toBeLessThanOrEqual(134);
    }
    expect(reassemble(segments)).toBe(text);
  });

  it('uses sar TLVs instead of a UDH when asked', () => {
    const text = 'Ж'.repeat(150);
    const segments = encodeSms(text, { useGsm7: true, concatenation: 'sar', concatRef: 4321 });
    expect(segments.map((s) => s.tlvs)).toEqual([
      { sar_msg_ref_num: 4321, sar_total_segments: 3, sar_segment_seqnum: 1 },
      { sar_msg_ref_num: 4321, sar_total_segments: 3, sar_segment_seqnum: 2 },
      { sar_msg_ref_num: 4321, sar_total_segments: 3, sar_segment_seqnum: 3 },
    ]);
    expect(segments.every((s) => s.esmClass === 0)).toBe(true);
    expect(reassemble(segments)).toBe(text);
  });

  it('never splits a GSM escape pair or a surrogate pair between parts', () => {
    const gsm = `${'a'.repeat(152)}€${'b'.repeat(20)}`;
    const gsmParts = encodeSms(gsm, { useGsm7: true, concatenation: 'udh', concatRef: 1 });
    expect(reassemble(gsmParts)).toBe(gsm);
    expect(gsmParts[0]!.shortMessage.length - 6).toBe(152); // the € (2 septets) moved to part 2
    const emoji = `${'я'.repeat(66)}😀${'я'.repeat(10)}`;
    const ucsParts = encodeSms(emoji, { useGsm7: true, concatenation: 'udh', concatRef: 1 });
    expect(reassemble(ucsParts)).toBe(emoji);
    expect(ucsParts[0]!.shortMessage.length - 6).toBe(132);
  });

  it('can be told to send Latin text as UCS-2 for an SMSC without the GSM default alphabet', () => {
    const [segment] = encodeSms('STOP', { useGsm7: false, concatenation: 'udh', concatRef: 1 });
    expect(segment!.dataCoding).toBe(DATA_CODING_UCS2);
  });
});

describe('inboundConcatenation', () => {
  it('reads the 8-bit and 16-bit UDH forms and the sar TLVs', () => {
    expect(inboundConcatenation({ short_message: { udh: [Buffer.from([0x00, 0x03, 9, 3, 2])], message: 'x' } })).toEqual({ ref: 9, total: 3, seq: 2 });
    expect(inboundConcatenation({ short_message: { udh: [Buffer.from([0x08, 0x04, 1, 2, 2, 1])], message: 'x' } })).toEqual({ ref: 258, total: 2, seq: 1 });
    expect(inboundConcatenation({ short_message: { message: 'x' }, sar_msg_ref_num: 77, sar_total_segments: 2, sar_segment_seqnum: 2 })).toEqual({ ref: 77, total: 2, seq: 2 });
    expect(inboundConcatenation({ short_message: { message: 'whole' } })).toBeNull();
    expect(inboundConcatenation({ short_message: { udh: [Buffer.from([0x00, 0x03, 9, 1, 1])], message: 'x' } })).toBeNull();
  });
});
