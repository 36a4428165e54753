// One bound SMPP link to the SMSC, on top of the `smpp` package's Session: connect, bind (as a
// transceiver, or as a transmitter plus a receiver), requests with a response timeout, answers to
// the SMSC's enquire_link / unbind / deliver_sm, and a clean unbind. It knows nothing of the
// database; the channel (./channel.ts) decides what to send and what a received PDU means.
import smpp, { type PDU, type Session } from 'smpp';
import type { SmppAccount } from './settings';

export const SMPP_INTERFACE_VERSION = 0x34;

const errorNames = new Map(Object.entries(smpp.errors).map(([name, code]) => [code, name]));

/** "ESME_RINVPASWD (0x0E)" for an SMPP command_status. */
export function describeCommandStatus(status: number): string {
  const hex = `0x${status.toString(16).toUpperCase().padStart(2, '0')}`;
  const name = errorNames.get(status);
  return name ? `${name} (${hex})` : `command_status ${hex}`;
}

export class SmppCommandError extends Error {
  constructor(
    readonly command: string,
    readonly status: number,
  ) {
    super(`${command}: ${describeCommandStatus(status)}`);
    this.name = 'SmppCommandError';
  }
}

export class SmppLinkClosedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'SmppLinkClosedError';
  }
}

export interface SmppLinkHandlers {
  /** A deliver_sm (a message or a receipt). Resolve to answer ESME_ROK; throw to answer a temporary error, so the SMSC re-delivers. */
  onDeliver(pdu: PDU): Promise<void>;
  /** The link is gone (socket closed, SMSC unbound, protocol error). Called once. */
  onClose(reason: string): void;
}

export interface SmppLinkOptions {
  connectTimeoutMs?: number;
  responseTimeoutMs?: number;
}

type BindCommand = 'bind_transceiver' | 'bind_transmitter' | 'bind_receiver';

interface Pending {
  resolve(pdu: PDU): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** One TCP session with its own pending requests. */
class Channel {
  private readonly pending = new Map<number, Pending>();
  private closed = false;

  constructor(
    readonly session: Session,
    private readonly responseTimeoutMs: number,
    private readonly closeLink: (reason: string) => void,
  ) {
    session.on('pdu', (pdu: PDU) => {
      if (!pdu.isResponse()) return;
      const waiting = this.pending.get(pdu.sequence_number);
      if (!waiting) return;
      this.pending.delete(pdu.sequence_number);
      clearTimeout(waiting.timer);
      waiting.resolve(pdu);
    });
    session.on('close', () => this.fail('the SMSC closed the connection'));
    session.on('error', (error: Error) => this.fail(`connection error: ${error.message}`));
  }

  get inFlight(): number {
    return this.pending.size;
  }

  request(command: string, params: Record<string, unknown>): Promise<PDU> {
    if (this.closed) return Promise.reject(new SmppLinkClosedError('link closed'));
    return new Promise<PDU>((resolve, reject) => {
      const pdu = new smpp.PDU(command, params);
      if (!this.session.send(pdu)) {
        reject(new SmppLinkClosedError('socket not writable'));
        return;
      }
      const timer = setTimeout(() => {
        this.pending.delete(pdu.sequence_number);
        reject(new SmppLinkClosedError(`no ${command}_resp within ${this.responseTimeoutMs} ms`));
        // An SMSC that stops answering is treated as gone: the caller reconnects.
        this.closeLink(`no ${command}_resp within ${this.responseTimeoutMs} ms`);
      }, this.responseTimeoutMs);
      this.pending.set(pdu.sequence_number, { resolve, reject, timer });
    });
  }

  respond(pdu: PDU, options: Record<string, unknown> = {}): void {
    if (!this.closed) this.session.send(pdu.response(options));
  }

  fail(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    for (const [sequence, waiting] of this.pending) {
      clearTimeout(waiting.timer);
      waiting.reject(new SmppLinkClosedError(reason));
      this.pending.delete(sequence);
    }
    this.closeLink(reason);
  }

