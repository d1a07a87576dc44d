export interface SchedulerLog {
  warn: (obj: object, msg: string) => void;
  error: (obj: object, msg: string) => void;
}

/**
 * Runs `round(at)` every `intervalMs`, aligned to the clock (a 10 s interval fires at :00,
 * :10, :20…), never two at once: a tick that finds the previous round still running is
 * skipped, logged and counted as an overrun.
 */
export function createScheduler(opts: { intervalMs: number; round: (at: number) => Promise<void>; log: SchedulerLog; now?: () => number }) {
  const now = opts.now ?? Date.now;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let overruns = 0;
  let stopped = true;

  const tick = (at: number) => {
    if (stopped) return;
    schedule(at);
    if (running) {
      overruns++;
      opts.log.warn({ at: new Date(at).toISOString(), overruns }, 'round overrun: the previous round is still running; skipping this one');
      return;
    }
    running = opts
      .round(at)
      .catch((err: unknown) => opts.log.error({ err }, 'round failed'))
      .finally(() => {
        running = null;
      });
  };
  /** The next aligned slot after `after` (a timer may fire a millisecond early: never the same slot twice). */
  const schedule = (after = 0) => {
    const t = now();
    const next = Math.max(after + opts.intervalMs, Math.floor(t / opts.intervalMs) * opts.intervalMs + opts.intervalMs);
    timer = setTimeout(() => tick(next), Math.max(0, next - t));
  };

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
    get overruns() {
      return overruns;
    },
  };
}
export type Scheduler = ReturnType<typeof createScheduler>;
