// Keeps what `npm start` started running: a web server, worker or embedded PostgreSQL that dies
// is started again after a back-off (1 s, doubling to 30 s; back to 1 s once it has run for a
// minute), and every exit and restart is logged. Only `stop()` (Ctrl-C) ends it.
// Production deployments use a real supervisor instead (compose.yaml's restart policies, systemd);
// this is the same promise for the one-command start, without adding a process manager.
import { spawn, type ChildProcess } from 'node:child_process';

/** Something running that can end by itself (`exited`) or be asked to end (`stop`). */
export interface Supervised {
  /** Settles with a short description ("code 1", "signal SIGKILL") when it ends by itself. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

export interface SupervisorOptions<T extends Supervised> {
  /** What it is, for the log: "the web server". */
  name: string;
  start: () => Promise<T>;
  log: (message: string) => void;
  /** Called after each successful restart (not the first start). */
  onRestart?: (running: T) => void;
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** A run this long counts as healthy: the next crash waits the first delay again. */
  healthyAfterMs?: number;
}

export interface Supervisor<T extends Supervised> {
  current(): T;
  restarts(): number;
  stop(): Promise<void>;
}

/** Starts `start()` once (its failure is the caller's), then restarts it whenever it ends by itself. */
export async function supervise<T extends Supervised>(options: SupervisorOptions<T>): Promise<Supervisor<T>> {
  const firstDelay = options.firstDelayMs ?? 1_000;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const healthyAfter = options.healthyAfterMs ?? 60_000;
  let running = await options.start();
  let startedAt = Date.now();
  let delay = firstDelay;
  let restarts = 0;
  let stopping = false;
  let wakeUp: (() => void) | null = null;

  const watch = (instance: T) => {
    void instance.exited.then(async (how) => {
      if (stopping || instance !== running) return;
      if (Date.now() - startedAt >= healthyAfter) delay = firstDelay;
      for (;;) {
        options.log(`${capitalise(options.name)} exited (${how}); starting it again in ${formatSeconds(delay)}.`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wakeUp = null;
        delay = Math.min(delay * 2, maxDelay);
        if (stopping) return;
        try {
          running = await options.start();
        } catch (error) {
          how = `could not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
          continue;
        }
        if (stopping) {
          await running.stop();
          return;
        }
        restarts++;
        startedAt = Date.now();
        options.log(`${capitalise(options.name)} is running again (restart ${restarts}).`);
        options.onRestart?.(running);
        watch(running);
        return;
      }
    });
  };
  watch(running);

  return {
    current: () => running,
    restarts: () => restarts,
    stop: async () => {
      stopping = true;
      wakeUp?.();
      await running.stop();
    },
  };
}

/** A child process as something supervised: `stop()` sends SIGTERM and, after `graceMs`, SIGKILL. */
export function supervisedChild(child: ChildProcess, graceMs = 12_000): Supervised & { pid: number | undefined } {
  const exited = new Promise<string>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(describeExit(child.exitCode, child.signalCode));
    else child.once('exit', (code, signal) => resolve(describeExit(code, signal)));
  });
  return {
    pid: child.pid,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `code ${code}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function formatSeconds(ms: number): string {
  return ms < 1_000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}

/** The background worker as `npm start` runs it (scripts/worker.ts), ready to be supervised. */
export function backgroundWorkerProcess(root: string, env: NodeJS.ProcessEnv, stdio: 'inherit' | 'ignore' = 'inherit') {
  return supervisedChild(spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], { cwd: root, stdio: ['ignore', stdio, stdio], env }));
}
