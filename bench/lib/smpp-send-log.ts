// Preloaded into the SMPP benchmark's worker processes (`node --import tsx --import ./bench/lib/smpp-send-log.ts`):
// writes when this process let each submit_sm go, on the pacer's own clock, so bench/smpp.ts can count
// the busiest 1,000 ms at the sender as well as at the SMSC. The channel publishes on a diagnostics
// channel (server/channels/smpp/channel.ts) that nothing in the app listens to.
// One line per part: `<performance.now() ms> <wall-clock ms> <message id or ->` in
// $RASPA_BENCH_SMPP_SEND_LOG/sends-<pid>.log, flushed twice a second and at exit (a SIGKILLed worker
// loses its last half second, as it loses the parts it had in flight).
import { appendFileSync } from 'node:fs';
import diagnosticsChannel from 'node:diagnostics_channel';
import path from 'node:path';
import { SMPP_SUBMIT_DIAGNOSTICS, type SmppSubmitDiagnostic } from '../../server/channels/smpp/channel';

const dir = process.env.RASPA_BENCH_SMPP_SEND_LOG;
if (dir) {
  const file = path.join(dir, `sends-${process.pid}.log`);
  let lines: string[] = [];
  const flush = () => {
    if (lines.length === 0) return;
    appendFileSync(file, lines.join(''));
    lines = [];
  };
  diagnosticsChannel.subscribe(SMPP_SUBMIT_DIAGNOSTICS, (message) => {
    const { sentAt, messageId } = message as SmppSubmitDiagnostic;
    // The wall-clock time of the send, through the offset between the two clocks now (both monotonic
    // for the few seconds in between): the SMSC stamps arrivals with Date.now() in another process.
    const wall = Date.now() - (performance.now() - sentAt);
    lines.push(`${sentAt.toFixed(3)} ${wall.toFixed(3)} ${messageId || '-'}\n`);
  });
  setInterval(flush, 500).unref();
  process.on('exit', flush);
}
