/** Loads CPython on demand and tracks its progress for a component. */
import { useCallback, useState } from 'react';
import { isPythonLoaded, loadPython, type LoadProgress, type PyodideInterface } from '../../python/runtime';

export function usePython(): {
  progress?: LoadProgress;
  failure?: unknown;
  busy: boolean;
  withPython: <T>(work: (py: PyodideInterface) => T | Promise<T>) => Promise<T | undefined>;
} {
  const [progress, setProgress] = useState<LoadProgress | undefined>();
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const withPython = useCallback(async <T,>(work: (py: PyodideInterface) => T | Promise<T>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const py = await loadPython(isPythonLoaded() ? undefined : setProgress);
      setProgress(undefined);
      // Let React paint "running…" before CPython holds the main thread.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return await work(py);
    } catch (error) {
      setProgress(undefined);
      setFailure(error);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { progress, failure, busy, withPython };
}
