// Types for the parts of the `smpp` npm package (node-smpp 0.5, plain JavaScript) that Raspa uses.
declare module 'smpp' {
  import type { EventEmitter } from 'node:events';
  import type { Server as NetServer, Socket } from 'node:net';

  /** A decoded PDU: header fields, the command's parameters and any TLVs, by name. */
  export interface PDU {
    command: string;
    command_id: number;
    command_status: number;
    sequence_number: number;
    [field: string]: unknown;
    isResponse(): boolean;
    response(options?: Record<string, unknown>): PDU;
    toBuffer(): Buffer;
  }

  export interface PDUConstructor {
    new (command: string, options?: Record<string, unknown>): PDU;
    /** Decodes a PDU read off the wire. */
    new (buffer: Buffer): PDU;
    maxLength: number;
  }

  export interface SessionOptions {
    host?: string;
    port?: number;
    tls?: boolean;
    socket?: Socket;
    auto_enquire_link_period?: number;
    [option: string]: unknown;
  }

  export class Session extends EventEmitter {
    constructor(options: SessionOptions);
    socket: Socket;
    server?: Server;
    send(pdu: PDU, responseCallback?: (pdu: PDU) => void, sendCallback?: (pdu: PDU) => void): boolean;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
    pause(): void;
    resume(): void;
    bind_transceiver(options: Record<string, unknown>, responseCallback?: (pdu: PDU) => void): boolean;
    bind_transmitter(options: Record<string, unknown>, responseCallback?: (pdu: PDU) => void): boolean;
    bind_receiver(options: Record<string, unknown>, responseCallback?: (pdu: PDU) => void): boolean;
    submit_sm(options: Record<string, unknown>, responseCallback?: (pdu: PDU) => void): boolean;
    deliver_sm(options: Record<string, unknown>, responseCallback?: (pdu: PDU) => void): boolean;
    enquire_link(options?: Record<string, unknown>, responseCallback?: (pdu: PDU) => void): boolean;
    unbind(options?: Record<string, unknown>, responseCallback?: (pdu: PDU) => void): boolean;
  }

  export class Server extends NetServer {
    sessions: Session[];
  }

  interface SmppModule {
    connect(options: SessionOptions, listener?: () => void): Session;
    createServer(options: Record<string, unknown>, listener?: (session: Session) => void): Server;
    PDU: PDUConstructor;
    Session: typeof Session;
    errors: Record<string, number>;
    encodings: Record<'ASCII' | 'LATIN1' | 'UCS2', { match(value: string): boolean; encode(value: string): Buffer; decode(value: Buffer): string }>;
    consts: {
      ESM_CLASS: Record<string, number>;
      REGISTERED_DELIVERY: Record<string, number>;
      MESSAGE_STATE: Record<string, number>;
      ENCODING: Record<string, number>;
      TON: Record<string, number>;
      NPI: Record<string, number>;
    };
  }

  // CommonJS that assigns its exports in loops: only the default import works under Node's ESM.
  const smpp: SmppModule;
  export default smpp;
}
