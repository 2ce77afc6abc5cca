/**
 * The circuit breaker's states, with the probe scripted (the real Neo4j's faults are the fault
 * suite's): reads refused at once while down, waiting reads released when it trips, one silent
 * probe forgiven, recovery by the first answered probe.
 */
import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../runtime/db/health.js';
import { DatabaseError } from '../../runtime/db/database-error.js';
import { Semaphore } from '../../runtime/db/admission.js';

const never = () => new Promise<void>(() => {});
const refused = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:7688'));
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('CircuitBreaker', () => {
  it('opens when a read fails as unavailable and the probe is refused, then refuses reads at once', async () => {
    const breaker = new CircuitBreaker({ probe: refused, retryMs: 60_000 });
    const failed = breaker.guard(() => Promise.reject(new DatabaseError('DATABASE_UNAVAILABLE', 'not reachable')));
    await expect(failed).rejects.toThrow('not reachable');
    await wait(10);
    expect(breaker.status()).toMatchObject({ state: 'down', reason: expect.stringContaining('ECONNREFUSED') });
    let ran = false;
    await expect(breaker.guard(async () => void (ran = true))).rejects.toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      message: expect.stringMatching(/not at fault/),
    });
    expect(ran).toBe(false);
    breaker.close();
  });

  it('releases a read stuck on a hung database once two probes in a row get no answer', async () => {
    const breaker = new CircuitBreaker({ probe: never, stallMs: 20, probeTimeoutMs: 20, retryMs: 60_000 });
    const started = Date.now();
    const stuck = breaker.guard(() => never());
    await expect(stuck).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE', message: expect.stringMatching(/did not answer a probe/) });
    expect(Date.now() - started).toBeLessThan(2_000);
    breaker.close();
  });

  it('drops a read still waiting for admission when the breaker trips, so it never runs', async () => {
    const breaker = new CircuitBreaker({ probe: never, stallMs: 20, probeTimeoutMs: 20, retryMs: 60_000 });
    const admission = new Semaphore({ permits: 1 });
    const stuck = breaker.guard((cancel) => admission.run(never, cancel));
    let ran = false;
    const queued = breaker.guard((cancel) => admission.run(async () => void (ran = true), cancel));
    expect(admission.waiting).toBe(1);
    await expect(stuck).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    await expect(queued).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(admission.waiting).toBe(0);
    expect(ran).toBe(false);
    breaker.close();
  });

  it('forgives one silent probe when the next one answers (a busy machine, not a hung database)', async () => {
    let calls = 0;
    const breaker = new CircuitBreaker({ probe: () => (++calls === 1 ? never() : Promise.resolve()), probeTimeoutMs: 20 });
    expect(await breaker.check(1_000)).toBe(true);
    expect(calls).toBe(2);
    expect(breaker.status().state).toBe('up');
    breaker.close();
  });

  it('answers a check asked while an older probe is in flight with a probe of its own', async () => {
    // The first probe was sent before Neo4j hung and is answered; every later one gets no answer.
    let calls = 0;
    const breaker = new CircuitBreaker({
      probe: () => (++calls === 1 ? wait(50).then(() => undefined) : never()),
      probeTimeoutMs: 1_000,
      retryMs: 60_000,
    });
    const before = breaker.check(1_000);
    await wait(10);
    const after = breaker.check(300);
    expect(await before).toBe(true);
    expect(await after).toBe(false);
    expect(calls).toBe(2);
    breaker.close();
  });

  it('closes again by itself when a later probe answers', async () => {
    let alive = false;
    const breaker = new CircuitBreaker({ probe: () => (alive ? Promise.resolve() : refused()), retryMs: 20 });
    breaker.markDown('Neo4j (pid 1) was killed by SIGKILL');
    expect(await breaker.check(100)).toBe(false);
    alive = true;
    await wait(100);
    expect(breaker.status().state).toBe('up');
    expect(await breaker.guard(async () => 'answer')).toBe('answer');
    breaker.close();
  });

  it("calls a query timeout the database's fault when Neo4j does not answer a probe either", async () => {
    const breaker = new CircuitBreaker({ probe: refused, retryMs: 60_000 });
    await expect(breaker.guard(() => Promise.reject(new DatabaseError('QUERY_TIMEOUT', 'narrow it')))).rejects.toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
    });
    breaker.close();
    const healthy = new CircuitBreaker({ probe: () => Promise.resolve() });
    await expect(healthy.guard(() => Promise.reject(new DatabaseError('QUERY_TIMEOUT', 'narrow it')))).rejects.toMatchObject({
      code: 'QUERY_TIMEOUT',
    });
    healthy.close();
  });
});
