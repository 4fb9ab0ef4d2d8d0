/** A worker's counters since it started. */
export interface WorkerStats {
  /** Jobs whose Article this worker wrote. */
  processed: number;
  /** Jobs that ended in the failed set from this worker, their error written as the result. */
  failed: number;
  /** Attempts that failed transiently and were handed back for a retry with backoff. */
  retried: number;
  /** Deliveries whose result an earlier delivery had already written (nothing written again). */
  duplicates: number;
  /** Jobs this worker's stalled check moved back to waiting (a crashed or stuck worker's jobs). */
  stalled: number;
  /** Jobs in progress now. */
  active: number;
  /** Finished jobs (processed or failed) per second over the last ten seconds. */
  rate: number;
  /** When the worker started (ms since the epoch). */
  startedAt: number;
}

const WINDOW_SECONDS = 10;

/** Counts events in one-second buckets over a sliding window, in constant memory. */
export class RateMeter {
  private readonly seconds = new Float64Array(WINDOW_SECONDS).fill(-1);
  private readonly counts = new Float64Array(WINDOW_SECONDS);

  constructor(private readonly startedAt: number) {}

  mark(now: number): void {
    const second = Math.floor(now / 1000);
    const slot = second % WINDOW_SECONDS;
    if (this.seconds[slot] !== second) {
      this.seconds[slot] = second;
      this.counts[slot] = 0;
    }
    this.counts[slot]! += 1;
  }

  /** Events per second over the window (or over the time since start, when shorter). */
  rate(now: number): number {
    const second = Math.floor(now / 1000);
    let total = 0;
    for (let slot = 0; slot < WINDOW_SECONDS; slot++) {
      if (this.seconds[slot]! > second - WINDOW_SECONDS) total += this.counts[slot]!;
    }
    const span = Math.min(WINDOW_SECONDS - 1 + (now % 1000) / 1000, (now - this.startedAt) / 1000);
    return span > 0 ? total / span : 0;
  }
}
