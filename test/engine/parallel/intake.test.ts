import { describe, expect, it } from 'vitest';
import { Intake } from '../../../electron/engine/parallel/intake';

describe('Intake', () => {
  it('runs work in the order pushed, on later turns of the event loop', async () => {
    const intake = new Intake();
    const done: number[] = [];
    for (let i = 0; i < 100; i++) intake.push(() => done.push(i));
    expect(done).toEqual([]);
    await intake.idle();
    expect(done).toEqual([...Array(100).keys()]);
  });

  it('reports a failure once, drops the rest of that run, and serves the next run afresh', async () => {
    const intake = new Intake();
    const done: string[] = [];
    intake.push(() => done.push('a'));
    intake.push(() => {
      throw new Error('broken article');
    });
    intake.push(() => done.push('dropped'));
    await new Promise((resolve) => setImmediate(resolve));
    // Work arriving after the failure (another batch of the failed run) neither runs nor keeps the intake busy.
    intake.push(() => done.push('late'));
    await expect(intake.idle()).rejects.toThrow('broken article');
    expect(done).toEqual(['a']);
    intake.push(() => done.push('next run'));
    await expect(intake.idle()).resolves.toBeUndefined();
    expect(done).toEqual(['a', 'next run']);
  });

  it('clear() drops what is queued and an error not yet reported', async () => {
    const intake = new Intake();
    const done: number[] = [];
    intake.push(() => {
      throw new Error('superseded');
    });
    intake.push(() => done.push(1));
    intake.clear();
    await expect(intake.idle()).resolves.toBeUndefined();
    expect(done).toEqual([]);
  });
});
