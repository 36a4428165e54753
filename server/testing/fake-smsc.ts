// A local SMSC for tests and the SMPP benchmark, on 127.0.0.1, built on the `smpp` package's
// server: it checks binds, answers submit_sm with message ids, joins concatenated parts (UDH or sar
// TLVs) back into the text a handset would show, sends delivery receipts when asked, delivers
// citizens' SMS (deliver_sm, long ones in UDH parts), can refuse submits as throttled, and can drop
// every connection to test reconnecting. It speaks real SMPP 3.4 over TCP.
import type { AddressInfo } from 'node:net';
import smpp, { type PDU, type Session } from 'smpp';

export interface FakeSmscSubmit {
  at: number;
  systemId: string;
  sourceAddr: string;
  sourceTon: number;
  destinationAddr: string;
  dataCoding: number;
  esmClass: number;
  registeredDelivery: number;
  text: string;
  concat: { ref: number; total: number; seq: number; via: 'udh' | 'sar' } | null;
  messageId: string;
}

/** A whole SMS as the handset shows it, once every part arrived. */
export interface FakeSmscMessage {
  to: string;
  from: string;
  text: string;
  parts: FakeSmscSubmit[];
}

export interface FakeSmscOptions {
  systemId?: string;
  password?: string;
  /** Send a DELIVRD receipt for every accepted submit that asked for one. */
  autoReceipt?: boolean;
  /** Receipt ids in decimal while submit_sm_resp gives hex (some SMSCs do this). */
  receiptIdsInDecimal?: boolean;
}

interface BoundSession {
  session: Session;
  systemId: string;
  mode: 'transceiver' | 'transmitter' | 'receiver';
}

export class FakeSmsc {
  readonly submits: FakeSmscSubmit[] = [];
  readonly messages: FakeSmscMessage[] = [];
  readonly binds: { systemId: string; mode: string; ok: boolean; at: number }[] = [];
  readonly enquireLinks: number[] = [];
  readonly unbinds: number[] = [];
  private readonly server = smpp.createServer({}, (session) => this.accept(session));
  private readonly bound = new Set<BoundSession>();
  private readonly pendingParts = new Map<string, FakeSmscSubmit[]>();
  private nextId = 0x1000;
  private throttle = 0;
  private refuse: { count: number; status: number } | null = null;
  private overtake: { count: number; answerAfterMs: number } | null = null;
  private messageListeners: (() => void)[] = [];
  port = 0;

  constructor(private readonly options: FakeSmscOptions = {}) {}

  static async start(options: FakeSmscOptions = {}): Promise<FakeSmsc> {
    const smsc = new FakeSmsc(options);
    await new Promise<void>((resolve) => smsc.server.listen(0, '127.0.0.1', () => resolve()));
    smsc.port = (smsc.server.address() as AddressInfo).port;
    return smsc;
  }

  get boundSessions(): number {
    return this.bound.size;
  }

  /** Answer the next `count` submit_sm with ESME_RTHROTTLED. */
  throttleNext(count: number): void {
    this.throttle = count;
  }

  /** Answer the next `count` submit_sm with this command_status. */
  /**
   * The next `count` submits are receipted (DELIVRD) before they are answered, and answered `answerAfterMs`
   * later: a busy SMSC's receipt can overtake its submit_sm_resp by that much.
   */
  receiptBeforeAnswerNext(count: number, answerAfterMs: number): void {
    this.overtake = { count, answerAfterMs };
  }

  refuseNext(count: number, status: number): void {
    this.refuse = { count, status };
  }

