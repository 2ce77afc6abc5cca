/** The semaphore behind the per-process and per-request bounds on Neo4j work: a fair line, bounded in length and in wait. */
import { describe, expect, it } from 'vitest';
import { Semaphore } from '../../runtime/db/admission.js';
import { DatabaseError } from '../../runtime/db/database-error.js';

/** A unit of work the test finishes by hand. */
function pending() {
  let finish!: () => void;
  const done = new Promise<void>((r) => (finish = r));
  return { work: () => done, finish };
}

describe('Semaphore', () => {
  it('runs at most `permits` at once and lets the rest in first come, first served', async () => {
    const s = new Semaphore({ permits: 2 });
    const order: number[] = [];
    const jobs = [0, 1, 2, 3].map((i) => {
      const p = pending();
      return { ...p, run: s.run(async () => (order.push(i), p.work())) };
    });
    await Promise.resolve();
    expect(jobs).toHaveLength(4);
    expect(s.active).toBe(2);
    expect(s.waiting).toBe(2);
    expect(order).toEqual([0, 1]);
    jobs[1]!.finish();
    await jobs[1]!.run;
    await Promise.resolve();
    expect(order).toEqual([0, 1, 2]);
    jobs[0]!.finish();
    jobs[2]!.finish();
    jobs[3]!.finish();
    await Promise.all(jobs.map((j) => j.run));
    expect(order).toEqual([0, 1, 2, 3]);
    expect(s.active).toBe(0);
  });

  it('refuses a waiter as OVERLOADED when the line is full, and one that waited too long', async () => {
    const s = new Semaphore({ permits: 1, maxQueue: 1, maxWaitMs: 20 });
    const held = pending();
    const holder = s.run(held.work);
    const waiter = s.run(async () => 'ran');
    const refused = await s.run(async () => 'ran').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DatabaseError);
    expect((refused as DatabaseError).code).toBe('OVERLOADED');
    const timedOut = await waiter.catch((e: unknown) => e);
    expect((timedOut as DatabaseError).code).toBe('OVERLOADED');
    held.finish();
    await holder;
    expect(s.active).toBe(0);
    expect(await s.run(async () => 'ran')).toBe('ran');
  });

  it('drops waiters whose signal aborts (the request ended) without running them', async () => {
    const s = new Semaphore({ permits: 1 });
    const held = pending();
    const holder = s.run(held.work);
    const ended = new AbortController();
    let ran = false;
    const waiter = s.run(async () => void (ran = true), ended.signal);
    ended.abort(new Error('request ended'));
    await expect(waiter).rejects.toThrow('request ended');
    held.finish();
    await holder;
    expect(ran).toBe(false);
    expect(s.waiting).toBe(0);
  });

  it('once closed (the request ended), refuses its waiters and later runs with one reason, made only then, and lets holders finish', async () => {
    const s = new Semaphore({ permits: 1 });
    const held = pending();
    const holder = s.run(held.work);
    let ran = false;
    const waiter = s.run(async () => void (ran = true));
    let made = 0;
    s.close(() => (made++, new DatabaseError('CANCELLED', 'The request ended before its database work ran.')));
    const refused = await waiter.catch((e: unknown) => e);
    expect((refused as DatabaseError).code).toBe('CANCELLED');
    const later = await s.run(async () => 'ran').catch((e: unknown) => e);
    expect(later).toBe(refused);
    expect(made).toBe(1);
    held.finish();
    await holder;
    expect(ran).toBe(false);
    expect(s.waiting).toBe(0);
  });

  it('makes no reason when closed with nothing waiting', () => {
    const s = new Semaphore({ permits: 2 });
    let made = 0;
    s.close(() => (made++, new Error('request ended')));
    expect(made).toBe(0);
  });
});
