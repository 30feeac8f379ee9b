import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createGuard, LiveTimeoutError } from './guard';

function fakeClock(): { now: () => number; advance: (ms: number) => void } {
  let time = 0;
  return { now: () => time, advance: (ms) => void (time += ms) };
}

function callMany(guard: () => void, times: number): void {
  for (let i = 0; i < times; i++) guard();
}

test('the guard lets a run go on while it is within budget', () => {
  const clock = fakeClock();
  const guard = createGuard({ budgetMs: 100, now: clock.now, scheduleReset: () => undefined });
  guard();
  clock.advance(99);
  callMany(guard, 1000);
  assert.equal(guard.tripped, false);
});

test('the guard throws once the run is over budget, and keeps throwing', () => {
  const clock = fakeClock();
  const guard = createGuard({ budgetMs: 100, now: clock.now, scheduleReset: () => undefined });
  guard();
  clock.advance(101);
  assert.throws(() => callMany(guard, 1000), LiveTimeoutError);
  assert.equal(guard.tripped, true);
  assert.throws(() => guard(), LiveTimeoutError);
});

test('the scheduled reset gives the next run a full budget', () => {
  const clock = fakeClock();
  let reset: (() => void) | undefined;
  const guard = createGuard({ budgetMs: 100, now: clock.now, scheduleReset: (r) => (reset = r) });
  guard();
  clock.advance(500);
  assert.throws(() => callMany(guard, 1000), LiveTimeoutError);
  reset?.();
  assert.equal(guard.tripped, false);
  callMany(guard, 1000);
});

test('the default reset runs after the current task (setTimeout)', async () => {
  const clock = fakeClock();
  const guard = createGuard({ budgetMs: 10, now: clock.now });
  guard();
  clock.advance(50);
  assert.throws(() => callMany(guard, 1000), LiveTimeoutError);
  await new Promise((resolve) => setTimeout(resolve, 5));
  assert.equal(guard.tripped, false);
});

test('the timeout message is Spanish first, then English', () => {
  const error = new LiveTimeoutError(1000);
  assert.match(error.message, /^El ejemplo tardó demasiado \(¿un bucle infinito\?\).* \/ The example took too long/);
  assert.equal(error.name, 'LiveTimeoutError');
});