  /** Ends the socket after what was written (an unbind_resp, say) is flushed; forced after a second. */
  destroy(): void {
    this.closed = true;
    this.session.close();
    setTimeout(() => this.session.destroy(), 1000).unref();
  }
}

function connectSession(account: SmppAccount, timeoutMs: number): Promise<Session> {
  return new Promise((resolve, reject) => {
    const session = smpp.connect({ host: account.host, port: account.port, tls: account.tls, servername: account.host });
    const timer = setTimeout(() => {
      session.destroy();
      reject(new Error(`could not connect to ${account.host}:${account.port} within ${timeoutMs} ms`));
    }, timeoutMs);
    const onError = (error: Error) => {
      clearTimeout(timer);
      session.destroy();
      reject(new Error(`could not connect to ${account.host}:${account.port}: ${error.message}`));
    };
    session.once('error', onError);
    session.once(account.tls ? 'secureConnect' : 'connect', () => {
      clearTimeout(timer);
      session.removeListener('error', onError);
      resolve(session);
    });
  });
}

export class SmppLink {
  private readonly channels: Channel[] = [];
  private closed = false;
  private unbinding = false;

  private constructor(
    private readonly handlers: SmppLinkHandlers,
    private readonly responseTimeoutMs: number,
  ) {}

  /** Connects and binds; rejects with the SMSC's refusal (SmppCommandError) or the network error. */
  static async open(account: SmppAccount, handlers: SmppLinkHandlers, options: SmppLinkOptions = {}): Promise<SmppLink> {
    const link = new SmppLink(handlers, options.responseTimeoutMs ?? 10_000);
    const binds: BindCommand[] = account.bindMode === 'transceiver' ? ['bind_transceiver'] : ['bind_transmitter', 'bind_receiver'];
    try {
      for (const command of binds) {
        const session = await connectSession(account, options.connectTimeoutMs ?? 10_000);
        const channel = new Channel(session, link.responseTimeoutMs, (reason) => link.close(reason));
        link.channels.push(channel);
        const response = await channel.request(command, {
          system_id: account.systemId,
          password: account.password,
          system_type: account.systemType,
          interface_version: SMPP_INTERFACE_VERSION,
          addr_ton: 0,
          addr_npi: 0,
          address_range: '',
        });
        if (response.command_status !== 0) throw new SmppCommandError(command, response.command_status);
        if (command !== 'bind_transmitter') link.listen(channel);
        link.answerHousekeeping(channel);
      }
    } catch (error) {
      link.closed = true;
      for (const channel of link.channels) channel.destroy();
      throw error;
    }
    return link;
  }

  /** The channel submit_sm goes through (the transceiver, or the transmitter). */
  private get transmitter(): Channel {
    return this.channels[0]!;
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** submit_sm awaiting their response. */
  get inFlight(): number {
    return this.transmitter.inFlight;
  }

  private answerHousekeeping(channel: Channel): void {
    channel.session.on('enquire_link', (pdu: PDU) => channel.respond(pdu));
    channel.session.on('unbind', (pdu: PDU) => {
      channel.respond(pdu);
      this.close('the SMSC unbound');
    });
    // Anything we do not implement gets generic_nack, as SMPP 3.4 §3.3 asks.
    channel.session.on('unknown', (pdu: PDU) => channel.respond(pdu));
  }

  private listen(channel: Channel): void {
    channel.session.on('deliver_sm', (pdu: PDU) => {
      this.handlers.onDeliver(pdu).then(
        () => channel.respond(pdu),
        // ESME_RX_T_APPN: "temporary application error" — the SMSC keeps it and tries again later.
        () => channel.respond(pdu, { command_status: smpp.errors.ESME_RX_T_APPN }),
      );
    });
  }

  submit(params: Record<string, unknown>): Promise<PDU> {
    return this.transmitter.request('submit_sm', params);
  }

  /** Keep-alive: rejects (and closes the link) when the SMSC does not answer in time. */
  async enquireLink(): Promise<void> {
    await Promise.all(this.channels.map((channel) => channel.request('enquire_link', {})));
  }

  /** Polite goodbye: unbind every session, wait for unbind_resp (bounded), then close the sockets. */
  async unbind(): Promise<void> {
    if (this.closed || this.unbinding) return;
    this.unbinding = true;
    await Promise.allSettled(this.channels.map((channel) => channel.request('unbind', {})));
    this.close('unbound');
  }

  close(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    for (const channel of this.channels) {
      channel.fail(reason);
      channel.destroy();
    }
    this.handlers.onClose(reason);
  }
}
