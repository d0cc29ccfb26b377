/**
 * Work done a few milliseconds at a time, with the event loop let through in between. The worker
 * thread hands pool threads their next batch from its event loop: while it spent tens of milliseconds
 * preparing alignment for a batch of new articles, a pool thread that finished meanwhile sat idle
 * (the engine's parallel/intake.ts does the same for `analyzeParallel`).
 */

/** Milliseconds of work between two turns of the event loop. */
const SLICE_MS = 4;

/** A queue of work items run in order; `idle()` resolves once everything queued so far has run. */
export class Slices {
  private readonly queue: (() => void)[] = [];
  private scheduled = false;
  private waiting: (() => void)[] = [];
  private failure: unknown = undefined;

  push(work: () => void): void {
    this.queue.push(work);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.slice());
  }

  /** Resolves when the queue is empty; rejects with the first error a work item threw (and forgets it). */
  idle(): Promise<void> {
    if (this.queue.length === 0 && !this.scheduled) return this.settle();
    return new Promise((resolve, reject) => this.waiting.push(() => void this.settle().then(resolve, reject)));
  }

  /** Drops what is queued (a full analysis that will not use it). */
  clear(): void {
    this.queue.length = 0;
    this.failure = undefined;
  }

  private settle(): Promise<void> {
    const failure = this.failure;
    this.failure = undefined;
    return failure === undefined ? Promise.resolve() : Promise.reject(failure instanceof Error ? failure : new Error(String(failure)));
  }

  private slice(): void {
    this.scheduled = false;
    const until = performance.now() + SLICE_MS;
    for (let next = this.queue.shift(); next; next = this.queue.shift()) {
      try {
        next();
      } catch (error) {
        this.failure ??= error;
      }
      if (performance.now() >= until) break;
    }
    if (this.queue.length > 0) {
      this.scheduled = true;
      setImmediate(() => this.slice());
      return;
    }
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w();
  }
}