  /** Resolves when `count` whole messages have arrived (or rejects after `timeoutMs`). */
  waitForMessages(count: number, timeoutMs = 10_000): Promise<FakeSmscMessage[]> {
    if (this.messages.length >= count) return Promise.resolve(this.messages.slice(0, count));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fake SMSC: ${this.messages.length} of ${count} messages after ${timeoutMs} ms`)), timeoutMs);
      const listener = () => {
        if (this.messages.length < count) return;
        clearTimeout(timer);
        this.messageListeners = this.messageListeners.filter((l) => l !== listener);
        resolve(this.messages.slice(0, count));
      };
      this.messageListeners.push(listener);
    });
  }

  async waitFor(predicate: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > until) throw new Error(`fake SMSC: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private accept(session: Session): void {
    let me: BoundSession | null = null;
    session.on('error', () => undefined);
    session.on('close', () => {
      if (me) this.bound.delete(me);
    });
    const bind = (mode: BoundSession['mode']) => (pdu: PDU) => {
      const systemId = String(pdu.system_id);
      const ok = (!this.options.systemId || systemId === this.options.systemId) && (this.options.password === undefined || pdu.password === this.options.password);
      this.binds.push({ systemId, mode, ok, at: Date.now() });
      if (!ok) {
        session.send(pdu.response({ command_status: smpp.errors.ESME_RINVPASWD }));
        return;
      }
      me = { session, systemId, mode };
      this.bound.add(me);
      session.send(pdu.response({ system_id: 'FAKESMSC' }));
    };
    session.on('bind_transceiver', bind('transceiver'));
    session.on('bind_transmitter', bind('transmitter'));
    session.on('bind_receiver', bind('receiver'));
    session.on('enquire_link', (pdu: PDU) => {
      this.enquireLinks.push(Date.now());
      session.send(pdu.response());
    });
    session.on('unbind', (pdu: PDU) => {
      this.unbinds.push(Date.now());
      session.send(pdu.response());
      setTimeout(() => session.close(), 10);
    });
    session.on('submit_sm', (pdu: PDU) => {
      if (!me || me.mode === 'receiver') {
        session.send(pdu.response({ command_status: smpp.errors.ESME_RINVBNDSTS }));
        return;
      }
      if (this.throttle > 0) {
        this.throttle -= 1;
        session.send(pdu.response({ command_status: smpp.errors.ESME_RTHROTTLED }));
        return;
      }
      if (this.refuse && this.refuse.count > 0) {
        this.refuse.count -= 1;
        session.send(pdu.response({ command_status: this.refuse.status }));
        return;
      }
      const messageId = (this.nextId++).toString(16);
      const submit = this.record(pdu, me.systemId, messageId);
      if (this.overtake && this.overtake.count > 0) {
        this.overtake.count -= 1;
        void this.sendReceipt(messageId, 'DELIVRD').catch(() => undefined);
        setTimeout(() => session.send(pdu.response({ message_id: messageId })), this.overtake.answerAfterMs);
        return;
      }
      session.send(pdu.response({ message_id: messageId }));
      if (this.options.autoReceipt && submit.registeredDelivery & 1) setTimeout(() => void this.sendReceipt(messageId, 'DELIVRD').catch(() => undefined), 5);
    });
  }

  private record(pdu: PDU, systemId: string, messageId: string): FakeSmscSubmit {
    const short = pdu.short_message as { udh?: Buffer[]; message?: string } | undefined;
    let concat: FakeSmscSubmit['concat'] = null;
    for (const udh of short?.udh ?? []) {
      if (udh[0] === 0x00) concat = { ref: udh[2]!, total: udh[3]!, seq: udh[4]!, via: 'udh' };
      if (udh[0] === 0x08) concat = { ref: (udh[2]! << 8) | udh[3]!, total: udh[4]!, seq: udh[5]!, via: 'udh' };
    }
    if (typeof pdu.sar_msg_ref_num === 'number') concat = { ref: pdu.sar_msg_ref_num, total: Number(pdu.sar_total_segments), seq: Number(pdu.sar_segment_seqnum), via: 'sar' };
    const submit: FakeSmscSubmit = {
      at: Date.now(),
      systemId,
      sourceAddr: String(pdu.source_addr),
      sourceTon: Number(pdu.source_addr_ton),
      destinationAddr: String(pdu.destination_addr),
      dataCoding: Number(pdu.data_coding),
      esmClass: Number(pdu.esm_class),
      registeredDelivery: Number(pdu.registered_delivery),
      text: typeof short?.message === 'string' ? short.message : '',
      concat,
      messageId,
    };
    this.submits.push(submit);
    if (!concat) {
      this.complete({ to: submit.destinationAddr, from: submit.sourceAddr, text: submit.text, parts: [submit] });
      return submit;
    }
    const key = `${submit.destinationAddr}:${concat.ref}:${concat.total}`;
    const parts = (this.pendingParts.get(key) ?? []).filter((p) => p.concat!.seq !== concat.seq);
    parts.push(submit);
    if (parts.length < concat.total) {
      this.pendingParts.set(key, parts);
      return submit;
    }
    this.pendingParts.delete(key);
    parts.sort((a, b) => a.concat!.seq - b.concat!.seq);
    this.complete({ to: submit.destinationAddr, from: submit.sourceAddr, text: parts.map((p) => p.text).join(''), parts });
    return submit;
  }

  private complete(message: FakeSmscMessage): void {
    this.messages.push(message);
    for (const listener of [...this.messageListeners]) listener();
  }

  private receivers(): Session[] {
    return [...this.bound].filter((b) => b.mode !== 'transmitter').map((b) => b.session);
  }

  private deliver(params: Record<string, unknown>): Promise<PDU> {
    const session = this.receivers()[0];
    if (!session) return Promise.reject(new Error('fake SMSC: no receiver bound'));
    return new Promise((resolve) => session.deliver_sm(params, (response) => resolve(response)));
  }

  /** A delivery receipt for a submit (stat DELIVRD, UNDELIV, EXPIRED …), in the usual text format plus TLVs. */
  sendReceipt(messageId: string, stat: string, err = '000'): Promise<PDU> {
    const submit = this.submits.find((s) => s.messageId === messageId);
    const id = this.options.receiptIdsInDecimal ? String(parseInt(messageId, 16)) : messageId;
    const states: Record<string, number> = { DELIVRD: 2, EXPIRED: 3, DELETED: 4, UNDELIV: 5, ACCEPTD: 6, UNKNOWN: 7, REJECTD: 8 };
    const text = `id:${id} sub:001 dlvrd:${stat === 'DELIVRD' ? '001' : '000'} submit date:2601051200 done date:2601051201 stat:${stat} err:${err} text:`;
    const params: Record<string, unknown> = {
      source_addr: submit?.destinationAddr ?? '',
      source_addr_ton: 1,
      source_addr_npi: 1,
      destination_addr: submit?.sourceAddr ?? '',
      esm_class: smpp.consts.ESM_CLASS.MC_DELIVERY_RECEIPT,
      data_coding: 0,
      short_message: Buffer.from(text, 'ascii'),
    };
    // Half the SMSCs send the TLVs, half only the text: the receipted id goes in the text alone when in decimal.
    if (!this.options.receiptIdsInDecimal) Object.assign(params, { receipted_message_id: messageId, message_state: states[stat] ?? 7 });
    return this.deliver(params);
  }

  /**
   * A citizen's SMS to our number: UCS-2 unless it is plain ASCII, split into UDH parts of 67
   * characters when longer than 70 (the order of parts can be shuffled, as networks do).
   */
  async deliverSms(from: string, text: string, options: { to?: string; shuffle?: boolean; ref?: number } = {}): Promise<PDU[]> {
    const ascii = /^[\x20-\x7E]*$/.test(text);
    const limit = ascii ? 160 : 70;
    const chunkSize = ascii ? 153 : 67;
    const chunks: string[] = [];
    if (text.length <= limit) chunks.push(text);
    else for (let i = 0; i < text.length; i += chunkSize) chunks.push(text.slice(i, i + chunkSize));
    const ref = options.ref ?? Math.floor(Math.random() * 256);
    const pdus = chunks.map((chunk, index) => {
      const body = ascii ? smpp.encodings.ASCII.encode(chunk) : smpp.encodings.UCS2.encode(chunk);
      const udh = chunks.length > 1 ? Buffer.from([0x05, 0x00, 0x03, ref, chunks.length, index + 1]) : null;
      return {
        source_addr: from.replace(/^\+/, ''),
        source_addr_ton: from.startsWith('+') ? 1 : 2,
        source_addr_npi: 1,
        destination_addr: options.to ?? '7575',
        esm_class: udh ? 0x40 : 0,
        data_coding: ascii ? 0 : 8,
        short_message: udh ? Buffer.concat([udh, body]) : body,
      };
    });
    if (options.shuffle) pdus.reverse();
    const responses: PDU[] = [];
    for (const pdu of pdus) responses.push(await this.deliver(pdu));
    return responses;
  }

  /** Every connection closed abruptly, as when a network link or the SMSC fails. */
  dropConnections(): void {
    for (const session of this.server.sessions) session.destroy();
    this.bound.clear();
  }

  async close(): Promise<void> {
    this.dropConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
