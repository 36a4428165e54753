import smpp from 'smpp';
import { describe, expect, it } from 'vitest';
import { isDeliveryReceipt, messageIdVariants, parseDeliveryReceipt, senderPhone } from './inbound';

/** A deliver_sm as the smpp package decodes it off the wire. */
function decoded(params: Record<string, unknown>) {
  const pdu = new smpp.PDU('deliver_sm', { source_addr: '77010000000', destination_addr: 'Raspa', data_coding: 0, ...params });
  return new smpp.PDU(pdu.toBuffer());
}

describe('delivery receipts', () => {
  it('reads the id and outcome from the TLVs when the SMSC sends them', () => {
    const pdu = decoded({ esm_class: 0x04, short_message: Buffer.from('id:x sub:001 dlvrd:000 stat:DELIVRD err:000 text:'), receipted_message_id: '1a2b', message_state: 5 });
    expect(isDeliveryReceipt(pdu)).toBe(true);
    expect(parseDeliveryReceipt(pdu)).toEqual({ smscMessageId: '1a2b', outcome: 'failed', detail: 'UNDELIV' });
  });

  it('reads them from the receipt text otherwise, with the error code', () => {
    const text = 'id:4096 sub:001 dlvrd:000 submit date:2601051200 done date:2601051201 stat:EXPIRED err:034 text:Raspa';
    expect(parseDeliveryReceipt(decoded({ esm_class: 0x04, short_message: Buffer.from(text) }))).toEqual({ smscMessageId: '4096', outcome: 'failed', detail: 'EXPIRED err:034' });
    const ok = 'id:77 sub:001 dlvrd:001 submit date:2601051200 done date:2601051201 stat:DELIVRD err:000 text:';
    expect(parseDeliveryReceipt(decoded({ esm_class: 0x04, short_message: Buffer.from(ok) }))).toEqual({ smscMessageId: '77', outcome: 'delivered', detail: 'DELIVRD' });
    const enroute = 'id:78 sub:001 dlvrd:000 submit date:2601051200 done date:2601051201 stat:ENROUTE err:000 text:';
    expect(parseDeliveryReceipt(decoded({ esm_class: 0x04, short_message: Buffer.from(enroute) }))?.outcome).toBe('intermediate');
  });

  it('tells a receipt from a citizen’s SMS', () => {
    expect(isDeliveryReceipt(decoded({ esm_class: 0, short_message: Buffer.from('id:1 stat:DELIVRD') }))).toBe(false);
    expect(isDeliveryReceipt(decoded({ esm_class: 0x40 }))).toBe(false);
  });

  it('looks an id up in its hex and decimal forms too', () => {
    expect(messageIdVariants('4096')).toEqual(['4096', '1000', '16534']);
    expect(messageIdVariants('1000')).toEqual(['1000', '3e8', '3E8', '4096']);
    expect(messageIdVariants('a1b2')).toEqual(['a1b2', '41394']);
    expect(messageIdVariants('msg-7')).toEqual(['msg-7']);
  });
});

describe('senderPhone', () => {
  it('makes the SMSC’s source address the canonical +7 number', () => {
    expect(senderPhone('77011234567', 1)).toBe('+77011234567');
    expect(senderPhone('7011234567', 2)).toBe('+77011234567');
    expect(senderPhone('87011234567', 0)).toBe('+77011234567');
    expect(senderPhone('Beeline', 5)).toBeNull();
  });
});
