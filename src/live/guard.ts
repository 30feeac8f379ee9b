/**
 * The time budget that keeps a live example from freezing the tab.
 *
 * `transformCode` puts a call to the guard at the top of every loop body and
 * every function body of an example. The guard remembers when the current
 * synchronous run started (the first call after the page was idle) and
 * throws a `LiveTimeoutError` once that run has lasted longer than the
 * budget. A macrotask resets it, so separate runs (a keystroke, a click)
 * each get the full budget; `await` in a loop does not reset it (a loop of
 * microtasks freezes the tab just as well).
 */

/** Milliseconds a live example may run without giving the page back. */
export const LIVE_BUDGET_MS = 1000;

/** The name `transformCode` calls; the live scope provides it. */
export const GUARD_NAME = '__liveGuard';

/** How many guard calls go by between two looks at the clock. */
const CHECK_EVERY = 256;

/** Thrown when a live example runs longer than its time budget. */
export class LiveTimeoutError extends Error {
  override name = 'LiveTimeoutError';
  constructor(budgetMs: number) {
    super(
      `El ejemplo tardó demasiado (¿un bucle infinito?): se detuvo tras ${budgetMs / 1000} s. ` +
        `Corrige el código y el ejemplo volverá a ejecutarse. / ` +
        `The example took too long (an infinite loop?): stopped after ${budgetMs / 1000} s.`,
    );
  }
}

export interface LiveGuard {
  /** Called by instrumented code; throws `LiveTimeoutError` when over budget. */
  (): void;
  /** Starts a fresh run (tests call it between examples). */
  reset(): void;
  /** True once the current run went over budget. */
  readonly tripped: boolean;
}

export interface GuardOptions {
  budgetMs?: number;
  now?: () => number;
  /** Runs `reset` once the current task is over (default: `setTimeout(…, 0)`). */
  scheduleReset?: (reset: () => void) => void;
}

/** Creates a guard with its own clock and budget. */
export function createGuard(options: GuardOptions = {}): LiveGuard {
  const budgetMs = options.budgetMs ?? LIVE_BUDGET_MS;
  const now = options.now ?? (() => performance.now());
  const scheduleReset = options.scheduleReset ?? ((reset) => void setTimeout(reset, 0));
  let start = -1;
  let calls = 0;
  let tripped = false;

  const reset = (): void => {
    start = -1;
    calls = 0;
    tripped = false;
  };

  const guard = (): void => {
    // Once tripped, every later loop of the same run throws too, so a
    // try/catch around the stuck loop cannot keep the tab frozen.
    if (tripped) throw new LiveTimeoutError(budgetMs);
    if (start < 0) {
      start = now();
      scheduleReset(reset);
      return;
    }
    calls += 1;
    if (calls % CHECK_EVERY !== 0) return;
    if (now() - start > budgetMs) {
      tripped = true;
      throw new LiveTimeoutError(budgetMs);
    }
  };

  return Object.defineProperties(guard, {
    reset: { value: reset },
    tripped: { get: () => tripped },
  }) as LiveGuard;
}

/** The guard every live block of the page shares. */
export const liveGuard: LiveGuard = createGuard();
