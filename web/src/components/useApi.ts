import { useCallback, useEffect, useRef, useState } from 'react';

/** State of one API read. */
export interface ApiState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** When the shown data arrived (ms since the epoch). */
  updatedAt: number | undefined;
  reload: () => void;
}

/**
 * Load data for a screen; reload when `key` changes and, with `refreshMs`, periodically. Old
 * data stays on screen while a refresh runs or fails, so a blip does not blank the dashboard.
 */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, key: string, refreshMs?: number): ApiState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const [updatedAt, setUpdatedAt] = useState<number>();
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    loadRef
      .current(controller.signal)
      .then((value) => {
        setData(value);
        setError(undefined);
        setUpdatedAt(Date.now());
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [key, tick]);

  useEffect(() => {
    if (!refreshMs) return;
    const timer = window.setInterval(() => setTick((n) => n + 1), refreshMs);
    return () => window.clearInterval(timer);
  }, [refreshMs]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, updatedAt, reload };
}
