/**
 * Takes in extraction results a little at a time, so that the thread coordinating the pool keeps
 * answering its worker threads. A finished batch's next task is sent from this thread's event loop:
 * while it spent tens of milliseconds adding a batch of new articles (tokenising their quotes,
 * interning their sentences), a thread that finished meanwhile sat idle until it was done; at the
 * start of a large run, when every article is new, both threads were idle about half the time.
 * Work is done in slices of a few milliseconds with the event loop let through between them.
 * Used by `analyzeParallel` for one run, and by the app's analysis worker across requests.
 */

/** Milliseconds of work between two turns of the event loop. */
const SLICE_MS = 4;

/** A queue of work items done in order, in slices; `idle()` resolves once everything queued so far is done. */
export class Intake {
  private readonly queue: (() => void)[] = [];
  private scheduled = false;
  private waiting: (() => void)[] = [];
  private failure: unknown = undefined;

  /**
   * Queues work; it runs on a later turn of the event loop, after the work queued before it. Work
   * pushed after an item threw, before `idle()` reported it, belongs to the failed run and is dropped.
   */
  push(work: () => void): void {
    if (this.failure !== undefined) return;
    this.queue.push(work);
    this.schedule();
  }

  /**
   * Resolves when the queue is empty. When a work item threw, the rest of the queue was dropped, and
   * this rejects with that error once; the intake then starts afresh (a long-lived one serves the next run).
   */
  idle(): Promise<void> {
    if (this.queue.length === 0 && !this.scheduled) return this.settle();
    return new Promise((resolve, reject) => this.waiting.push(() => void this.settle().then(resolve, reject)));
  }

  /** Drops what is queued, and any error not yet reported (a cancelled or superseded run). */
  clear(): void {
    this.queue.length = 0;
    this.failure = undefined;
  }

  private settle(): Promise<void> {
    const failure = this.failure;
    this.failure = undefined;
    return failure === undefined ? Promise.resolve() : Promise.reject(failure instanceof Error ? failure : new Error(String(failure)));
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.slice());
  }

  private slice(): void {
    this.scheduled = false;
    const until = performance.now() + SLICE_MS;
    let next: (() => void) | undefined;
    while (this.failure === undefined && (next = this.queue.shift()) !== undefined) {
      try {
        next();
      } catch (error) {
        this.failure = error;
        this.queue.length = 0;
      }
      if (performance.now() >= until) break;
    }
    if (this.queue.length > 0) this.schedule();
    else {
      const waiting = this.waiting;
      this.waiting = [];
      for (const w of waiting) w();
    }
  }
}
